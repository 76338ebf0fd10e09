import { describe, expect, it, vi } from 'vitest'
import type { InvocationOutcome } from '../engine'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimFrame, SimReport } from '../protocol/simProtocol'
import { FRAME_EVENTS, FRAME_RECORDS, isLogOnly } from '../protocol/timeLapse'
import { applyBatch, EMPTY_SIM_VIEW } from '../store/simView'
import type { SimViewState } from '../store/simView'
import { EMPTY_TIMELINE, foldTimeline } from '../store/timelineMarks'
import { baseScenario, fail, Journal, succeed } from '../engine/testing'
import { createSimHost } from './simHost'
import { answeringAll } from './testing/answerAll'

/** 1,000 writes a second over 4 shards for 10 s (the shape of bench/ui/fourShards.json, shorter). */
const base = baseScenario()
const SCENARIO = {
  ...base,
  durationSeconds: 10,
  table: { ...(base.table as object), shards: 4 },
  writes: [0, 1, 2, 3].map((lane) => ({
    atMs: lane,
    every: { intervalMs: 4, count: 2_500 },
    put: { pk: `order-{{i}}`, sk: lane },
  })),
  mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 100, BisectBatchOnFunctionError: true },
}

/** Every fifth invocation fails, so retries, splits and fates other than processed happen too. */
const outcomeOf = (invocationId: number): InvocationOutcome =>
  // The kit's two handlers read neither the request nor its records.
  (invocationId % 5 === 0 ? fail : succeed)(undefined as never, [])

/** Plays the run to its end in advances of `stepMs` and pauses; the reports as the store gets them. */
function play(stepMs: number): SimReport[] {
  const reports: SimReport[] = []
  const send = answeringAll(createHost(reports), reports, outcomeOf)
  send({ type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 1, scenario: SCENARIO })
  for (let ms = stepMs; ms <= 10_000; ms += stepMs) send({ type: 'advanceTo', simTimeMs: ms })
  send({ type: 'hold' })
  return reports
}

function createHost(reports: SimReport[]) {
  return createSimHost({ post: (r) => reports.push(r) })
}

function viewOf(reports: readonly SimReport[]): SimViewState {
  return reports.reduce<SimViewState>((v, r) => applyBatch(v, { reports: [r], outcomes: [] }), {
    ...EMPTY_SIM_VIEW,
    loadId: 1,
  })
}

const framesOf = (reports: readonly SimReport[]): SimFrame[] =>
  reports.flatMap((r) => (r.type === 'frame' ? [r.frame] : []))

describe('time-lapse frames (protocol/timeLapse.ts)', () => {
  const steady = play(10)
  const fast = play(500)

  it('a frame at a high speed carries the newest records and events only, the stop frame the lists whole', () => {
    const frames = framesOf(fast)
    expect(Math.max(...frames.map((f) => f.records.length))).toBe(FRAME_RECORDS)
    expect(frames.filter((f) => f.eventsTail !== undefined).length).toBeGreaterThan(0)
    for (const f of frames.filter((f) => f.eventsTail !== undefined)) {
      expect(f.eventsTail).toBe(FRAME_EVENTS)
      const before = f.events.slice(0, f.events.length - FRAME_EVENTS)
      expect(before.filter(isLogOnly)).toEqual([])
    }
    expect(frames.at(-1)?.lists?.records.length).toBe(2_000)
    expect(frames.at(-1)?.lists?.events.length).toBe(500)
  })

  it('the last frame makes only the newest events for its list, not the whole journal (no spike at the end)', () => {
    const reports: SimReport[] = []
    const send = answeringAll(createHost(reports), reports, outcomeOf)
    send({ type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 1, scenario: SCENARIO })
    for (let ms = 500; ms < 10_000; ms += 500) send({ type: 'advanceTo', simTimeMs: ms })
    const made = vi.spyOn(Journal.prototype, 'at')
    const before = reports.length
    send({ type: 'advanceTo', simTimeMs: 10_000 })
    const frames = framesOf(reports.slice(before))
    expect(frames.at(-1)?.lists?.events.length).toBe(500)
    // The frames' own events and the list's 500: the journal holds some 19,000 by then (whole, it made them all).
    const carried = frames.reduce((n, f) => n + f.events.length, 0)
    expect(made.mock.calls.length).toBeLessThanOrEqual(carried + 500)
    made.mockRestore()
  })

  it('folded, the view of a time-lapse equals the view of the same run frame by frame, once paused', () => {
    // The memory estimate counts the Timeline's snapshots, taken per command, and the table's `version` the
    // frames that changed it: those differ with the cadence.
    const comparable = (v: SimViewState) => ({
      ...v,
      frameEvents: 0,
      memory: undefined,
      table: { ...v.table, version: 0 },
    })
    const slow = viewOf(steady)
    expect(slow.recordCount).toBe(10_000)
    expect(slow.invocations.some((i) => i.splitHalf)).toBe(true)
    expect(comparable(viewOf(fast))).toEqual(comparable(slow))
  })

  it('the timeline marks the same errors, retries and splits', () => {
    const marks = (reports: readonly SimReport[]) =>
      reports.reduce(
        (t, r) => foldTimeline(t, { reports: [r], outcomes: [] }, 1, 10_000),
        EMPTY_TIMELINE,
      )
    const slow = marks(steady)
    expect(slow.counts.error).toBeGreaterThan(0)
    expect(marks(fast)).toEqual(slow)
  })
})
