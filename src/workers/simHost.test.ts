import { describe, expect, it } from 'vitest'
import { HANDLER_TEMPLATES, SCENARIO_PRESETS } from '../scenarios'
import type { InvocationOutcome } from '../engine'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimFrame, SimReport } from '../protocol/simProtocol'
import { createSimHost } from './simHost'

const failure: InvocationOutcome = {
  kind: 'error',
  error: { errorType: 'Error', errorMessage: 'boom', trace: ['Error: boom'] },
  waitedMs: 0,
  logs: [],
}

function setup(scenario: unknown = SCENARIO_PRESETS['poison-pill']) {
  const reports: SimReport[] = []
  const host = createSimHost({ post: (r) => reports.push(r) })
  host.handle({ type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 1, scenario })
  const frames = () => reports.flatMap((r) => (r.type === 'frame' ? [r.frame] : []))
  const requests = () =>
    reports.flatMap((r) => (r.type === 'invocationRequested' ? [r.request] : []))
  return { host, reports, frames, requests, lastFrame: (): SimFrame | undefined => frames().at(-1) }
}

describe('simHost', () => {
  it('loads a scenario and reports its table rows', () => {
    const { reports } = setup()
    expect(reports[0]).toMatchObject({
      type: 'loaded',
      loadId: 1,
      info: { tableName: 'Orders', durationMs: 60_000 },
    })
    expect(reports[0].type === 'loaded' && reports[0].rows.map((r) => r.id)).toEqual([
      '{"pk":{"S":"order-1"}}',
      '{"pk":{"S":"order-2"}}',
      '{"pk":{"S":"order-3"}}',
    ])
  })

  it('answers an invalid scenario with the validator errors and JSON paths', () => {
    const bad = {
      ...SCENARIO_PRESETS['poison-pill'],
      mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 0 },
    }
    const { reports } = setup(bad)
    expect(reports).toEqual([
      {
        type: 'loadFailed',
        loadId: 1,
        errors: [
          {
            path: 'mapping.BatchSize',
            message:
              "ValidationException: 1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
          },
        ],
      },
    ])
  })

  it('hands out invocations, waits for their outcomes and continues to the requested time', () => {
    const { host, requests, frames, lastFrame } = setup()
    host.handle({ type: 'advanceTo', simTimeMs: 60_000 })
    expect(requests()).toHaveLength(1)
    expect(lastFrame()?.reachedMs).toBeLessThan(60_000)
    // Every outcome is a failure: 1 + MaximumRetryAttempts 2 = 3 invocations, then the SQS record.
    for (let i = 0; i < 3; i++) {
      const request = requests()[i]
      host.handle({
        type: 'settleInvocation',
        invocationId: request.invocationId,
        outcome: failure,
      })
    }
    expect(requests()).toHaveLength(3)
    expect(lastFrame()).toMatchObject({ reachedMs: 60_000, finished: true })
    const destinations = frames().flatMap((f) => f.destinations)
    expect(destinations).toHaveLength(1)
    expect(destinations[0].message).toMatchObject({
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 },
    })
    expect(frames().map((f) => f.seq)).toEqual(frames().map((_, i) => i + 1))
  })

  it('D13: frames carry the mapping the engine runs only when it changed; while Updating, the old settings and the pending change', () => {
    const { host, reports, frames, requests } = setup()
    const loaded = reports[0]
    expect(loaded.type === 'loaded' && loaded.mapping).toMatchObject({
      state: 'NotCreated',
      description: { State: 'Creating', MaximumRetryAttempts: 2 },
      pending: {},
    })
    host.handle({ type: 'advanceTo', simTimeMs: 500 })
    host.handle({ type: 'advanceTo', simTimeMs: 600 })
    host.handle({ type: 'advanceTo', simTimeMs: 1_000 })
    // Created at 0 (Creating), unchanged at 0.6 s, Enabled at 1 s.
    expect(frames().map((f) => f.mapping?.state)).toEqual(['Creating', undefined, 'Enabled'])
    host.handle({ type: 'updateMapping', settings: { maximumRetryAttempts: 0 } })
    expect(frames().at(-1)?.mapping).toMatchObject({
      state: 'Updating',
      description: { MaximumRetryAttempts: 2 },
      pending: { MaximumRetryAttempts: 0 },
    })
    host.handle({ type: 'advanceTo', simTimeMs: 2_000 })
    const [first] = requests()
    const success = { kind: 'returned' as const, response: null, waitedMs: 0, logs: [] }
    host.handle({ type: 'settleInvocation', invocationId: first.invocationId, outcome: success })
    expect(frames().at(-1)?.mapping).toMatchObject({
      state: 'Enabled',
      description: { MaximumRetryAttempts: 0 },
      pending: {},
    })
  })

  it('steps to the next visible change with every event of that instant and the snapshot of then', () => {
    const { host, frames } = setup()
    host.handle({ type: 'step' })
    host.handle({ type: 'step' })
    expect(frames().map((f) => [f.reachedMs, f.events.map((e) => e.type)])).toEqual([
      [0, ['mappingState']],
      [
        1_000,
        [
          'mappingState',
          'recordWritten',
          'recordWritten',
          'recordWritten',
          'polled',
          'invocationStarted',
        ],
      ],
    ])
    // The shard header reads the snapshot, the chips read the events: both say invocation 1 is in flight.
    expect(frames()[1].snapshot.shards[0].lanes[0].inflightInvocationId).toBe(1)
  })

  it('event-paced: an advance stops at the first pace stop; the engine runs the same run', () => {
    const { host, frames, requests } = setup()
    const shown = () => frames().map((f) => [f.reachedMs, f.events.map((e) => e.type).join(' ')])
    host.handle({ type: 'advanceTo', simTimeMs: 60_000, pace: true })
    host.handle({ type: 'advanceTo', simTimeMs: 60_000, pace: true })
    // The outcome settles where the run stands; the next advance shows the invocation's end.
    host.handle({ type: 'settleInvocation', invocationId: 1, outcome: failure })
    host.handle({ type: 'advanceTo', simTimeMs: 60_000, pace: true })
    expect(shown()).toEqual([
      [0, 'mappingState'],
      [1_000, 'mappingState recordWritten recordWritten recordWritten polled invocationStarted'],
      [1_000, ''],
      [1_020, 'invocationCompleted retryScheduled'],
    ])
    for (let i = 0; i < 20 && !frames().at(-1)?.finished; i++) {
      const open = requests().at(-1)
      if (open)
        host.handle({ type: 'settleInvocation', invocationId: open.invocationId, outcome: failure })
      host.handle({ type: 'advanceTo', simTimeMs: 60_000, pace: true })
    }
    const paced = frames().flatMap((f) => f.events)
    const direct = setup()
    direct.host.handle({ type: 'advanceTo', simTimeMs: 60_000 })
    for (let i = 0; i < 3; i++) {
      const { invocationId } = direct.requests()[i]
      direct.host.handle({ type: 'settleInvocation', invocationId, outcome: failure })
    }
    expect(paced).toEqual(direct.frames().flatMap((f) => f.events))
  })

  it('applies a table write now and says which record it made', () => {
    const { host, reports, lastFrame } = setup()
    const write = {
      op: 'PutItem' as const,
      request: { Item: { pk: { S: 'order-2' }, status: { S: 'paid' } } },
    }
    host.handle({ type: 'applyWrite', requestId: 9, write })
    expect(reports).toContainEqual({
      type: 'writeResult',
      loadId: 1,
      requestId: 9,
      atMs: 0,
      result: { kind: 'record', recordIndex: 0, eventName: 'MODIFY' },
    })
    expect(lastFrame()?.tableChanges).toEqual([
      { id: '{"pk":{"S":"order-2"}}', item: write.request.Item },
    ])
    // The record exactly as Lambda delivers it: the engine's ids included.
    expect(lastFrame()?.records[0]).toMatchObject({
      index: 0,
      fate: 'pending',
      record: {
        eventID: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
        eventName: 'MODIFY',
        dynamodb: {
          OldImage: { status: { S: 'new' } },
          SequenceNumber: expect.stringMatching(/^\d{21}$/) as unknown,
        },
      },
    })

    host.handle({ type: 'applyWrite', requestId: 10, write })
    expect(reports.at(-2)).toEqual({
      type: 'writeResult',
      loadId: 1,
      requestId: 10,
      atMs: 0,
      result: { kind: 'noop' },
    })
  })

  it('says when a table write landed, so Export can replay it then', () => {
    const { host, reports } = setup({ ...SCENARIO_PRESETS['poison-pill'], writes: [] })
    host.handle({ type: 'advanceTo', simTimeMs: 5_000 })
    host.handle({
      type: 'applyWrite',
      requestId: 3,
      write: { op: 'PutItem', request: { Item: { pk: { S: 'late' } } } },
    })
    expect(reports.find((r) => r.type === 'writeResult')).toMatchObject({
      requestId: 3,
      atMs: 5_000,
      result: { kind: 'record' },
    })
  })

  it('stops advancing after hold, even when outcomes still arrive', () => {
    const { host, requests, lastFrame } = setup({
      ...SCENARIO_PRESETS['poison-pill'],
      function: { FunctionName: 'f', code: HANDLER_TEMPLATES.echo },
    })
    host.handle({ type: 'advanceTo', simTimeMs: 30_000 })
    host.handle({ type: 'hold' })
    const heldAt = lastFrame()?.reachedMs
    host.handle({
      type: 'settleInvocation',
      invocationId: requests()[0].invocationId,
      outcome: { kind: 'returned', response: {}, waitedMs: 0, logs: [] },
    })
    expect(lastFrame()?.reachedMs).toBe(heldAt)
  })

  it('writes the traffic generator’s items at their own virtual times, the same way every run', () => {
    const runTraffic = () => {
      const { host, frames } = setup({ ...SCENARIO_PRESETS['poison-pill'], writes: [] })
      host.handle({
        type: 'setTraffic',
        traffic: {
          itemsPerSecond: 4,
          keySpace: 20,
          hotKeyShare: 0.5,
          updateShare: 0.3,
          deleteShare: 0.1,
          seed: 5,
        },
      })
      host.handle({ type: 'advanceTo', simTimeMs: 900 })
      return frames()
        .flatMap((f) => f.events)
        .filter((e) => e.type === 'recordWritten' || e.type === 'writeApplied')
    }
    const first = runTraffic()
    expect(first.map((e) => e.atMs)).toEqual([1, 251, 501, 751])
    expect(runTraffic()).toEqual(first)
  })

  it('steps straight to the next event, however far away', () => {
    const { host, frames } = setup({
      ...SCENARIO_PRESETS['poison-pill'],
      durationSeconds: 3_600,
      writes: [{ atMs: 1_800_000, put: { pk: 'late', n: 1 } }],
    })
    const written = () =>
      frames()
        .flatMap((f) => f.events)
        .some((e) => e.type === 'recordWritten')
    for (let i = 0; i < 20 && !written(); i++) host.handle({ type: 'step' })
    const last = frames().at(-1)
    expect(last?.events.map((e) => e.type)).toEqual([
      'recordWritten',
      'polled',
      'invocationStarted',
    ])
    expect(last?.reachedMs).toBe(1_800_000)
  })

  it('answers a report request with the engine’s run report, finished at the end', () => {
    const { host, reports } = setup({ ...SCENARIO_PRESETS['poison-pill'], writes: [] })
    host.handle({ type: 'advanceTo', simTimeMs: 60_000 })
    host.handle({ type: 'report', requestId: 4 })
    const answer = reports.at(-1)
    expect(answer?.type === 'runReport' && answer.requestId).toBe(4)
    expect(answer?.type === 'runReport' && answer.report.endMs).toBe(60_000)
  })
})
