/**
 * The sim worker's two views of the run for the main thread: a frame (what changed since the last one, with
 * the snapshot of now) and, after a seek, the whole state at the time reached. At a high speed a frame
 * carries the state, not every event (protocol/timeLapse.ts).
 */
import type { SimFrame, SimReport, WholeLists } from '../protocol/simProtocol'
import { FRAME_RECORDS, LIST_EVENTS, LIST_RECORDS, framedEvents } from '../protocol/timeLapse'
import type { Session } from './session'
import { currentMapping, tableRows, takeFrameData, takeMappingChange, takeMetrics } from './session'
import { memoryFigures } from './memoryPolicy'
import { outcomesBehind } from './timeline'

/**
 * Everything held goes out with the snapshot of now: a frame never shows part of an instant. `stopped`: the
 * run stops here (pause, step); after a time-lapse the frame then brings the view's lists whole.
 */
export function takeFrame(s: Session, stopped = false): SimFrame {
  const held = s.held
  s.held = []
  s.shownMs = s.sim.now()
  const { durationMs } = s.scenario
  const { events, tail } = framedEvents(held)
  s.eventsSent += held.length
  const { records, tableChanges, leftOut } = takeFrameData(s, FRAME_RECORDS)
  if (leftOut || events.length < held.length) s.timeLapsed = true
  const mapping = takeMappingChange(s)
  const metrics = takeMetrics(s)
  const destinations = s.destinations
  s.destinations = []
  const finished = s.sim.now() >= durationMs && s.awaiting.size === 0 && s.held.length === 0
  return {
    loadId: s.loadId,
    seq: ++s.seq,
    reachedMs: Math.min(s.shownMs, durationMs),
    events,
    eventCount: s.eventsSent,
    ...(tail < events.length ? { eventsTail: tail } : {}),
    snapshot: s.sim.snapshot(),
    records,
    writeTotals: { ...s.writeTotals },
    tableChanges,
    destinations,
    ...(mapping === null ? {} : { mapping }),
    ...(metrics === null ? {} : { metrics }),
    ...(s.timeLapsed && (stopped || finished || s.memory.stopped) ? { lists: wholeLists(s) } : {}),
    finished,
    memory: memoryFigures(s),
  }
}

/** The newest records and events, as many as the view's lists keep: what a time-lapse left out of them. */
function wholeLists(s: Session): WholeLists {
  s.timeLapsed = false
  const shown = s.sim.journalLength()
  return {
    records: s.sim.records(s.recordCursor - LIST_RECORDS),
    events: s.sim.journal(Math.max(0, shown - LIST_EVENTS), shown),
  }
}

/**
 * After a seek: the state at the time reached, as a time-lapse frame brings it (every event the view folds,
 * the newest records and events); the next frames carry what changes from there.
 */
export function seekedReport(s: Session): Extract<SimReport, { type: 'seeked' }> {
  s.held = []
  s.shownMs = s.sim.now()
  s.metricsCursorMs = 0
  s.changed = new Set()
  s.destinations = []
  const all = s.sim.records(0)
  const newest = all.slice(-LIST_RECORDS)
  s.recordCursor = all.length
  s.writeTotals = { INSERT: 0, MODIFY: 0, REMOVE: 0 }
  for (const view of all) s.writeTotals[view.record.eventName]++
  const journal = s.sim.journal()
  s.eventsSent = journal.length
  s.timeLapsed = false
  const { events, tail } = framedEvents(journal)
  const { durationMs } = s.scenario
  return {
    type: 'seeked',
    rows: tableRows(s),
    outcomes: outcomesBehind(s.timeline),
    frame: {
      loadId: s.loadId,
      seq: ++s.seq,
      reachedMs: Math.min(s.shownMs, durationMs),
      events,
      eventCount: journal.length,
      ...(tail < events.length ? { eventsTail: tail } : {}),
      snapshot: s.sim.snapshot(),
      records: newest,
      writeTotals: { ...s.writeTotals },
      tableChanges: [],
      destinations: s.sim.destinations(0),
      mapping: currentMapping(s),
      metrics: takeMetrics(s) ?? {},
      lists: { records: newest, events: journal.slice(-LIST_EVENTS) },
      finished: s.sim.now() >= durationMs && s.awaiting.size === 0,
      memory: memoryFigures(s),
    },
  }
}
