import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import type { InvocationOutcome } from '../engine'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimReport } from '../protocol/simProtocol'
import { createSimHost } from './simHost'

const failure: InvocationOutcome = {
  kind: 'error',
  error: { errorType: 'Error', errorMessage: 'poison', trace: ['Error: poison'] },
  waitedMs: 0,
  logs: [],
}

function setup() {
  const reports: SimReport[] = []
  const host = createSimHost({ post: (r) => reports.push(r) })
  host.handle({
    type: 'load',
    version: SIM_PROTOCOL_VERSION,
    loadId: 4,
    scenario: SCENARIO_PRESETS['poison-pill'],
  })
  const requests = () =>
    reports.flatMap((r) => (r.type === 'invocationRequested' ? [r.request] : []))
  const runToEnd = () => {
    host.handle({ type: 'advanceTo', simTimeMs: 60_000 })
    for (let i = 0; i < requests().length; i++) {
      const { invocationId } = requests()[i]
      host.handle({ type: 'settleInvocation', invocationId, outcome: failure })
    }
  }
  return { host, reports, runToEnd, last: () => reports[reports.length - 1] }
}

describe('simHost on-demand questions', () => {
  it('explains a record from the journal: three attempts, two backoffs, then the destination', () => {
    const { host, runToEnd, last } = setup()
    runToEnd()
    host.handle({ type: 'explainRecord', requestId: 9, recordIndex: 1 })
    const answer = last()
    if (answer.type !== 'recordExplained') throw new Error(answer.type)
    expect(answer).toMatchObject({ loadId: 4, requestId: 9 })
    expect(answer.history?.fate).toBe('destination')
    expect(answer.history?.steps.map((s) => [s.atMs, s.what, s.rule])).toEqual([
      [1000, 'written to shard 0 by write 1', undefined],
      [1000, 'read by a poll of shard 0, lane 0', 'poll.read'],
      [1000, 'sent in invocation 1 (batch of 3, attempt 1, cold start)', undefined],
      [1020, 'invocation 1 ended: error', undefined],
      [1020, 'retry scheduled at 2020 ms', 'retry.backoff'],
      [2020, 'sent in invocation 2 (batch of 3, attempt 2)', undefined],
      [2040, 'invocation 2 ended: error', undefined],
      [2040, 'retry scheduled at 4040 ms', 'retry.backoff'],
      [4040, 'sent in invocation 3 (batch of 3, attempt 3)', undefined],
      [4060, 'invocation 3 ended: error', undefined],
      [4060, 'final fate: destination', 'retry.exhausted'],
    ])
  })

  it('after a step, a Why tells exactly what the page has been shown', () => {
    const { host, reports, last } = setup()
    // Creating, then the instant at 1 s: Enabled, three records written, polled, invocation 1 started.
    for (let i = 0; i < 2; i++) host.handle({ type: 'step' })
    const shown = reports.flatMap((r) => (r.type === 'frame' ? r.frame.events : []))
    expect(shown.map((e) => e.type)).toEqual([
      'mappingState',
      'mappingState',
      'recordWritten',
      'recordWritten',
      'recordWritten',
      'polled',
      'invocationStarted',
    ])
    host.handle({ type: 'explainRecord', requestId: 1, recordIndex: 1 })
    const answer = last()
    expect(answer.type === 'recordExplained' && answer.history?.steps.map((s) => s.what)).toEqual([
      'written to shard 0 by write 1',
      'read by a poll of shard 0, lane 0',
      'sent in invocation 1 (batch of 3, attempt 1, cold start)',
    ])
  })

  it('describes a finished invocation with its event, error and CloudWatch log lines', () => {
    const { host, runToEnd, last } = setup()
    runToEnd()
    host.handle({ type: 'describeInvocation', requestId: 2, invocationId: 3 })
    const answer = last()
    if (answer.type !== 'invocationDescribed') throw new Error(answer.type)
    expect(answer.details?.running).toBe(false)
    const inv = answer.details?.invocation
    expect(inv).toMatchObject({ attempt: 3, outcome: 'error', recordIndexes: [0, 1, 2] })
    expect(inv?.error).toMatchObject({ errorType: 'Error', errorMessage: 'poison' })
    expect((inv?.event as { Records: unknown[] }).Records).toHaveLength(3)
    expect(inv?.logs[0]).toMatch(/^START RequestId: /)
    expect(inv?.logs.at(-1)).toMatch(/^REPORT RequestId: /)
  })

  it('says an invocation is still running while the engine waits for its outcome', () => {
    const { host, last } = setup()
    host.handle({ type: 'advanceTo', simTimeMs: 60_000 })
    host.handle({ type: 'describeInvocation', requestId: 3, invocationId: 1 })
    const answer = last()
    expect(answer.type === 'invocationDescribed' && answer.details?.running).toBe(true)
    host.handle({ type: 'describeInvocation', requestId: 4, invocationId: 99 })
    expect(last()).toEqual({ type: 'invocationDescribed', loadId: 4, requestId: 4, details: null })
  })

  it('answers questions with null when no scenario is loaded, so no asker waits forever', () => {
    const reports: SimReport[] = []
    const host = createSimHost({ post: (r) => reports.push(r) })
    host.handle({ type: 'explainRecord', requestId: 1, recordIndex: 0 })
    host.handle({ type: 'describeInvocation', requestId: 2, invocationId: 1 })
    expect(reports).toEqual([
      { type: 'recordExplained', loadId: 0, requestId: 1, history: null },
      { type: 'invocationDescribed', loadId: 0, requestId: 2, details: null },
    ])
  })
})
