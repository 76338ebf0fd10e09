/**
 * Which events playback dwells on and which a Step stops at. Shared by the sim worker (it stops an event-paced
 * advance at the first pace stop) and the runtime's clock (it holds the frame that shows one on screen).
 */
import type { SimEvent } from '../engine'

/**
 * The moments event-paced playback keeps on screen: an invocation starts or ends, a batch splits, a retry or
 * throttle is scheduled, a message lands, a record expires, the mapping or the function changes state.
 */
export function isPaceStop(event: SimEvent): boolean {
  switch (event.type) {
    case 'invocationStarted':
    case 'invocationCompleted':
    case 'batchSplit':
    case 'retryScheduled':
    case 'throttled':
    case 'destinationDelivered':
    case 'mappingState':
    case 'mappingDeleted':
    case 'functionUpdated':
    case 'permissionDenied':
    case 'roleChanged':
      return true
    case 'fate':
      return event.fate === 'expired'
    case 'recordWritten':
    case 'writeApplied':
    case 'polled':
    case 'checkpointed':
      return false
  }
}

/**
 * Events that change what the page shows on their own. A checkpoint move and a scheduled retry always come
 * with the invocation end that caused them, at the same instant, so a Step never stops at them alone.
 */
export function isVisibleChange(event: SimEvent): boolean {
  return event.type !== 'checkpointed' && event.type !== 'retryScheduled'
}
