import { describe, expect, it } from 'vitest'
import type { InvocationOutcome, MetricSeries } from '../engine'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimReport } from '../protocol/simProtocol'
import { SCENARIO_PRESETS } from '../scenarios'
import { createSimHost } from './simHost'

const failure: InvocationOutcome = {
  kind: 'error',
  error: { errorType: 'Error', errorMessage: 'boom', trace: ['Error: boom'] },
  waitedMs: 0,
  logs: [],
}

/** The UI's rule: a frame's points replace the ones of the same seconds and after. */
function fold(frames: readonly MetricSeries[]): MetricSeries {
  const out: MetricSeries = {}
  for (const frame of frames) {
    for (const [name, points] of Object.entries(frame) as [
      keyof MetricSeries,
      [number, number][],
    ][]) {
      const kept = (out[name] ?? []).filter(([t]) => t < points[0][0])
      out[name] = [...kept, ...points]
    }
  }
  return out
}

describe('simHost metric frames (docs/semantics.md A11)', () => {
  it('frames carry the metric points as they happen, and folded they are the report’s series', () => {
    const reports: SimReport[] = []
    const host = createSimHost({ post: (r) => reports.push(r) })
    host.handle({
      type: 'load',
      version: SIM_PROTOCOL_VERSION,
      loadId: 1,
      scenario: SCENARIO_PRESETS['poison-pill'],
    })
    host.handle({ type: 'advanceTo', simTimeMs: 60_000 })
    // Each failure lands in a frame of its own: the Errors of a second already sent come later.
    for (let settled = 0; ; settled++) {
      const requests = reports.flatMap((r) => (r.type === 'invocationRequested' ? [r.request] : []))
      if (settled === requests.length) break
      const { invocationId } = requests[settled]
      host.handle({ type: 'settleInvocation', invocationId, outcome: failure })
    }
    const frames = reports.flatMap((r) => (r.type === 'frame' ? [r.frame] : []))
    expect(frames.at(-1)?.finished).toBe(true)
    const folded = fold(frames.flatMap((f) => (f.metrics ? [f.metrics] : [])))

    host.handle({ type: 'report', requestId: 1 })
    const answer = reports.at(-1)
    if (answer?.type !== 'runReport') throw new Error('no report')
    const reported = Object.fromEntries(
      Object.entries(answer.report.metrics).filter(([, points]) => points.length > 0),
    )
    expect(folded).toEqual(reported)
    expect(folded.Errors).toEqual([
      [1_000, 1],
      [2_000, 1],
      [4_000, 1],
    ])
  })
})
