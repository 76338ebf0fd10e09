/**
 * Time-lapse frames: at a high speed a frame carries the state, not every event. The sim worker leaves out of a
 * frame the log-only events and records older than the newest few, so a frame at 10× costs the main thread
 * about what one at 1× does; the view keeps its lists contiguous and gets them whole when the run stops.
 */
import type { SimEvent } from '../engine'

/** The records list keeps this many of the newest records (the store's window, sent whole at a stop). */
export const LIST_RECORDS = 2_000
/** The event log keeps this many of the newest events. */
export const LIST_EVENTS = 500
/** A frame carries at most this many new records: the newest; 1× at 1,000 writes/s brings about 30. */
export const FRAME_RECORDS = 64
/** A frame carries its newest events in a row up to this many; before them only the ones the view folds. */
export const FRAME_EVENTS = 64

/**
 * Events no view folds, made per table write or per poll: only the event log and the pipeline's flights read
 * them, the newest ones, so a time-lapse frame may leave older ones out. Every other event always goes out
 * (invocations, fates, splits, deliveries and updates feed the lists, tallies, trees and timeline marks).
 */
export function isLogOnly(event: SimEvent): boolean {
  return LOG_ONLY.has(event.type)
}

const LOG_ONLY: ReadonlySet<SimEvent['type']> = new Set([
  'recordWritten',
  'writeApplied',
  'polled',
  'checkpointed',
])

/**
 * The events a frame carries out of `events` (the frame's, oldest first): all of them when they are few,
 * else every event that is not log-only and, after those, the newest `FRAME_EVENTS` in a row. `tail`: how
 * many of the returned events at the end are the newest in a row (all of them when nothing was left out).
 */
export function framedEvents(events: readonly SimEvent[]): {
  events: readonly SimEvent[]
  tail: number
} {
  if (events.length <= FRAME_EVENTS) return { events, tail: events.length }
  const from = events.length - FRAME_EVENTS
  const kept: SimEvent[] = []
  for (let i = 0; i < from; i++) if (!isLogOnly(events[i])) kept.push(events[i])
  if (kept.length === from) return { events, tail: events.length }
  for (let i = from; i < events.length; i++) kept.push(events[i])
  return { events: kept, tail: FRAME_EVENTS }
}
