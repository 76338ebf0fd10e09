import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import type { InvocationOutcome } from '../engine'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimReport } from '../protocol/simProtocol'
import { createSimHost } from './simHost'

const success: InvocationOutcome = { kind: 'returned', response: null, waitedMs: 0, logs: [] }

/** A host whose outcome frames wait for `flush()`, as the worker's wait a few ms for the rest of a burst. */
function setup() {
  const reports: SimReport[] = []
  let pending: (() => void) | undefined
  const host = createSimHost({
    post: (r) => reports.push(r),
    deferFrame: (flush) => (pending = flush),
  })
  host.handle({
    type: 'load',
    version: SIM_PROTOCOL_VERSION,
    loadId: 1,
    scenario: SCENARIO_PRESETS['poison-pill'],
  })
  const frames = () => reports.flatMap((r) => (r.type === 'frame' ? [r.frame] : []))
  const lastRequest = () =>
    reports.flatMap((r) => (r.type === 'invocationRequested' ? [r] : [])).at(-1)
  const flush = () => {
    const f = pending
    pending = undefined
    f?.()
  }
  return { host, frames, lastRequest, flush }
}

describe('simHost frames while playing in real time', () => {
  it('an advance that comes while an outcome frame waits makes no frame of its own: that one carries both', () => {
    const { host, frames, lastRequest, flush } = setup()
    host.handle({ type: 'advanceTo', simTimeMs: 1_000 })
    expect(frames()).toHaveLength(1)
    const asked = lastRequest()
    if (asked === undefined) throw new Error('no invocation by 1 s')
    const { invocationId } = asked.request
    host.handle({ type: 'settleInvocation', invocationId, outcome: success, ticket: asked.ticket })
    host.handle({ type: 'advanceTo', simTimeMs: 2_000 })
    expect(frames()).toHaveLength(1)
    flush()
    expect(frames()).toHaveLength(2)
    expect(frames()[1].reachedMs).toBe(2_000)
    expect(frames()[1].events.map((e) => e.type)).toContain('invocationCompleted')
    // With no frame waiting, an advance answers with its frame at once.
    host.handle({ type: 'advanceTo', simTimeMs: 2_500 })
    expect(frames()).toHaveLength(3)
  })
})
