import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, type ScriptedHandler } from '../testing/runScripted'
import { SQS_ARN, STREAM_ARN, fates, onFailure, returning, throwing } from '../testing/expectations'
import type { RunReport } from '../model/report'

interface WindowEvent {
  Records: unknown[]
  window: { start: string; end: string }
  state: unknown
  shardId: string
  eventSourceARN: string
  isFinalInvokeForWindow: boolean
  isWindowTerminatedEarly: boolean
}

const eventOf = (report: RunReport, i: number) => report.invocations[i].event as WindowEvent

/** [startMs, recordIndexes, window.start, isFinal, state received] of every invocation. */
function windows(report: RunReport) {
  return report.invocations.map((inv) => {
    const e = inv.event as WindowEvent
    return [
      inv.startMs,
      inv.recordIndexes,
      e.window.start.slice(11),
      e.isFinalInvokeForWindow,
      e.state,
    ]
  })
}

/** Returns `{state: {n}}` with n counting the invocations that returned a state so far in its window. */
const counting: ScriptedHandler = (request) => {
  const e = request.event as WindowEvent
  const n = ((e.state as { n?: number }).n ?? 0) + 1
  return returning({ state: { n } })
}

function scenario(
  writes: unknown[],
  mapping: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
  return normalized(
    scenarioFile({
      writes,
      durationSeconds: 20,
      mapping: { TumblingWindowInSeconds: 2, ...mapping },
      ...extra,
    }),
  )
}

describe('TumblingWindowInSeconds (docs/semantics.md A7, C8)', () => {
  it('A7.6/D9: the event carries Records, window bounds without ms, state, shardId, eventSourceARN and the two flags', () => {
    const { report } = runScripted(scenario(puts(2, { atMs: 500, intervalMs: 100 })), counting)
    expect(eventOf(report, 0)).toEqual({
      Records: [
        expect.objectContaining({ eventName: 'INSERT' }),
        expect.objectContaining({ eventName: 'INSERT' }),
      ],
      window: { start: '2026-01-01T00:00:00Z', end: '2026-01-01T00:00:02Z' },
      state: {},
      shardId: report.records[0].shardId,
      eventSourceARN: STREAM_ARN,
      isFinalInvokeForWindow: false,
      isWindowTerminatedEarly: false,
    })
    expect(Object.keys(eventOf(report, 0))).toEqual([
      'Records',
      'window',
      'state',
      'shardId',
      'eventSourceARN',
      'isFinalInvokeForWindow',
      'isWindowTerminatedEarly',
    ])
  })

  it('C8: windows are epoch-aligned; state is carried; the final invocation (Records []) comes at the first poll at or after the window end', () => {
    const writes = [
      ...puts(2, { atMs: 500, intervalMs: 100 }),
      ...puts(2, { atMs: 2_500, intervalMs: 100, prefix: 'b' }),
    ]
    const { report } = runScripted(scenario(writes), counting)
    expect(windows(report)).toEqual([
      [1_000, [0, 1], '00:00:00Z', false, {}],
      // Polls at 1 020, 1 270, 1 520, 1 770, 2 020: the first at or after 2 000.
      [2_020, [], '00:00:00Z', true, { n: 1 }],
      [2_540, [2], '00:00:02Z', false, {}],
      [2_810, [3], '00:00:02Z', false, { n: 1 }],
      [4_080, [], '00:00:02Z', true, { n: 2 }],
    ])
    expect(fates(report)).toEqual(['processed', 'processed', 'processed', 'processed'])
  })

  it("C8: a batch never spans two windows, even when both windows' records are read by one poll", () => {
    const writes = [...puts(1, { atMs: 1_900 }), ...puts(1, { atMs: 2_100, prefix: 'b' })]
    const { report } = runScripted(scenario(writes, {}, { mappingCreatedAtMs: 3_000 }), counting)
    expect(windows(report)).toEqual([
      [4_000, [0], '00:00:00Z', false, {}],
      [4_020, [], '00:00:00Z', true, { n: 1 }],
      [4_040, [1], '00:00:02Z', false, {}],
      [4_060, [], '00:00:02Z', true, { n: 1 }],
    ])
  })

  it('C8: state is carried only from successful invocations: a retry gets the state from before the failure', () => {
    let calls = 0
    const handler: ScriptedHandler = (request, records) =>
      calls++ === 1 ? throwing('Error', 'once') : counting(request, records)
    const writes = [...puts(1, { atMs: 0 }), ...puts(1, { atMs: 1_100, prefix: 'b' })]
    const { report } = runScripted(scenario(writes, { TumblingWindowInSeconds: 10 }), handler)
    expect(
      report.invocations.map((i) => [
        i.startMs,
        i.recordIndexes,
        i.outcome,
        (i.event as WindowEvent).state,
      ]),
    ).toEqual([
      [1_000, [0], 'success', {}],
      [1_270, [1], 'error', { n: 1 }],
      [2_290, [1], 'success', { n: 1 }],
      [10_060, [], 'success', { n: 2 }],
    ])
  })

  it('A7.4/C8: a response without `state` fails the batch; its failure record has functionError null and statusCode 200', () => {
    const { report } = runScripted(
      scenario(puts(1, { atMs: 500 }), { MaximumRetryAttempts: 0, ...onFailure(SQS_ARN) }),
      () => returning({ batchItemFailures: [] }),
    )
    expect(report.invocations.map((i) => [i.startMs, i.recordIndexes, i.outcome])).toEqual([
      [1_000, [0], 'error'],
      [2_020, [], 'error'],
    ])
    expect(
      report.destinations.map((d) => [
        d.message.responseContext,
        (d.message.DDBStreamBatchInfo as { batchSize: number }).batchSize,
      ]),
    ).toEqual([[{ statusCode: 200, executedVersion: '$LATEST', functionError: null }, 1]])
    expect(report.metrics.Errors).toEqual([])
  })

  it('A7.3: a state over 1 MB ends the window early: the final invocation follows at once with isWindowTerminatedEarly', () => {
    const big: ScriptedHandler = () => returning({ state: { big: 'x'.repeat(1_100_000) } })
    const { report } = runScripted(
      scenario(puts(2, { atMs: 500, intervalMs: 300 }), { TumblingWindowInSeconds: 10 }),
      big,
    )
    expect(
      report.invocations.map((i) => {
        const e = i.event as WindowEvent
        return [i.startMs, i.recordIndexes, e.isFinalInvokeForWindow, e.isWindowTerminatedEarly]
      }),
    ).toEqual([
      [1_000, [0, 1], false, false],
      [1_020, [], true, true],
    ])
  })

  it('C8: a failing final invocation is retried under MaximumRetryAttempts, then the state is dropped without a failure record', () => {
    const handler: ScriptedHandler = (request) =>
      (request.event as WindowEvent).isFinalInvokeForWindow
        ? throwing('Error', 'final')
        : returning({ state: { x: 1 } })
    const writes = [...puts(1, { atMs: 500 }), ...puts(1, { atMs: 3_000, prefix: 'b' })]
    const { report } = runScripted(
      scenario(writes, { MaximumRetryAttempts: 2, ...onFailure(SQS_ARN) }),
      handler,
    )
    expect(
      report.invocations.map((i) => [
        i.startMs,
        i.recordIndexes,
        i.attempt,
        (i.event as WindowEvent).window.start.slice(11),
      ]),
    ).toEqual([
      [1_000, [0], 1, '00:00:00Z'],
      [2_020, [], 1, '00:00:00Z'],
      [3_040, [], 2, '00:00:00Z'],
      [5_060, [], 3, '00:00:00Z'],
      // The final invocation blocked the shard: the next window's record goes only after the state was dropped.
      [5_080, [1], 1, '00:00:02Z'],
      [5_100, [], 1, '00:00:02Z'],
      [6_120, [], 2, '00:00:02Z'],
      [8_140, [], 3, '00:00:02Z'],
    ])
    expect(report.destinations).toEqual([])
    expect(fates(report)).toEqual(['processed', 'processed'])
  })
})
