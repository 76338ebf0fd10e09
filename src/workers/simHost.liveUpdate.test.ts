import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import type { InvocationOutcome } from '../engine'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { createSimHost } from './simHost'

const failure: InvocationOutcome = {
  kind: 'error',
  error: { errorType: 'Error', errorMessage: 'boom', trace: ['Error: boom'] },
  waitedMs: 0,
  logs: [],
}
const FIX = 'export const handler = async () => {}'

/** A sim host with the poison-pill preset loaded; `requests`: the invocations it handed out so far. */
function poisonPill() {
  const reports: SimReport[] = []
  const host = createSimHost({ post: (r) => reports.push(r) })
  const handle = (command: SimCommand) => host.handle(command)
  handle({
    type: 'load',
    version: SIM_PROTOCOL_VERSION,
    loadId: 1,
    scenario: SCENARIO_PRESETS['poison-pill'],
  })
  const requests = () =>
    reports.flatMap((r) => (r.type === 'invocationRequested' ? [r.request] : []))
  return { reports, handle, requests }
}

describe('simHost: a function update while stepping (docs/semantics.md D15)', () => {
  it('D15: the update starts at the virtual time reached; the next invocation runs the new code, cold', () => {
    const { reports, handle, requests } = poisonPill()
    const shown = () =>
      reports.flatMap((r) => (r.type === 'frame' ? r.frame.events : [])).map((e) => e.type)
    // Step until the first invocation is requested, and fail it.
    while (requests().length === 0) handle({ type: 'step' })
    handle({ type: 'settleInvocation', invocationId: 1, outcome: failure })
    while (!shown().includes('retryScheduled')) handle({ type: 'step' })
    handle({ type: 'updateFunction', change: { code: FIX } })
    while (!shown().includes('functionUpdated')) handle({ type: 'step' })
    const events = reports.flatMap((r) => (r.type === 'frame' ? r.frame.events : []))
    expect(events.filter((e) => e.type === 'functionUpdated')).toEqual([
      {
        type: 'functionUpdated',
        atMs: 1_020,
        lastUpdateStatus: 'InProgress',
        changed: ['code'],
        version: 2,
      },
    ])
    while (requests().length === 1) handle({ type: 'step' })
    expect(requests().map((r) => [r.environmentId, r.coldStart, r.codeVersion, r.code])).toEqual([
      [1, true, 1, SCENARIO_PRESETS['poison-pill'].function.code],
      [2, true, 2, FIX],
    ])
  })

  // Issue 11: a seek back and then a function change: the next invocation is a cold start in a new environment,
  // so the sandbox's module state from the abandoned future (or the past) is not reused.
  it('D15: after a seek back, an update still sends the next invocation to a new, cold environment', () => {
    const { handle, requests } = poisonPill()
    // Three failed attempts, all warm in environment 1 after the first.
    for (let id = 1; id <= 3; id++) {
      while (requests().length < id) handle({ type: 'step' })
      handle({ type: 'settleInvocation', invocationId: id, outcome: failure })
    }
    handle({ type: 'seek', simTimeMs: 1_500 })
    handle({ type: 'updateFunction', change: { code: FIX } })
    // The retry at 2.02 s starts before the 1 s update completes: old code, warm (the executor rebuilds that
    // environment's module state from its past, environmentExecutor.test.ts); the next one is after it.
    while (requests().length === 3) handle({ type: 'step' })
    handle({ type: 'settleInvocation', invocationId: 2, outcome: failure })
    while (requests().length === 4) handle({ type: 'step' })
    expect(
      requests().map((r) => [r.invocationId, r.environmentId, r.coldStart, r.codeVersion]),
    ).toEqual([
      [1, 1, true, 1],
      [2, 1, false, 1],
      [3, 1, false, 1],
      [2, 1, false, 1],
      [3, 2, true, 2],
    ])
  })
})
