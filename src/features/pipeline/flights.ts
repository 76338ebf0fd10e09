/**
 * Which tokens travel between the pipeline's stages in one change of the view: a written record into its
 * shard, a batch from its mapping lane to the execution environment serving it, and on completion its records
 * to "processed", back to the shard (retry, throttle), split in two, or into a failure destination's inbox.
 * Pure: the flight layer measures the stages and animates what this returns.
 */
import { formatCount } from '../../lib/plural'
import type { ReportDestination, SimEvent } from '../../engine'
import { recordRange } from '../../store/invocationWords'
import type { InvocationView } from '../../store/simView'

/** Where a flight starts or lands: a stage element the pipeline already draws. */
export type Anchor =
  | { readonly kind: 'writes' }
  | { readonly kind: 'shard'; readonly shard: number }
  | { readonly kind: 'lane'; readonly shard: number; readonly lane: number }
  | { readonly kind: 'env'; readonly env: number }
  | { readonly kind: 'function' }
  | { readonly kind: 'processed' }
  | { readonly kind: 'inbox'; readonly inbox: ReportDestination['kind'] }

export type FlightKind =
  'write' | 'invoke' | 'processed' | 'retry' | 'split' | 'throttle' | 'destination'

export interface Flight {
  readonly kind: FlightKind
  readonly from: Anchor
  readonly to: Anchor
  /** A throttled batch reaches the function and bounces back here. */
  readonly back?: Anchor
  /** `#0–#3`: the records carried. */
  readonly records: string
  /** Record numbers drawn as tokens; empty when the batch is collapsed into one counted chip. */
  readonly tokens: readonly number[]
  /** `×120` for a batch too big to draw token by token. */
  readonly chip?: string
  /** A split's halves part: -1 the first half, 1 the second, 0 otherwise. */
  readonly spread: -1 | 0 | 1
}

/** A batch of more records than this flies as one counted chip. */
export const MAX_FLIGHT_TOKENS = 8
/** Flights drawn per change at most (so at most MAX_FLIGHTS × MAX_FLIGHT_TOKENS = 192 tokens). */
export const MAX_FLIGHTS = 24

/** What the view knows beyond the events: the invocations (for their environment) and each record's shard. */
export interface FlightContext {
  readonly invocation: (
    id: number,
  ) => Pick<InvocationView, 'shard' | 'lane' | 'environmentId' | 'recordIndexes'> | undefined
  readonly shardOf: (recordIndex: number) => number | undefined
}

/** The anchor's name as the overlay states it (`shard 0`, `environment 1`, `SQS`). */
export function anchorName(anchor: Anchor): string {
  switch (anchor.kind) {
    case 'writes':
      return 'table writes'
    case 'shard':
      return `shard ${anchor.shard}`
    case 'lane':
      return `mapping shard ${anchor.shard}${anchor.lane > 0 ? ` lane ${anchor.lane + 1}` : ''}`
    case 'env':
      return `environment ${anchor.env}`
    case 'function':
      return 'function'
    case 'processed':
      return 'processed'
    case 'inbox':
      return anchor.inbox.toUpperCase()
  }
}

function flight(
  kind: FlightKind,
  from: Anchor,
  to: Anchor,
  indexes: readonly number[],
  extra: { back?: Anchor; spread?: -1 | 1 } = {},
): Flight {
  const collapsed = indexes.length > MAX_FLIGHT_TOKENS
  return {
    kind,
    from,
    to,
    records: recordRange(indexes),
    tokens: collapsed ? [] : indexes,
    chip: collapsed ? `×${formatCount(indexes.length)}` : undefined,
    spread: extra.spread ?? 0,
    ...(extra.back ? { back: extra.back } : {}),
  }
}

/** The environment a finished invocation ran in (its function stage when the engine did not say). */
function envAnchor(env: number | undefined): Anchor {
  return env === undefined ? { kind: 'function' } : { kind: 'env', env }
}

/**
 * The flights one change brings, in event order. Settling events (processed, retry, split, destination) fly
 * from the environment of the invocation that just completed in the same change; without one (a record too
 * old, read again) they start at the record's shard.
 */
export function frameFlights(events: readonly SimEvent[], ctx: FlightContext): Flight[] {
  const flights: Flight[] = []
  const written = new Map<number, number[]>()
  let done: { shard: number; lane: number; from: Anchor; records: Set<number> } | undefined
  let failed: number[] = []
  const fromDone = (indexes: readonly number[]): Anchor | undefined =>
    done && indexes.some((i) => done?.records.has(i)) ? done.from : undefined
  const fromShard = (indexes: readonly number[]): Anchor | undefined => {
    const shard = ctx.shardOf(indexes[0] ?? -1)
    return shard === undefined ? undefined : { kind: 'shard', shard }
  }

  for (const event of events) {
    switch (event.type) {
      case 'recordWritten': {
        const list = written.get(event.shard) ?? []
        if (list.length === 0) written.set(event.shard, list)
        list.push(event.recordIndex)
        break
      }
      case 'invocationStarted':
        flights.push(
          flight(
            'invoke',
            { kind: 'lane', shard: event.shard, lane: event.lane },
            envAnchor(event.environmentId),
            event.recordIndexes,
          ),
        )
        break
      case 'invocationCompleted': {
        const inv = ctx.invocation(event.invocationId)
        done = inv && {
          shard: inv.shard,
          lane: inv.lane ?? 0,
          from: envAnchor(inv.environmentId),
          records: new Set(inv.recordIndexes),
        }
        break
      }
      case 'fate': {
        if (event.fate === 'processed') {
          const from = fromDone(event.recordIndexes)
          if (from)
            flights.push(flight('processed', from, { kind: 'processed' }, event.recordIndexes))
        } else if (event.fate === 'destination') {
          failed = event.recordIndexes
        }
        break
      }
      case 'destinationDelivered': {
        const from = fromDone(failed) ?? fromShard(failed)
        if (from && failed.length > 0)
          flights.push(flight('destination', from, { kind: 'inbox', inbox: event.kind }, failed))
        failed = []
        break
      }
      case 'retryScheduled': {
        // A throttle's retry is drawn by its bounce.
        if (event.rule === 'retry.throttle') break
        const from = fromDone(event.recordIndexes)
        if (from)
          flights.push(
            flight('retry', from, { kind: 'shard', shard: event.shard }, event.recordIndexes),
          )
        break
      }
      case 'batchSplit': {
        const from = fromDone(event.halves.flat())
        if (!from) break
        const to: Anchor = { kind: 'lane', shard: event.shard, lane: event.lane }
        event.halves.forEach((half, i) =>
          flights.push(flight('split', from, to, half, { spread: i === 0 ? -1 : 1 })),
        )
        break
      }
      case 'throttled':
        flights.push(
          flight(
            'throttle',
            { kind: 'lane', shard: event.shard, lane: event.lane },
            { kind: 'function' },
            event.recordIndexes,
            { back: { kind: 'shard', shard: event.shard } },
          ),
        )
        break
      case 'polled':
      case 'checkpointed':
      case 'writeApplied':
      case 'mappingState':
      case 'functionUpdated':
      case 'mappingDeleted':
      case 'permissionDenied':
      case 'roleChanged':
        break
    }
  }
  const writes = [...written].map(([shard, indexes]) =>
    flight('write', { kind: 'writes' }, { kind: 'shard', shard }, indexes),
  )
  return [...writes, ...flights].slice(0, MAX_FLIGHTS)
}

/** The order within one instant: records are written, a finished batch settles, then the next batch leaves. */
const PHASE: Record<FlightKind, number> = {
  write: 0,
  processed: 1,
  retry: 1,
  split: 1,
  destination: 1,
  invoke: 2,
  throttle: 2,
}

/** Each flight's delay and duration: the instant's phases one after the other, sharing `totalMs`. */
export function flightTimings(
  flights: readonly Flight[],
  totalMs: number,
): { delay: number; duration: number }[] {
  const phases = [...new Set(flights.map((f) => PHASE[f.kind]))].sort((a, b) => a - b)
  const duration = totalMs / Math.max(1, phases.length)
  return flights.map((f) => ({ delay: phases.indexOf(PHASE[f.kind]) * duration, duration }))
}

/** What the view holds: its newest events and how many the run has brought in all. */
export interface EventWindow {
  readonly events: readonly SimEvent[]
  readonly eventCount: number
}

/**
 * The events a view brought since the one drawn before (`seenCount` events then), or `undefined` when they
 * cannot be told apart or are too many to follow: a new run, a seek back, or a time-lapse's frame.
 */
export function eventsSince(
  view: EventWindow,
  seenCount: number,
  maxEvents: number,
): readonly SimEvent[] | undefined {
  const fresh = view.eventCount - seenCount
  if (fresh <= 0 || fresh > maxEvents || fresh > view.events.length) return undefined
  return view.events.slice(view.events.length - fresh)
}

/**
 * Changes with flights closer together than this in wall time (fast real-time playback) fly nothing new: the
 * flights in the air land, and no rects are read frame after frame.
 */
export const MIN_FLIGHT_GAP_MS = 200

/**
 * Flights only when motion helps: never in time-lapse, under prefers-reduced-motion, or right after the
 * previous flights (`sinceFlightsMs` of wall time ago).
 */
export function planFlights(options: {
  readonly view: EventWindow
  readonly seenCount: number
  readonly maxEvents: number
  readonly timeLapse: boolean
  readonly reducedMotion: boolean
  readonly sinceFlightsMs: number
  readonly ctx: FlightContext
}): Flight[] {
  if (options.timeLapse || options.reducedMotion) return []
  if (options.sinceFlightsMs < MIN_FLIGHT_GAP_MS) return []
  const events = eventsSince(options.view, options.seenCount, options.maxEvents)
  return events ? frameFlights(events, options.ctx) : []
}
