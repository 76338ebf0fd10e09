/**
 * Stages 1 to 3 of the pipeline: the writes arriving, each shard as a lane of record tokens with its checkpoint
 * and iterator, and the event source mapping's lanes (batch being assembled, window, filter). Pure and bounded:
 * it reads the snapshot, the kept records around each checkpoint and the newest invocations, never all records.
 */
import { formatCount } from '../../lib/plural'
import type { RecordFate, SimSnapshot } from '../../engine'
import type { RecordView } from '../../engine'
import { keyLabel } from '../../store/recordKeys'
import { computeShardStrips } from '../../store/shardStrips'
import type { InvocationView, SimTallies } from '../../store/simView'
import { clockText, reasonText } from './words'

/** Tokens per shard lane: enough to see a batch and its neighbours. */
export const LANE_TOKENS = 16
/** In time-lapse, where every token changes each redraw: the checkpoint's neighbours, the rest counted. */
export const TIMELAPSE_LANE_TOKENS = 6
/** Shards drawn; more are counted. */
export const MAX_SHARDS = 8
/** Newest writes drawn in the writes stage. */
export const RECENT_WRITES = 6
/** Record tokens drawn in a batch; the rest collapse into a counted chip ("+240"). */
export const BATCH_TOKENS = 8

type EventName = RecordView['record']['eventName']

export interface RecordToken {
  readonly recordIndex: number
  readonly label: string
  readonly eventName: EventName | undefined
}

export interface WritesStage {
  readonly counts: SimTallies['writes']
  readonly recent: readonly RecordToken[]
}

export interface LaneToken extends RecordToken {
  readonly pos: number
  readonly fate: RecordFate
  readonly where: 'stream' | 'batching' | 'inflight'
}

export interface ShardLane {
  readonly shard: number
  readonly recordCount: number
  readonly checkpointPos: number
  readonly checkpointTitle: string
  /** Positions of each mapping lane's iterator (the next record its poller reads). */
  readonly iterators: readonly number[]
  readonly tokens: readonly LaneToken[]
  readonly hiddenBefore: number
  readonly hiddenAfter: number
  /** `checkpoint after #1 · next read: #3`, in words. */
  readonly positions: string
  /** `blocked since 00:00:02 by record #2 (order-3)` while a failing record holds the shard. */
  readonly blocked: string | undefined
  /** The records of the failing batch holding the shard. */
  readonly blockedBy: readonly number[]
}

export interface MappingLane {
  readonly shard: number
  readonly lane: number
  readonly status: 'idle' | 'batching' | 'inflight' | 'backoff'
  readonly statusText: string
  readonly batch: readonly RecordToken[]
  readonly batchMore: number
  /** Share of the batching window still to run (1 → 0), while a batch is being assembled. */
  readonly windowLeft: number | undefined
  /** Why this lane's latest batch left: `sent: BatchSize (10) reached`. */
  readonly lastSent: string | undefined
}

export interface MappingStage {
  readonly state: string
  readonly lanes: readonly MappingLane[]
  readonly filter: { readonly patterns: number; readonly dropped: number }
  readonly parallelization: number
}

function tokenOf(record: RecordView | undefined, recordIndex: number): RecordToken {
  const label = record ? keyLabel(record.record.dynamodb.Keys) : ''
  return { recordIndex, label, eventName: record?.record.eventName }
}

/** The kept record of an index, in O(1): kept records are consecutive by index. */
export function recordAt(records: readonly RecordView[], index: number): RecordView | undefined {
  const first = records[0]?.index
  if (first === undefined) return undefined
  const record = records[index - first]
  return record?.index === index ? record : undefined
}

export function computeWrites(records: readonly RecordView[], tallies: SimTallies): WritesStage {
  return {
    counts: tallies.writes,
    recent: records.slice(-RECENT_WRITES).map((r) => tokenOf(r, r.index)),
  }
}

const FAILED: ReadonlySet<InvocationView['outcome']> = new Set(['error', 'timeout', 'partial'])

/**
 * While a failing batch holds the shard (docs/semantics.md A4.2): since when, and by which record — or by which
 * batch, before bisect or retries have narrowed it down to one record. `pending` says a record is unsettled.
 */
function findBlock(
  shard: number,
  invocations: readonly InvocationView[],
  records: readonly RecordView[],
): { text: string; held: number[] } | undefined {
  const pending = (i: number) => recordAt(records, i)?.fate === 'pending'
  let latest: InvocationView | undefined
  for (let i = invocations.length - 1; i >= 0; i--) {
    const inv = invocations[i]
    if (inv.shard !== shard || inv.outcome === 'running') continue
    if (FAILED.has(inv.outcome) && inv.recordIndexes.some(pending)) latest = inv
    break
  }
  if (latest === undefined) return undefined
  const held = latest.recordIndexes.filter(pending)
  let since = latest.startMs
  for (const inv of invocations) {
    if (inv.shard !== shard || !FAILED.has(inv.outcome)) continue
    if (inv.recordIndexes.includes(held[0])) {
      since = inv.startMs
      break
    }
  }
  const first = recordAt(records, held[0])
  const by =
    held.length === 1
      ? `record #${held[0]}${first ? ` (${keyLabel(first.record.dynamodb.Keys)})` : ''}`
      : `batch #${held[0]}–#${held[held.length - 1]}`
  return { text: `blocked since ${clockText(since)} by ${by}`, held }
}

export function computeShardLanes(
  snapshot: SimSnapshot | undefined,
  records: readonly RecordView[],
  invocations: readonly InvocationView[],
  maxTokens = LANE_TOKENS,
): ShardLane[] {
  if (snapshot === undefined) return []
  const strips = computeShardStrips(
    { ...snapshot, shards: snapshot.shards.slice(0, MAX_SHARDS) },
    records,
    invocations,
    maxTokens,
  )
  return strips.map((strip) => {
    const shard = snapshot.shards[strip.shard]
    const tokens = strip.chips.map((chip): LaneToken => {
      const where = chip.inflight ? 'inflight' : chip.buffered ? 'batching' : 'stream'
      return {
        ...tokenOf(recordAt(records, chip.recordIndex), chip.recordIndex),
        pos: chip.pos,
        fate: chip.fate,
        where,
      }
    })
    const block = findBlock(strip.shard, invocations, records)
    const iterators = shard.lanes.map((l) => l.readPos ?? strip.checkpointPos)
    const at = (pos: number) => tokens.find((t) => t.pos === pos)?.recordIndex
    const settled = at(strip.checkpointPos - 1)
    const nextRead = Math.min(...iterators)
    const next =
      nextRead >= strip.recordCount ? 'new records' : `#${at(nextRead) ?? `position ${nextRead}`}`
    const positions =
      strip.checkpointPos === 0
        ? `checkpoint at the start · next read: ${next}`
        : `checkpoint after ${settled === undefined ? `position ${strip.checkpointPos - 1}` : `#${settled}`} · next read: ${next}`
    const seq = strip.checkpointSequenceNumber
    return {
      shard: strip.shard,
      recordCount: strip.recordCount,
      checkpointPos: strip.checkpointPos,
      checkpointTitle:
        strip.checkpointPos === 0
          ? 'Checkpoint at the start: no record settled yet'
          : `Checkpoint after ${formatCount(strip.checkpointPos)} settled records (SequenceNumber ${seq ?? '?'}): a restart reads from here`,
      iterators,
      positions,
      tokens,
      hiddenBefore: strip.hiddenBefore,
      hiddenAfter: strip.hiddenAfter,
      blocked: block?.text,
      blockedBy: block?.held ?? [],
    }
  })
}

function laneStatusText(
  status: MappingLane['status'],
  buffered: number,
  windowLeftMs: number | undefined,
): string {
  switch (status) {
    case 'idle':
      return 'polling 4 times a second'
    case 'batching':
      return windowLeftMs === undefined
        ? `assembling a batch: ${buffered} records`
        : `assembling a batch: ${buffered} ${buffered === 1 ? 'record' : 'records'} · window closes in ${Math.max(0, Math.round(windowLeftMs))} ms`
    case 'inflight':
      return 'waiting for the function'
    case 'backoff':
      return 'holding its batch until the retry'
  }
}

export function computeMapping(
  snapshot: SimSnapshot | undefined,
  records: readonly RecordView[],
  invocations: readonly InvocationView[],
  mapping: Record<string, unknown> | undefined,
  tallies: SimTallies,
): MappingStage {
  const batchSize = typeof mapping?.BatchSize === 'number' ? mapping.BatchSize : 100
  const windowMs =
    1000 *
    (typeof mapping?.MaximumBatchingWindowInSeconds === 'number'
      ? mapping.MaximumBatchingWindowInSeconds
      : 0)
  const filters = (mapping?.FilterCriteria as { Filters?: unknown[] } | undefined)?.Filters
  // The newest invocation of each lane says why its batch left.
  const lastReason = new Map<string, string>()
  for (let i = invocations.length - 1; i >= 0 && i >= invocations.length - 200; i--) {
    const inv = invocations[i]
    const key = `${inv.shard}:${inv.lane ?? 0}`
    if (inv.batchReason !== undefined && !lastReason.has(key))
      lastReason.set(key, `last batch sent: ${reasonText(inv.batchReason, batchSize)}`)
  }
  const lanes: MappingLane[] = []
  for (const [shard, s] of (snapshot?.shards ?? []).slice(0, MAX_SHARDS).entries()) {
    for (const [lane, l] of s.lanes.entries()) {
      const windowLeftMs =
        l.windowCloseAtMs === undefined || snapshot === undefined
          ? undefined
          : l.windowCloseAtMs - snapshot.nowMs
      lanes.push({
        shard,
        lane,
        status: l.status,
        statusText: laneStatusText(l.status, l.bufferedRecords.length, windowLeftMs),
        batch: l.bufferedRecords
          .slice(0, BATCH_TOKENS)
          .map((i) => tokenOf(recordAt(records, i), i)),
        batchMore: Math.max(0, l.bufferedRecords.length - BATCH_TOKENS),
        windowLeft:
          windowLeftMs === undefined || windowMs === 0
            ? undefined
            : Math.min(1, Math.max(0, windowLeftMs / windowMs)),
        lastSent: lastReason.get(`${shard}:${lane}`),
      })
    }
  }
  return {
    state: snapshot?.mappingState ?? 'NotCreated',
    lanes,
    filter: {
      patterns: Array.isArray(filters) ? filters.length : 0,
      dropped: tallies.fates.filtered ?? 0,
    },
    parallelization: snapshot?.shards[0]?.lanes.length ?? 1,
  }
}
