/**
 * How many times each record reached the handler, and where a partial batch response rewound a shard
 * (docs/semantics.md A5.2, A2.5). Counted from each frame's new events, never by rescanning: only records
 * still pending can be delivered again, so only they keep a live count; the counts of 2 or more stay for
 * the chips' ×2 badges, bounded to the records the store still holds.
 */
import type { SimEvent } from '../engine'

/** A partial batch response made Lambda resume the shard at its lowest reported failure. */
export interface Rewind {
  readonly atMs: number
  readonly shard: number
  readonly lane: number
  /** The batch the handler answered for. */
  readonly batch: readonly number[]
  /** The lowest reported failure: the retry starts here, that record included. */
  readonly toIndex: number
}

export interface RedeliveryState {
  /** Deliveries of records not settled yet (only they can be delivered again). */
  readonly live: ReadonlyMap<number, number>
  /** Records delivered twice or more, by record index: the delivery count. */
  readonly repeated: ReadonlyMap<number, number>
  /** The latest rewind per shard. */
  readonly rewinds: ReadonlyMap<number, Rewind>
  /** Invocations in flight: what a partial response is about. */
  readonly inflight: ReadonlyMap<number, { shard: number; lane: number; batch: readonly number[] }>
  /** Partial responses just completed, by `shard:lane`, waiting for their retry to say where it resumes. */
  readonly partials: ReadonlyMap<string, { atMs: number; batch: readonly number[] }>
}

export const EMPTY_REDELIVERIES: RedeliveryState = {
  live: new Map(),
  repeated: new Map(),
  rewinds: new Map(),
  inflight: new Map(),
  partials: new Map(),
}

const WATCHED = new Set<SimEvent['type']>([
  'invocationStarted',
  'invocationCompleted',
  'retryScheduled',
  'fate',
])

/**
 * Applies a frame's events. `firstKeptIndex` is the oldest record the store holds: counts of older records
 * are dropped with them. Returns `prev` itself when nothing changed.
 */
export function foldRedeliveries(
  prev: RedeliveryState,
  events: readonly SimEvent[],
  firstKeptIndex: number,
): RedeliveryState {
  if (!events.some((e) => WATCHED.has(e.type))) return prev
  const live = new Map(prev.live)
  let repeated: Map<number, number> | undefined
  let rewinds: Map<number, Rewind> | undefined
  const inflight = new Map(prev.inflight)
  const partials = new Map(prev.partials)
  for (const e of events) {
    if (e.type === 'invocationStarted') {
      inflight.set(e.invocationId, { shard: e.shard, lane: e.lane, batch: e.recordIndexes })
      for (const index of e.recordIndexes) {
        const count = (live.get(index) ?? 0) + 1
        live.set(index, count)
        if (count > 1) (repeated ??= new Map(prev.repeated)).set(index, count)
      }
    } else if (e.type === 'invocationCompleted') {
      const inv = inflight.get(e.invocationId)
      inflight.delete(e.invocationId)
      if (inv && e.outcome === 'partial')
        partials.set(`${inv.shard}:${inv.lane}`, { atMs: e.atMs, batch: inv.batch })
    } else if (e.type === 'retryScheduled') {
      const lane = `${e.shard}:${e.lane}`
      const partial = partials.get(lane)
      partials.delete(lane)
      // The retry that follows a partial response at the same instant starts at the lowest failure; a retry
      // of the whole batch (the first record failed) moves nothing back.
      const toIndex = e.recordIndexes[0]
      if (partial?.atMs === e.atMs && toIndex !== undefined && toIndex !== partial.batch[0]) {
        ;(rewinds ??= new Map(prev.rewinds)).set(e.shard, {
          atMs: e.atMs,
          shard: e.shard,
          lane: e.lane,
          batch: partial.batch,
          toIndex,
        })
      }
    } else if (e.type === 'fate' && e.fate !== 'pending') {
      for (const index of e.recordIndexes) live.delete(index)
    }
  }
  // Partial responses whose records all settled (no retry) wait no more.
  for (const [lane, partial] of partials) if (partial.atMs < lastAt(events)) partials.delete(lane)
  if (repeated)
    for (const index of repeated.keys()) if (index < firstKeptIndex) repeated.delete(index)
  return {
    live,
    repeated: repeated ?? prev.repeated,
    rewinds: rewinds ?? prev.rewinds,
    inflight,
    partials,
  }
}

function lastAt(events: readonly SimEvent[]): number {
  return events.length === 0 ? 0 : events[events.length - 1].atMs
}
