import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { InvocationOutcome } from '../engine'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { applyBatch, EMPTY_SIM_VIEW } from '../store/simView'
import type { SimViewState } from '../store/simView'
import type { RuntimeBatch } from '../runtime/types'
import { EMPTY_TIMELINE, foldTimeline } from '../store/timelineMarks'
import { createSimHost } from './simHost'
import { answeringAll } from './testing/answerAll'

const example = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8'))

/** The handler's stand-in: every third invocation fails, so retries, splits and destinations happen. */
function outcomeOf(invocationId: number): InvocationOutcome {
  return invocationId % 3 === 0
    ? {
        kind: 'error',
        error: { errorType: 'Error', errorMessage: `boom ${invocationId}`, trace: [] },
        waitedMs: 0,
        logs: [],
      }
    : { kind: 'returned', response: null, waitedMs: 0, logs: [] }
}

/** A host that answers every invocation it hands out at once, as the sandbox would (later, in order). */
function hostFor(
  scenario: unknown,
  outcome: (invocationId: number) => InvocationOutcome = outcomeOf,
) {
  const reports: SimReport[] = []
  // What the app's store receives, in order: the worker's reports and the sandbox's outcome notes.
  const received: RuntimeBatch[] = []
  const host = createSimHost({
    post: (r) => {
      reports.push(r)
      received.push({ reports: [r], outcomes: [] })
    },
  })
  const send = answeringAll(host, reports, outcome, (invocationId, answer) =>
    received.push({
      reports: [],
      outcomes: [{ loadId: 1, invocationId, outcome: answer, wallMs: 0 }],
    }),
  )
  send({ type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 1, scenario })
  const requested = () => reports.filter((r) => r.type === 'invocationRequested').length
  const lastSeeked = () => {
    const seeked = [...reports].reverse().find((r) => r.type === 'seeked')
    if (seeked?.type !== 'seeked') throw new Error('no seeked report')
    return { ...seeked, frame: { ...seeked.frame, seq: 0 } }
  }
  const report = () => {
    host.handle({ type: 'report', requestId: 1 })
    const last = reports.at(-1)
    return last?.type === 'runReport' ? JSON.stringify(last.report) : 'no report'
  }
  /** The store's view of every report so far, folded one report per frame (as the app does). */
  const view = () =>
    received.reduce<SimViewState>((v, batch) => applyBatch(v, batch), {
      ...EMPTY_SIM_VIEW,
      loadId: 1,
    })
  return { send, requested, lastSeeked, report, view, reports }
}

/** A run with the user's doings in it: a write, a mapping update, a concurrency change and some traffic. */
const SCRIPT: readonly (readonly [number, SimCommand])[] = [
  [2_000, { type: 'advanceTo', simTimeMs: 2_000 }],
  [
    2_000,
    {
      type: 'applyWrite',
      requestId: 1,
      write: { op: 'PutItem', request: { Item: { pk: { S: 'typed-in' } } } },
    },
  ],
  [
    2_000,
    {
      type: 'setTraffic',
      traffic: {
        itemsPerSecond: 5,
        keySpace: 10,
        hotKeyShare: 0.3,
        updateShare: 0.3,
        deleteShare: 0.1,
        seed: 3,
      },
    },
  ],
  [6_500, { type: 'advanceTo', simTimeMs: 6_500 }],
  [6_500, { type: 'setTraffic', traffic: null }],
  [6_500, { type: 'updateMapping', settings: { batchSize: 2 } }],
  [9_000, { type: 'advanceTo', simTimeMs: 9_000 }],
  [9_000, { type: 'putFunctionConcurrency', reservedConcurrency: 1 }],
  [60_000, { type: 'advanceTo', simTimeMs: 60_000 }],
]

const SCENARIO = { ...(example('bisect-poison-pill.json') as object), durationSeconds: 60 }

/** The state at `atMs` the straight way: the script up to then, one more advance, and a seek that stays put. */
function straightStateAt(atMs: number) {
  const h = hostFor(SCENARIO)
  for (const [at, command] of SCRIPT) {
    if (at > atMs) break
    h.send(command)
  }
  h.send({ type: 'advanceTo', simTimeMs: atMs })
  h.send({ type: 'seek', simTimeMs: atMs })
  return h.lastSeeked()
}

describe('timeline seeks (snapshots + replay of the logged inputs)', () => {
  it('D11: seeking back restores exactly the state the run had then; forward again replays to the same report without running a handler', () => {
    const straight = hostFor(SCENARIO)
    for (const [, command] of SCRIPT) straight.send(command)
    const finalReport = straight.report()

    const h = hostFor(SCENARIO)
    for (const [, command] of SCRIPT) h.send(command)
    const handlerRuns = h.requested()
    for (const atMs of [0, 1_234, 2_000, 4_321, 6_500, 8_000, 30_000, 45_000, 7_000]) {
      h.send({ type: 'seek', simTimeMs: atMs })
      expect(h.lastSeeked()).toEqual(straightStateAt(atMs))
    }
    h.send({ type: 'seek', simTimeMs: 60_000 })
    expect(h.report()).toBe(finalReport)
    h.send({ type: 'seek', simTimeMs: 3_000 })
    h.send({ type: 'advanceTo', simTimeMs: 60_000 })
    expect(h.report()).toBe(finalReport)
    expect(h.requested()).toBe(handlerRuns)
  })

  it('D11: a change made after seeking back starts a new future, run live from there', () => {
    const h = hostFor(SCENARIO)
    for (const [, command] of SCRIPT) h.send(command)
    h.send({ type: 'seek', simTimeMs: 1_000 })
    h.send({ type: 'putFunctionConcurrency', reservedConcurrency: 0 })
    h.send({ type: 'advanceTo', simTimeMs: 60_000 })
    // With no concurrency nothing is invoked after 1 s: the same as a run that throttled there from the start.
    const other = hostFor(SCENARIO)
    other.send({ type: 'advanceTo', simTimeMs: 1_000 })
    other.send({ type: 'putFunctionConcurrency', reservedConcurrency: 0 })
    other.send({ type: 'advanceTo', simTimeMs: 60_000 })
    expect(h.report()).toBe(other.report())
  })

  it('D21: a destination cleared live stays cleared through seeks: the failures are dropped, not sent', () => {
    const fails = (): InvocationOutcome => ({ ...outcomeOf(3) })
    const fates = (json: string) => {
      const report = JSON.parse(json) as { destinations: unknown[]; records: { fate: string }[] }
      return [report.destinations.length, report.records.map((r) => r.fate)]
    }
    const kept = hostFor(SCENARIO, fails)
    kept.send({ type: 'advanceTo', simTimeMs: 60_000 })
    expect(fates(kept.report())).toEqual([4, Array(4).fill('destination')])
    const h = hostFor(SCENARIO, fails)
    h.send({ type: 'advanceTo', simTimeMs: 1_000 })
    h.send({ type: 'updateMapping', settings: { onFailure: undefined } })
    h.send({ type: 'advanceTo', simTimeMs: 60_000 })
    const live = h.report()
    expect(fates(live)).toEqual([0, Array(4).fill('dropped')])
    for (const atMs of [500, 1_500, 4_500]) {
      h.send({ type: 'seek', simTimeMs: atMs })
      h.send({ type: 'advanceTo', simTimeMs: 60_000 })
      expect(h.report()).toBe(live)
    }
  })

  it('D11: the day-long poison pill seeks anywhere to the state of a straight run', () => {
    const day = example('poison-pill-day.json') as { durationSeconds: number }
    const endMs = day.durationSeconds * 1000
    const h = hostFor(day)
    h.send({ type: 'advanceTo', simTimeMs: endMs })
    const finalReport = h.report()
    for (const atMs of [endMs / 3, 1_000, endMs]) {
      h.send({ type: 'seek', simTimeMs: atMs })
      const other = hostFor(day)
      other.send({ type: 'advanceTo', simTimeMs: atMs })
      other.send({ type: 'seek', simTimeMs: atMs })
      expect(h.lastSeeked()).toEqual(other.lastSeeked())
    }
    expect(h.report()).toBe(finalReport)
  })

  it('D11: the store’s view after a seek equals the view the run built frame by frame; markers are not counted twice', () => {
    const atMs = 8_000
    const straight = hostFor(SCENARIO)
    for (const [at, command] of SCRIPT) if (at <= atMs) straight.send(command)
    straight.send({ type: 'advanceTo', simTimeMs: atMs })
    const h = hostFor(SCENARIO)
    for (const [, command] of SCRIPT) h.send(command)
    const ended = h.view()
    h.send({ type: 'seek', simTimeMs: atMs })
    // Write results stay after a seek (Export needs them all). The table's rows are compared as a set: a frame
    // that deletes and writes a key again keeps its row in place, where the table (and a seek) moves it last.
    // `frameEvents` counts what the last batch brought (a seek brings all: the pipeline jumps, no tweening), the
    // table's `version` the frames that changed it since the load or seek.
    const comparable = (v: SimViewState) => ({
      ...v,
      writeResults: {},
      frameEvents: 0,
      table: { ...v.table, order: [...v.table.order].sort(), version: 0 },
    })
    expect(comparable(h.view())).toEqual(comparable(straight.view()))

    const marks = (reports: readonly SimReport[]) =>
      reports.reduce(
        (t, r) => foldTimeline(t, { reports: [r], outcomes: [] }, 1, 60_000),
        EMPTY_TIMELINE,
      )
    const before = marks(h.reports.slice(0, -1))
    h.send({ type: 'advanceTo', simTimeMs: 60_000 })
    expect(h.view().eventCount).toBe(ended.eventCount)
    expect(marks(h.reports)).toEqual(before)
    expect(before.marks.map((m) => m.kind)).toContain('split')
  })
})
