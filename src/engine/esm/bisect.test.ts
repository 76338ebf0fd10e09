import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, type ScriptedHandler } from '../testing/runScripted'
import {
  FUNCTION_ARN,
  SQS_ARN,
  STREAM_ARN,
  checkpoints,
  fates,
  onFailure,
  poison,
  returning,
  starts,
  throwing,
} from '../testing/expectations'
import type { SimEvent } from '../model/events'

const BISECT = { BisectBatchOnFunctionError: true }

function splits(journal: readonly SimEvent[]): Array<[number, number[][]]> {
  return journal.flatMap((e) =>
    e.type === 'batchSplit' ? [[e.atMs, e.halves] as [number, number[][]]] : [],
  )
}

/** Fails every batch holding a record of one of `keys`. */
function poisons(...keys: string[]): ScriptedHandler {
  return (_request, records) =>
    records.some((r) => keys.includes((r.keys.pk as { S: string }).S))
      ? throwing('Error', 'poison')
      : returning(null)
}

describe('BisectBatchOnFunctionError (docs/semantics.md C1, A4.6)', () => {
  it('C1: a failing batch is split at ceil(n/2), first half first, until the poison record is alone: [r1..r4]✗ [r1,r2]✓ [r3,r4]✗ [r3]✗ … [r4]✓', () => {
    const file = scenarioFile({
      writes: puts(4),
      mapping: { ...BISECT, MaximumRetryAttempts: 2, ...onFailure(SQS_ARN) },
    })
    const { sim, report } = runScripted(normalized(file), poison('k2'))
    expect(starts(report)).toEqual([
      [1_000, [0, 1, 2, 3], 1],
      [1_020, [0, 1], 1],
      [1_040, [2, 3], 1],
      [1_060, [2], 1],
      [2_080, [2], 2],
      [4_100, [2], 3],
      [4_120, [3], 1],
    ])
    expect(report.invocations.map((i) => i.outcome)).toEqual([
      'error',
      'success',
      'error',
      'error',
      'error',
      'error',
      'success',
    ])
    expect(splits(sim.journal())).toEqual([
      [
        1_020,
        [
          [0, 1],
          [2, 3],
        ],
      ],
      [1_060, [[2], [3]]],
    ])
    expect(fates(report)).toEqual(['processed', 'processed', 'destination', 'processed'])
    expect(checkpoints(sim.journal(), report)).toEqual([
      [1_040, 1],
      [4_120, 2],
      [4_140, 3],
    ])
  })

  it('C1: splitting spends no retry: a split never schedules a backoff, only the lone record does', () => {
    const file = scenarioFile({ writes: puts(4), mapping: { ...BISECT, MaximumRetryAttempts: 2 } })
    const { sim } = runScripted(normalized(file), poison('k2'))
    const retries = sim
      .journal()
      .flatMap((e) => (e.type === 'retryScheduled' ? [[e.atMs, e.recordIndexes, e.retryAtMs]] : []))
    expect(retries).toEqual([
      [1_080, [2], 2_080],
      [2_100, [2], 4_100],
    ])
  })

  it('C1: a lone failing record is retried MaximumRetryAttempts times: MRA + 1 one-record invocations (MRA 0, 1, 3)', () => {
    for (const mra of [0, 1, 3]) {
      const file = scenarioFile({
        writes: puts(2),
        mapping: { ...BISECT, MaximumRetryAttempts: mra },
      })
      const { report } = runScripted(normalized(file), poison('k0'))
      const lone = report.invocations.filter(
        (i) => i.recordIndexes.length === 1 && i.recordIndexes[0] === 0,
      )
      expect(lone.map((i) => i.attempt)).toEqual(Array.from({ length: mra + 1 }, (_, i) => i + 1))
      expect(fates(report)).toEqual(['dropped', 'processed'])
    }
  })

  it("C1/C20: the isolated record's failure record has batchSize 1, start = end, and approximateInvokeCount = attempts on that sub-batch", () => {
    const file = scenarioFile({
      writes: puts(4),
      mapping: { ...BISECT, MaximumRetryAttempts: 2, ...onFailure(SQS_ARN) },
    })
    const { report } = runScripted(normalized(file), poison('k2'))
    const last = report.invocations[5]
    const seq = report.records[2].sequenceNumber
    expect(report.destinations.map((d) => [d.atMs, d.message])).toEqual([
      [
        4_120,
        {
          requestContext: {
            requestId: last.requestId,
            functionArn: FUNCTION_ARN,
            condition: 'RetryAttemptsExhausted',
            approximateInvokeCount: 3,
          },
          responseContext: {
            statusCode: 200,
            executedVersion: '$LATEST',
            functionError: 'Unhandled',
          },
          version: '1.0',
          timestamp: '2026-01-01T00:00:04.120Z',
          DDBStreamBatchInfo: {
            shardId: report.records[2].shardId,
            startSequenceNumber: seq,
            endSequenceNumber: seq,
            approximateArrivalOfFirstRecord: '2026-01-01T00:00:00Z',
            approximateArrivalOfLastRecord: '2026-01-01T00:00:00Z',
            batchSize: 1,
            streamArn: STREAM_ARN,
          },
        },
      ],
    ])
  })

  it('C1: odd sizes split at ceil(n/2): 5 → 3 + 2, 7 → 4 + 3, 3 → 2 + 1', () => {
    const run = (count: number, key: string) => {
      const file = scenarioFile({
        writes: puts(count),
        mapping: { ...BISECT, MaximumRetryAttempts: 0 },
      })
      const { sim, report } = runScripted(normalized(file), poison(key))
      return {
        halves: splits(sim.journal()).map(([, h]) => h),
        batches: report.invocations.map((i) => i.recordIndexes),
      }
    }
    expect(run(5, 'k4')).toEqual({
      halves: [
        [
          [0, 1, 2],
          [3, 4],
        ],
        [[3], [4]],
      ],
      batches: [[0, 1, 2, 3, 4], [0, 1, 2], [3, 4], [3], [4]],
    })
    expect(run(7, 'k6')).toEqual({
      halves: [
        [
          [0, 1, 2, 3],
          [4, 5, 6],
        ],
        [[4, 5], [6]],
      ],
      batches: [[0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3], [4, 5, 6], [4, 5], [6]],
    })
    expect(run(3, 'k0')).toEqual({
      halves: [
        [[0, 1], [2]],
        [[0], [1]],
      ],
      batches: [[0, 1, 2], [0, 1], [0], [1], [2]],
    })
  })

  it('C20: two poison records in one batch are isolated separately, one failure record each', () => {
    const file = scenarioFile({
      writes: puts(4),
      mapping: { ...BISECT, MaximumRetryAttempts: 0, ...onFailure(SQS_ARN) },
    })
    const { report } = runScripted(normalized(file), poisons('k1', 'k2'))
    expect(report.invocations.map((i) => i.recordIndexes)).toEqual([
      [0, 1, 2, 3],
      [0, 1],
      [0],
      [1],
      [2, 3],
      [2],
      [3],
    ])
    const infos = report.destinations.map(
      (d) => d.message.DDBStreamBatchInfo as Record<string, unknown>,
    )
    expect(infos.map((i) => [i.startSequenceNumber, i.endSequenceNumber, i.batchSize])).toEqual([
      [report.records[1].sequenceNumber, report.records[1].sequenceNumber, 1],
      [report.records[2].sequenceNumber, report.records[2].sequenceNumber, 1],
    ])
    expect(
      report.destinations.map(
        (d) =>
          (d.message.requestContext as { approximateInvokeCount: number }).approximateInvokeCount,
      ),
    ).toEqual([1, 1])
    expect(fates(report)).toEqual(['processed', 'destination', 'destination', 'processed'])
  })

  it('C1: a timeout bisects like a thrown error', () => {
    const file = scenarioFile({ writes: puts(2), mapping: { ...BISECT, MaximumRetryAttempts: 0 } })
    const handler: ScriptedHandler = (_r, records) =>
      records.some((r) => (r.keys.pk as { S: string }).S === 'k1')
        ? { kind: 'timeout', logs: [] }
        : returning(null)
    const { report } = runScripted(normalized(file), handler)
    expect(report.invocations.map((i) => [i.recordIndexes, i.outcome])).toEqual([
      [[0, 1], 'timeout'],
      [[0], 'success'],
      [[1], 'timeout'],
    ])
    expect(fates(report)).toEqual(['processed', 'dropped'])
  })

  it('A4.6: with ReportBatchItemFailures a partial response retries from the reported record, without splitting', () => {
    const file = scenarioFile({
      writes: puts(4),
      mapping: {
        ...BISECT,
        MaximumRetryAttempts: 1,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ...onFailure(SQS_ARN),
      },
    })
    const handler: ScriptedHandler = (_r, records) => {
      const bad = records.find((r) => (r.keys.pk as { S: string }).S === 'k2')
      return returning({ batchItemFailures: bad ? [{ itemIdentifier: bad.sequenceNumber }] : [] })
    }
    const { sim, report } = runScripted(normalized(file), handler)
    expect(starts(report)).toEqual([
      [1_000, [0, 1, 2, 3], 1],
      [2_020, [2, 3], 2],
    ])
    expect(splits(sim.journal())).toEqual([])
    const info = report.destinations[0].message.DDBStreamBatchInfo as Record<string, unknown>
    expect([info.startSequenceNumber, info.endSequenceNumber, info.batchSize]).toEqual([
      report.records[2].sequenceNumber,
      report.records[3].sequenceNumber,
      2,
    ])
    expect(report.destinations[0].message.responseContext).toEqual({
      statusCode: 200,
      executedVersion: '$LATEST',
      functionError: null,
    })
    expect(fates(report)).toEqual(['processed', 'processed', 'destination', 'destination'])
  })

  it('A4.6: a thrown error bisects whatever ReportBatchItemFailures says', () => {
    const file = scenarioFile({
      writes: puts(4),
      mapping: {
        ...BISECT,
        MaximumRetryAttempts: 0,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      },
    })
    const { report } = runScripted(normalized(file), poison('k2'))
    expect(report.invocations.map((i) => i.recordIndexes)).toEqual([
      [0, 1, 2, 3],
      [0, 1],
      [2, 3],
      [2],
      [3],
    ])
    expect(fates(report)).toEqual(['processed', 'processed', 'dropped', 'processed'])
  })

  it('C1: record age is never reset by a split: a poison record past MaximumRecordAgeInSeconds leaves with RecordAgeExceeded', () => {
    const file = scenarioFile({
      writes: puts(2),
      durationSeconds: 200,
      mapping: { ...BISECT, MaximumRecordAgeInSeconds: 60, ...onFailure(SQS_ARN) },
    })
    const { report } = runScripted(normalized(file), poison('k1'))
    expect(report.invocations.map((i) => [i.startMs, i.recordIndexes, i.attempt])).toEqual([
      [1_000, [0, 1], 1],
      [1_020, [0], 1],
      [1_040, [1], 1],
      [2_060, [1], 2],
      [4_080, [1], 3],
      [8_100, [1], 4],
      [16_120, [1], 5],
      [32_140, [1], 6],
    ])
    expect(
      report.destinations.map((d) => [
        d.atMs,
        (d.message.requestContext as Record<string, unknown>).condition,
      ]),
    ).toEqual([[64_160, 'RecordAgeExceeded']])
  })
})
