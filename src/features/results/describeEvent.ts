import type { SimEvent } from '../../engine'

/** One line per engine event, for the event log. */
export function describeEvent(event: SimEvent): string {
  switch (event.type) {
    case 'recordWritten':
      return `record #${event.recordIndex} written to shard ${event.shard}${event.writeIndex === undefined ? ' (TTL delete)' : ''}`
    case 'writeApplied':
      return `write ${event.writeIndex}: ${event.result}${event.message ? ` (${event.message})` : ''}`
    case 'mappingState':
      return `mapping ${event.state}`
    case 'polled':
      return `shard ${event.shard} polled ${event.recordIndexes.length} records`
    case 'invocationStarted':
      return `invocation ${event.invocationId} started: ${event.recordIndexes.length} records, attempt ${event.attempt}${event.coldStart ? ', cold' : ''}`
    case 'invocationCompleted':
      return `invocation ${event.invocationId} ${event.outcome}`
    case 'throttled':
      return `shard ${event.shard} throttled (${event.recordIndexes.length} records)`
    case 'retryScheduled':
      return `retry at ${event.retryAtMs} ms (${event.rule})`
    case 'batchSplit':
      return `batch split into ${event.halves.map((h) => h.length).join(' + ')}`
    case 'checkpointed':
      return `shard ${event.shard} checkpoint → ${event.sequenceNumber}`
    case 'fate':
      return `records ${event.recordIndexes.join(', ')} → ${event.fate} (${event.rule})`
    case 'destinationDelivered':
      return `failure record sent to ${event.kind.toUpperCase()}`
  }
}
