import { describe, expect, it } from 'vitest'
import { validateScenario } from '../scenario'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { fail, runScripted, succeed, type ScriptedHandler } from '../testing/runScripted'
import {
  FUNCTION_ARN,
  SQS_ARN,
  STREAM_ARN,
  UUID_V4,
  checkpoints,
  fates,
  onFailure,
  poison,
  returning,
  starts,
  matching,
} from '../testing/expectations'

/** Fails the partial batch at the record whose key is first in `keys` still present in the batch. */
function reportFailureOf(...keys: string[]): ScriptedHandler {
  return (_request, records) => {
    const failed = records.find((r) => keys.includes((r.keys.pk as { S: string }).S))
    return returning({
      batchItemFailures: failed ? [{ itemIdentifier: failed.sequenceNumber }] : [],
    })
  }
}

describe('retries, record age and the retry budget', () => {
  it('A4.1: defaults are MaximumRetryAttempts -1, MaximumRecordAgeInSeconds -1, no bisect; age must be -1 or 60..604800', () => {
    const { report } = runScripted(normalized(scenarioFile({ durationSeconds: 10 })), succeed)
    expect(report.mapping).toMatchObject({
      MaximumRetryAttempts: -1,
      MaximumRecordAgeInSeconds: -1,
      BisectBatchOnFunctionError: false,
    })
    for (const age of [0, 59, 604_801]) {
      const result = validateScenario(scenarioFile({ mapping: { MaximumRecordAgeInSeconds: age } }))
      expect(result.ok).toBe(false)
    }
    const at59 = validateScenario(scenarioFile({ mapping: { MaximumRecordAgeInSeconds: 59 } }))
    expect(at59.ok ? [] : at59.errors).toEqual([
      {
        path: 'mapping.MaximumRecordAgeInSeconds',
        message:
          'InvalidParameterValueException: MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)',
      },
    ])
    for (const age of [-1, 60, 604_800]) {
      expect(
        validateScenario(scenarioFile({ mapping: { MaximumRecordAgeInSeconds: age } })).ok,
      ).toBe(true)
    }
  })

  it('A4.1: with MaximumRetryAttempts -1 a failing batch is retried until its record leaves the stream at 24 h', () => {
    const { report } = runScripted(
      normalized(scenarioFile({ writes: puts(1), durationSeconds: 90_000 })),
      fail,
    )
    // 1 000, 2 020, 4 040, … 64 120, then every 60 020 ms (60 s cap + 20 ms invocation) while younger than 24 h.
    expect(report.invocations).toHaveLength(1_445)
    expect(report.invocations.at(-1)).toMatchObject({ startMs: 86_372_880, attempt: 1_445 })
    expect(fates(report)).toEqual(['expired'])
    expect(report.destinations).toEqual([])
  })

  it('A4.2: throttles never reach the function and do not spend MaximumRetryAttempts', () => {
    const file = scenarioFile({
      writes: puts(1),
      function: { ReservedConcurrentExecutions: 0 },
      mapping: { MaximumRetryAttempts: 0, ...onFailure(SQS_ARN) },
      actions: [{ atMs: 10_000, PutFunctionConcurrency: { ReservedConcurrentExecutions: null } }],
    })
    const { report } = runScripted(normalized(file), fail)
    expect(report.throttles.map((t) => [t.atMs, t.recordIndexes])).toEqual([
      [1_000, [0]],
      [2_000, [0]],
      [4_000, [0]],
      [8_000, [0]],
    ])
    expect(starts(report)).toEqual([[16_000, [0], 1]])
    expect(report.destinations.map((d) => d.message.requestContext)).toEqual([
      {
        requestId: report.invocations[0].requestId,
        functionArn: FUNCTION_ARN,
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 1,
      },
    ])
  })

  it('A4.2: while a batch retries its shard is paused; after the retries run out the next batch goes', () => {
    const file = scenarioFile({
      writes: [...puts(1, { prefix: 'bad' }), ...puts(1, { atMs: 1_500, prefix: 'good' })],
      mapping: { MaximumRetryAttempts: 2 },
    })
    const { sim, report } = runScripted(normalized(file), poison('bad0'))
    expect(starts(report)).toEqual([
      [1_000, [0], 1],
      [2_020, [0], 2],
      [4_040, [0], 3],
      [4_060, [1], 1],
    ])
    expect(fates(report)).toEqual(['dropped', 'processed'])
    expect(checkpoints(sim.journal(), report)).toEqual([
      [4_060, 0],
      [4_080, 1],
    ])
  })

  it('A4.3: MaximumRetryAttempts N invokes a failing batch N+1 times (N = 0, 1, 2, 3) and reports approximateInvokeCount N+1', () => {
    const expectedStarts = [1_000, 2_020, 4_040, 8_060]
    for (const n of [0, 1, 2, 3]) {
      const file = scenarioFile({
        writes: puts(2),
        mapping: { MaximumRetryAttempts: n, ...onFailure(SQS_ARN) },
      })
      const { sim, report } = runScripted(normalized(file), fail)
      expect(starts(report)).toEqual(
        expectedStarts.slice(0, n + 1).map((t, i) => [t, [0, 1], i + 1]),
      )
      const last = report.invocations[n]
      expect(report.destinations.map((d) => [d.atMs, d.message.requestContext])).toEqual([
        [
          last.endMs,
          {
            requestId: last.requestId,
            functionArn: FUNCTION_ARN,
            condition: 'RetryAttemptsExhausted',
            approximateInvokeCount: n + 1,
          },
        ],
      ])
      expect(checkpoints(sim.journal(), report)).toEqual([[last.endMs, 1]])
    }
  })

  it('A4.4: partial-batch retries share one budget: BatchSize 3, N = 3, the last record fails 4 times, count 4, batchSize 1', () => {
    const file = scenarioFile({
      writes: puts(3),
      mapping: {
        BatchSize: 3,
        MaximumRetryAttempts: 3,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ...onFailure(SQS_ARN),
      },
    })
    const { sim, report } = runScripted(normalized(file), reportFailureOf('k2'))
    expect(starts(report)).toEqual([
      [1_000, [0, 1, 2], 1],
      [2_020, [2], 2],
      [4_040, [2], 3],
      [8_060, [2], 4],
    ])
    expect(report.invocations.map((i) => i.outcome)).toEqual([
      'partial',
      'partial',
      'partial',
      'partial',
    ])
    const last = report.invocations[3]
    const seq2 = report.records[2].sequenceNumber
    expect(report.destinations.map((d) => d.message)).toEqual([
      {
        requestContext: {
          requestId: last.requestId,
          functionArn: FUNCTION_ARN,
          condition: 'RetryAttemptsExhausted',
          approximateInvokeCount: 4,
        },
        responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: null },
        version: '1.0',
        timestamp: '2026-01-01T00:00:08.080Z',
        DDBStreamBatchInfo: {
          shardId: report.records[2].shardId,
          startSequenceNumber: seq2,
          endSequenceNumber: seq2,
          approximateArrivalOfFirstRecord: '2026-01-01T00:00:00Z',
          approximateArrivalOfLastRecord: '2026-01-01T00:00:00Z',
          batchSize: 1,
          streamArn: STREAM_ARN,
        },
      },
    ])
    expect(fates(report)).toEqual(['processed', 'processed', 'destination'])
    expect(checkpoints(sim.journal(), report)).toEqual([
      [1_020, 1],
      [8_080, 2],
    ])
  })

  it('A4.4: the attempt counter does not reset when a partial failure moves the checkpoint forward', () => {
    const file = scenarioFile({
      writes: puts(3),
      mapping: { MaximumRetryAttempts: 3, FunctionResponseTypes: ['ReportBatchItemFailures'] },
    })
    let calls = 0
    const byCall: ScriptedHandler = (request, records) =>
      reportFailureOf(calls++ === 0 ? 'k1' : 'k2')(request, records)
    const { report } = runScripted(normalized(file), byCall)
    // Fails k1, then k2 three times: 4 invocations in all, then the budget is spent.
    expect(starts(report)).toEqual([
      [1_000, [0, 1, 2], 1],
      [2_020, [1, 2], 2],
      [4_040, [2], 3],
      [8_060, [2], 4],
    ])
    expect(fates(report)).toEqual(['processed', 'processed', 'dropped'])
    expect(calls).toBe(4)
  })

  it('A4.5: a record already older than MaximumRecordAgeInSeconds is never sent: RecordAgeExceeded, count 1, no responseContext', () => {
    const file = scenarioFile({
      writes: [...puts(1, { prefix: 'old' }), ...puts(5, { atMs: 60_000 })],
      mappingCreatedAtMs: 60_000,
      durationSeconds: 120,
      mapping: { BatchSize: 10, MaximumRecordAgeInSeconds: 60, ...onFailure(SQS_ARN) },
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(starts(report)).toEqual([[61_000, [1, 2, 3, 4, 5], 1]])
    const seq0 = report.records[0].sequenceNumber
    expect(report.destinations.map((d) => [d.atMs, d.message])).toEqual([
      [
        61_000,
        {
          requestContext: {
            requestId: matching(UUID_V4),
            functionArn: FUNCTION_ARN,
            condition: 'RecordAgeExceeded',
            approximateInvokeCount: 1,
          },
          version: '1.0',
          timestamp: '2026-01-01T00:01:01.000Z',
          DDBStreamBatchInfo: {
            shardId: report.records[0].shardId,
            startSequenceNumber: seq0,
            endSequenceNumber: seq0,
            approximateArrivalOfFirstRecord: '2026-01-01T00:00:00Z',
            approximateArrivalOfLastRecord: '2026-01-01T00:00:00Z',
            batchSize: 1,
            streamArn: STREAM_ARN,
          },
        },
      ],
    ])
    expect('responseContext' in report.destinations[0].message).toBe(false)
    expect(fates(report)).toEqual([
      'destination',
      'processed',
      'processed',
      'processed',
      'processed',
      'processed',
    ])
  })

  it('A4.5: a record that grows too old while retried leaves with RecordAgeExceeded and the count of invocations so far', () => {
    const file = scenarioFile({
      writes: puts(1),
      durationSeconds: 120,
      mapping: { MaximumRecordAgeInSeconds: 60, ...onFailure(SQS_ARN) },
    })
    const { report } = runScripted(normalized(file), fail)
    expect(report.invocations.map((i) => i.startMs)).toEqual([
      1_000, 2_020, 4_040, 8_060, 16_080, 32_100,
    ])
    expect(
      report.destinations.map((d) => [
        d.atMs,
        d.message.requestContext,
        'responseContext' in d.message,
      ]),
    ).toEqual([
      [
        64_120,
        {
          requestId: report.invocations[5].requestId,
          functionArn: FUNCTION_ARN,
          condition: 'RecordAgeExceeded',
          approximateInvokeCount: 6,
        },
        false,
      ],
    ])
  })

  it('C7: retries back off 1 s, 2 s, 4 s … after each completion, capped at 60 s', () => {
    const { sim, report } = runScripted(
      normalized(scenarioFile({ writes: puts(1), durationSeconds: 200 })),
      fail,
    )
    expect(report.invocations.map((i) => i.startMs)).toEqual([
      1_000, 2_020, 4_040, 8_060, 16_080, 32_100, 64_120, 124_140, 184_160,
    ])
    const backoffs = sim
      .journal()
      .flatMap((e) => (e.type === 'retryScheduled' ? [e.retryAtMs - e.atMs] : []))
    expect(backoffs).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000])
  })

  it('C11: too old means now − ApproximateCreationDateTime (whole seconds) > MaximumRecordAgeInSeconds, strictly', () => {
    const firstPoll = (createdAtMs: number, writeAtMs: number) => {
      const file = scenarioFile({
        writes: puts(1, { atMs: writeAtMs }),
        mappingCreatedAtMs: createdAtMs,
        durationSeconds: 120,
        mapping: { MaximumRecordAgeInSeconds: 60 },
      })
      const { report } = runScripted(normalized(file), succeed)
      return [report.invocations.map((i) => i.startMs), fates(report)]
    }
    expect(firstPoll(59_000, 0)).toEqual([[60_000], ['processed']])
    expect(firstPoll(59_001, 0)).toEqual([[], ['dropped']])
    // Written at 999 ms, its creation second is 0: at 60 001 ms it counts as 60.001 s old.
    expect(firstPoll(59_001, 999)).toEqual([[], ['dropped']])
  })

  it('C12: records that were only ever throttled expire by age with approximateInvokeCount 1', () => {
    const file = scenarioFile({
      writes: puts(1),
      durationSeconds: 120,
      function: { ReservedConcurrentExecutions: 0 },
      mapping: { MaximumRecordAgeInSeconds: 60, ...onFailure(SQS_ARN) },
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(report.invocations).toEqual([])
    expect(report.throttles.map((t) => t.atMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000,
    ])
    expect(report.destinations.map((d) => [d.atMs, d.message.requestContext])).toEqual([
      [
        64_000,
        {
          requestId: matching(UUID_V4),
          functionArn: FUNCTION_ARN,
          condition: 'RecordAgeExceeded',
          approximateInvokeCount: 1,
        },
      ],
    ])
  })
})
