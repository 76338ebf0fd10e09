/**
 * The Timeline slider's markers: errors, retries, splits and destination deliveries, from the run's events.
 * A day-long run retries thousands of times, so marks of one kind are merged per 1/400 of the run (about a
 * pixel of the slider): at most 1,600 marks, whatever the run's length.
 */
import type { SimEvent } from '../engine'
import { isLogOnly } from '../protocol/timeLapse'
import type { RuntimeBatch } from '../runtime/types'

export type TimelineMarkKind = 'error' | 'retry' | 'split' | 'delivery'

export interface TimelineMark {
  readonly kind: TimelineMarkKind
  /** The first such event in its slice of the run. */
  readonly atMs: number
}

export interface TimelineState {
  /** The furthest virtual time the run has reached: a seek back does not lower it. */
  readonly knownMs: number
  /**
   * Events of the run marked so far, by their place in the run's journal counting only the events a
   * time-lapse frame never leaves out (protocol/timeLapse.ts: log-only ones are not counted).
   */
  readonly knownEvents: number
  /** The place reached in this pass over the journal (since the load or the latest seek), counted so. */
  readonly position: number
  /** A new array only when a mark is added (a few hundred times a run), so the slider redraws them rarely. */
  readonly marks: readonly TimelineMark[]
  /** Events of each kind so far, for the legend. */
  readonly counts: Readonly<Partial<Record<TimelineMarkKind, number>>>
}

export const EMPTY_TIMELINE: TimelineState = {
  knownMs: 0,
  knownEvents: 0,
  position: 0,
  marks: [],
  counts: {},
}

const SLICES = 400

function kindOf(event: SimEvent): TimelineMarkKind | undefined {
  if (event.type === 'invocationCompleted') return event.outcome === 'success' ? undefined : 'error'
  if (event.type === 'retryScheduled') return 'retry'
  if (event.type === 'batchSplit') return 'split'
  if (event.type === 'destinationDelivered') return 'delivery'
  return undefined
}

/**
 * Adds the marks of a frame's events; `firstIndex` is the first one's place in the journal. Events a replay
 * sends again after a seek back are marked already.
 */
/** Marks one frame's events, which go on from `timeline.position`: only those past every place marked before. */
export function addMarks(
  timeline: TimelineState,
  events: readonly SimEvent[],
  reachedMs: number,
  durationMs: number,
): TimelineState {
  const fresh: SimEvent[] = []
  let position = timeline.position
  for (const event of events) {
    if (isLogOnly(event)) continue
    if (position++ >= timeline.knownEvents && kindOf(event) !== undefined) fresh.push(event)
  }
  const knownMs = Math.max(timeline.knownMs, reachedMs)
  const knownEvents = Math.max(timeline.knownEvents, position)
  if (fresh.length === 0)
    return knownMs === timeline.knownMs && position === timeline.position
      ? timeline
      : { ...timeline, knownMs, knownEvents, position }
  const sliceMs = Math.max(1, durationMs / SLICES)
  const keyOf = (kind: TimelineMarkKind, atMs: number) => `${kind}:${Math.floor(atMs / sliceMs)}`
  const keys = new Set(timeline.marks.map((mark) => keyOf(mark.kind, mark.atMs)))
  const added: TimelineMark[] = []
  const counts = { ...timeline.counts }
  for (const event of fresh) {
    const kind = kindOf(event)
    if (kind === undefined) continue
    counts[kind] = (counts[kind] ?? 0) + 1
    const key = keyOf(kind, event.atMs)
    if (keys.has(key)) continue
    keys.add(key)
    added.push({ kind, atMs: event.atMs })
  }
  const marks =
    added.length === 0
      ? timeline.marks
      : [...timeline.marks, ...added].sort((a, b) => a.atMs - b.atMs)
  return { knownMs, knownEvents, position, marks, counts }
}

/**
 * Folds one animation frame's reports into the timeline. `eventCount`: the events the view had before them;
 * a new load starts the timeline again, a seek's whole journal marks only what lies past the known part.
 */
export function foldTimeline(
  timeline: TimelineState,
  batch: RuntimeBatch,
  loadId: number,
  durationMs: number,
): TimelineState {
  let next = timeline
  for (const report of batch.reports) {
    if (report.type === 'loaded' && report.loadId === loadId) {
      next = EMPTY_TIMELINE
    } else if (
      (report.type === 'frame' || report.type === 'seeked') &&
      report.frame.loadId === loadId
    ) {
      const { frame } = report
      if (report.type === 'seeked') next = { ...next, position: 0 }
      next = addMarks(next, frame.events, frame.reachedMs, durationMs)
    }
  }
  return next
}
