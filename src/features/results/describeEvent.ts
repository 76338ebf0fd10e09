import type { SimEvent } from '../../engine'
import { plural } from '../../lib/plural'
import { formatElapsed } from '../../lib/units'
import { functionUpdateLogLine } from '../liveUpdate/words'

/** One line per engine event, for the event log. */
export function describeEvent(event: SimEvent): string {
  switch (event.type) {
    case 'recordWritten':
      return `record #${event.recordIndex} written to shard ${event.shard}${event.writeIndex === undefined ? ' (TTL delete)' : ''}`
    case 'writeApplied':
      return `write ${event.writeIndex}: ${event.result}${event.message ? ` (${event.message})` : ''}`
    case 'mappingState':
      return `mapping ${event.state}`
    case 'mappingDeleted':
      return 'mapping deleted'
    case 'polled':
      return `shard ${event.shard} polled ${plural(event.recordIndexes.length, 'record')}`
    case 'invocationStarted':
      return `invocation ${event.invocationId} started: ${plural(event.recordIndexes.length, 'record')}, attempt ${event.attempt}${event.coldStart ? ', cold' : ''}`
    case 'invocationCompleted':
      return `invocation ${event.invocationId} ${event.outcome}`
    case 'throttled':
      return `shard ${event.shard} throttled (${plural(event.recordIndexes.length, 'record')})`
    case 'retryScheduled':
      return `retry at ${formatElapsed(event.retryAtMs)} (${event.rule})`
    case 'batchSplit':
      return `batch split into ${event.halves.map((h) => h.length).join(' + ')}`
    case 'checkpointed':
      return `shard ${event.shard} checkpoint → ${event.sequenceNumber}`
    case 'fate':
      return `${event.recordIndexes.length === 1 ? 'record' : 'records'} ${event.recordIndexes.join(', ')} → ${event.fate} (${event.rule})`
    case 'destinationDelivered':
      return `failure record sent to ${event.kind.toUpperCase()}`
    case 'functionUpdated':
      return functionUpdateLogLine(event)
    case 'roleChanged':
      return `execution role: ${event.removed.length === 0 ? 'every permission' : `without ${event.removed.join(', ')}`}`
    case 'permissionDenied':
      return `${event.step === 'create' ? 'CreateEventSourceMapping failed' : event.step === 'read' ? 'polling failed' : 'failure record not delivered'}: ${event.message}`
  }
}
