/**
 * A failure destination's message in words: which records it points at (by key), and what such a message
 * is. Pure; the destination list calls it with the records the store still holds.
 */
import type { ReportDestination } from '../engine'
import type { RecordView } from '../protocol/simProtocol'
import { keyLabel } from './recordKeys'

/** The batch a failure record describes: its shard and sequence-number range (docs/semantics.md A6.2). */
export interface BatchPointer {
  readonly shardId: string
  readonly startSequenceNumber: string
  readonly endSequenceNumber: string
  readonly batchSize: number
}

export interface CoveredRecord {
  readonly index: number
  readonly label: string
}

export interface DestinationCoverage {
  readonly pointer: BatchPointer
  /** The shard's number in this run, or undefined when no shard of the run has that id. */
  readonly shard: number | undefined
  /** The records in the range that the store still holds, in stream order. */
  readonly records: readonly CoveredRecord[]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The `DDBStreamBatchInfo` of an invocation record, or undefined if the message has none. */
export function batchPointerOf(message: Record<string, unknown>): BatchPointer | undefined {
  const info = message.DDBStreamBatchInfo
  if (!isObject(info)) return undefined
  const { shardId, startSequenceNumber, endSequenceNumber, batchSize } = info
  if (
    typeof shardId !== 'string' ||
    typeof startSequenceNumber !== 'string' ||
    typeof endSequenceNumber !== 'string' ||
    typeof batchSize !== 'number'
  )
    return undefined
  return { shardId, startSequenceNumber, endSequenceNumber, batchSize }
}

/** Compares two sequence numbers (decimal strings without leading zeros) as numbers, as DynamoDB does. */
export function compareSequenceNumbers(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length
  return a < b ? -1 : a > b ? 1 : 0
}

/** The first position in `sorted` (ascending sequence numbers) whose sequence number is at least `seq`. */
function lowerBound(sorted: readonly RecordView[], seq: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (compareSequenceNumbers(sorted[mid].record.dynamodb.SequenceNumber, seq) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The records each message points at: those of its shard whose sequence numbers lie in its range. Filtered
 * records in that range were never in the batch, so they are left out. A shard's records are in stream
 * order, so each range is found by binary search: hundreds of messages cost little per frame.
 */
export function destinationCoverages(
  destinations: readonly Pick<ReportDestination, 'message'>[],
  records: readonly RecordView[],
  shardIds: readonly string[],
): (DestinationCoverage | undefined)[] {
  const byShard = new Map<number, RecordView[]>()
  for (const r of records) {
    const list = byShard.get(r.shard)
    if (list === undefined) byShard.set(r.shard, [r])
    else list.push(r)
  }
  return destinations.map((destination) => {
    const pointer = batchPointerOf(destination.message)
    if (pointer === undefined) return undefined
    const found = shardIds.indexOf(pointer.shardId)
    const shard = found < 0 ? undefined : found
    const list = shard === undefined ? [] : (byShard.get(shard) ?? [])
    const covered: CoveredRecord[] = []
    for (let i = lowerBound(list, pointer.startSequenceNumber); i < list.length; i++) {
      const r = list[i]
      if (compareSequenceNumbers(r.record.dynamodb.SequenceNumber, pointer.endSequenceNumber) > 0)
        break
      if (r.fate !== 'filtered')
        covered.push({ index: r.index, label: keyLabel(r.record.dynamodb.Keys) })
    }
    return { pointer, shard, records: covered }
  })
}

/** `Covers 2 records of shard 0:`, counting records the store no longer holds. */
export function describeCoverage(coverage: DestinationCoverage): string {
  const { batchSize } = coverage.pointer
  const where = coverage.shard === undefined ? coverage.pointer.shardId : `shard ${coverage.shard}`
  const count = batchSize === 1 ? '1 record' : `${batchSize.toLocaleString('en-US')} records`
  const gone = batchSize - coverage.records.length
  return `Covers ${count} of ${where}${gone > 0 ? ` (${gone.toLocaleString('en-US')} no longer listed here)` : ''}:`
}

/** What a failure record is, said once per message: SQS and SNS get a pointer, S3 also gets the records. */
export function pointerNote(kind: ReportDestination['kind']): string {
  return kind === 's3'
    ? 'An S3 destination receives the records themselves (payload) besides their shard and sequence numbers.'
    : `An ${kind.toUpperCase()} destination receives a pointer to the records (their shard and sequence numbers), not their data: read them from the stream within 24 h, before they are trimmed.`
}

/** SNS's inner `Message`, parsed: it is the invocation record as a JSON string. Undefined if it is not JSON. */
export function snsInnerMessage(sns: Record<string, unknown> | null): unknown {
  if (sns === null || typeof sns.Message !== 'string') return undefined
  try {
    return JSON.parse(sns.Message) as unknown
  } catch {
    return undefined
  }
}

/** Whether two coverages say the same (the list redraws a message only when its words change). */
export function sameCoverage(
  a: DestinationCoverage | undefined,
  b: DestinationCoverage | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b
  return (
    a.shard === b.shard &&
    a.pointer.shardId === b.pointer.shardId &&
    a.pointer.startSequenceNumber === b.pointer.startSequenceNumber &&
    a.pointer.batchSize === b.pointer.batchSize &&
    a.records.length === b.records.length &&
    a.records.every((r, i) => r.index === b.records[i].index && r.label === b.records[i].label)
  )
}
