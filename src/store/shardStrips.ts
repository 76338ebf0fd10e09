/**
 * The shard view's data: per shard, a window of record chips around the checkpoint, which of them ride in
 * the batch in flight and which wait in a batching window. Pure; the component memoises it per frame.
 */
import type { RecordFate, SimSnapshot } from '../engine'
import type { RecordView } from '../protocol/simProtocol'
import type { Lookup } from './recordKeys'
import type { InvocationView } from './simView'

export interface ShardChip {
  /** Position in the shard's record list (0 = the shard's first record). */
  readonly pos: number
  readonly recordIndex: number
  readonly fate: RecordFate
  readonly inflight: boolean
  readonly buffered: boolean
  /** Deliveries to the handler when more than one (a retry, a split half, a rewind), else undefined. */
  readonly redelivered: number | undefined
}

export interface ShardStrip {
  readonly shard: number
  readonly shardId: string
  readonly recordCount: number
  /** Records at positions below this are settled: the checkpoint sits just before this position. */
  readonly checkpointPos: number
  readonly checkpointSequenceNumber: string | undefined
  readonly chips: readonly ShardChip[]
  /** Records left out of the strip before and after the chips shown. */
  readonly hiddenBefore: number
  readonly hiddenAfter: number
  readonly inflightInvocationIds: readonly number[]
}

/** Chips per shard: enough to see a batch and its neighbours, few enough to redraw every frame. */
export const STRIP_CHIPS = 40
/** Settled records kept in view before the checkpoint, so a checkpoint move stays visible. */
const BEFORE_CHECKPOINT = 10

/**
 * The records of each invocation the store holds, by id, looked up without building a map per frame: the
 * store keeps invocations in id order without gaps.
 */
export function invocationBatches(
  invocations: readonly Pick<InvocationView, 'id' | 'recordIndexes'>[],
): Lookup<readonly number[]> {
  return {
    get(id) {
      const inv = invocations[id - (invocations[0]?.id ?? 0)] as
        (typeof invocations)[number] | undefined
      return inv?.id === id ? inv.recordIndexes : undefined
    },
  }
}

export function computeShardStrips(
  snapshot: SimSnapshot | undefined,
  records: readonly RecordView[],
  invocations: readonly InvocationView[],
  maxChips = STRIP_CHIPS,
  repeated: ReadonlyMap<number, number> = new Map(),
): ShardStrip[] {
  if (snapshot === undefined) return []
  const byShard = new Map<number, RecordView[]>()
  for (const record of records) {
    const list = byShard.get(record.shard)
    if (list === undefined) byShard.set(record.shard, [record])
    else list.push(record)
  }
  const batchOf = invocationBatches(invocations)
  return snapshot.shards.map((shard, index) => {
    const known = byShard.get(index) ?? []
    // The store keeps only the newest records: the ones it has are the shard's last `known.length`.
    const firstKnown = Math.max(0, shard.recordCount - known.length)
    const start = Math.max(
      firstKnown,
      Math.min(shard.checkpointPos - BEFORE_CHECKPOINT, shard.recordCount - maxChips),
    )
    const end = Math.min(shard.recordCount, start + maxChips)
    const inflightIds = shard.lanes.flatMap((l) =>
      l.inflightInvocationId === undefined ? [] : [l.inflightInvocationId],
    )
    const shown = known.slice(start - firstKnown, end - firstKnown)
    // Marked by scanning the batches once: a lane that reads ahead buffers thousands of records, and a
    // set of them all per frame cost more than the strip.
    const inWindow = new Map(
      shown.map((record) => [record.index, { inflight: false, buffered: false }]),
    )
    for (const id of inflightIds)
      for (const index of batchOf.get(id) ?? []) {
        const mark = inWindow.get(index)
        if (mark) mark.inflight = true
      }
    for (const lane of shard.lanes)
      for (const index of lane.bufferedRecords) {
        const mark = inWindow.get(index)
        if (mark) mark.buffered = true
      }
    const chips = shown.map((record, i): ShardChip => ({
      pos: start + i,
      recordIndex: record.index,
      fate: record.fate,
      inflight: inWindow.get(record.index)?.inflight === true,
      buffered: inWindow.get(record.index)?.buffered === true,
      redelivered: repeated.get(record.index),
    }))
    return {
      shard: index,
      shardId: shard.shardId,
      recordCount: shard.recordCount,
      checkpointPos: shard.checkpointPos,
      checkpointSequenceNumber: shard.checkpointSequenceNumber,
      chips,
      hiddenBefore: start,
      hiddenAfter: shard.recordCount - end,
      inflightInvocationIds: inflightIds,
    }
  })
}
