/**
 * The sim worker's two views of the run for the main thread: a frame (what changed since the last one, with
 * the snapshot of now) and, after a seek, the whole state at the time reached.
 */
import type { SimFrame, SimReport } from '../protocol/simProtocol'
import type { Session } from './session'
import { currentMapping, tableRows, takeFrameData, takeMappingChange, takeMetrics } from './session'
import { memoryFigures } from './memoryPolicy'
import { outcomesBehind } from './timeline'

/** Everything held goes out with the snapshot of now: a frame never shows part of an instant. */
export function takeFrame(s: Session): SimFrame {
  const events = s.held
  s.held = []
  s.shownMs = s.sim.now()
  const { durationMs } = s.scenario
  const { records, tableChanges } = takeFrameData(s)
  const mapping = takeMappingChange(s)
  const metrics = takeMetrics(s)
  const destinations = s.destinations
  s.destinations = []
  return {
    loadId: s.loadId,
    seq: ++s.seq,
    reachedMs: Math.min(s.shownMs, durationMs),
    events,
    snapshot: s.sim.snapshot(),
    records,
    tableChanges,
    destinations,
    ...(mapping === null ? {} : { mapping }),
    ...(metrics === null ? {} : { metrics }),
    finished: s.sim.now() >= durationMs && s.awaiting.size === 0 && s.held.length === 0,
    memory: memoryFigures(s),
  }
}

/** After a seek: the whole state at the time reached; the next frames carry what changes from there. */
export function seekedReport(s: Session): Extract<SimReport, { type: 'seeked' }> {
  s.held = []
  s.shownMs = s.sim.now()
  s.recordCursor = 0
  s.metricsCursorMs = 0
  s.changed = new Set()
  s.destinations = []
  const { records } = takeFrameData(s)
  const { durationMs } = s.scenario
  return {
    type: 'seeked',
    rows: tableRows(s),
    outcomes: outcomesBehind(s.timeline),
    frame: {
      loadId: s.loadId,
      seq: ++s.seq,
      reachedMs: Math.min(s.shownMs, durationMs),
      events: [...s.sim.journal()],
      snapshot: s.sim.snapshot(),
      records,
      tableChanges: [],
      destinations: s.sim.destinations(0),
      mapping: currentMapping(s),
      metrics: takeMetrics(s) ?? {},
      finished: s.sim.now() >= durationMs && s.awaiting.size === 0,
      memory: memoryFigures(s),
    },
  }
}
