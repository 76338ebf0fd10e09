import { describe, expect, it } from 'vitest'
import { compareSequenceNumbers } from '../index'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, type ScriptedHandler } from '../testing/runScripted'
import {
  FUNCTION_ARN,
  SQS_ARN,
  STREAM_ARN,
  checkpoints,
  fates,
  onFailure,
  returning,
  starts,
  throwing,
} from '../testing/expectations'
import { readBatchItemFailures } from './partialResponse'

const RBIF = { FunctionResponseTypes: ['ReportBatchItemFailures'] }

const keyOf = (r: { keys: Record<string, unknown> }) => (r.keys.pk as { S: string }).S

/** Reports as failed every record of the batch whose key is in `keys`, in the order of `keys`. */
function failing(...keys: string[]): ScriptedHandler {
  return (_request, records) =>
    returning({
      batchItemFailures: keys.flatMap((k) =>
        records.filter((r) => keyOf(r) === k).map((r) => ({ itemIdentifier: r.sequenceNumber })),
      ),
    })
}

describe('ReportBatchItemFailures (docs/semantics.md A5, C2, C9)', () => {
  it('A5.2: sequence numbers are compared as numbers, not as strings', () => {
    expect(compareSequenceNumbers('99', '100')).toBe(-1)
    expect(compareSequenceNumbers('800000000000000000000', '1000000000000000000000')).toBe(-1)
    expect(compareSequenceNumbers('1000000000000000000000', '999999999999999999999')).toBe(1)
    expect(compareSequenceNumbers('800000000000000000001', '800000000000000000001')).toBe(0)
    // A string comparison would pick "1000…" as the lowest; the checkpoint goes before "999…".
    const seqs = ['999999999999999999999', '1000000000000000000000', '1000000000000000000001']
    const response = {
      batchItemFailures: [
        { itemIdentifier: seqs[2] },
        { itemIdentifier: seqs[1] },
        { itemIdentifier: seqs[0] },
      ],
    }
    expect(readBatchItemFailures(response, seqs)).toEqual({ kind: 'partial', failedFrom: 0 })
    expect(
      readBatchItemFailures(
        { batchItemFailures: [{ itemIdentifier: seqs[2] }, { itemIdentifier: seqs[1] }] },
        seqs,
      ),
    ).toEqual({
      kind: 'partial',
      failedFrom: 1,
    })
  })

  it('A5.2: the checkpoint goes to the lowest failed sequence number, whatever order the failures are listed in', () => {
    const file = scenarioFile({ writes: puts(5), mapping: { ...RBIF, MaximumRetryAttempts: 1 } })
    const run = runScripted(normalized(file), failingOnce('k3', 'k1'))
    expect(starts(run.report)).toEqual([
      [1_000, [0, 1, 2, 3, 4], 1],
      [2_020, [1, 2, 3, 4], 2],
    ])
    expect(checkpoints(run.sim.journal(), run.report)).toEqual([
      [1_020, 0],
      [2_040, 4],
    ])
    expect(run.report.invocations.map((i) => i.outcome)).toEqual(['partial', 'success'])
  })

  it('C9: the retry holds exactly the remaining records, even when newer records arrived meanwhile', () => {
    const file = scenarioFile({
      writes: [...puts(3), ...puts(2, { atMs: 1_500, prefix: 'n' })],
      mapping: { ...RBIF, MaximumRetryAttempts: 3 },
    })
    const { report } = runScripted(normalized(file), failingOnce('k1'))
    expect(starts(report)).toEqual([
      [1_000, [0, 1, 2], 1],
      [2_020, [1, 2], 2],
      [2_040, [3, 4], 1],
    ])
    expect(fates(report)).toEqual(['processed', 'processed', 'processed', 'processed', 'processed'])
  })

  it('A4.4/A5.6: the retry budget is shared across partial retries; the failure record describes only the remaining records', () => {
    const file = scenarioFile({
      writes: puts(3),
      mapping: { ...RBIF, BatchSize: 3, MaximumRetryAttempts: 3, ...onFailure(SQS_ARN) },
    })
    const { sim, report } = runScripted(normalized(file), failing('k1'))
    expect(starts(report)).toEqual([
      [1_000, [0, 1, 2], 1],
      [2_020, [1, 2], 2],
      [4_040, [1, 2], 3],
      [8_060, [1, 2], 4],
    ])
    const last = report.invocations[3]
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
          shardId: report.records[1].shardId,
          startSequenceNumber: report.records[1].sequenceNumber,
          endSequenceNumber: report.records[2].sequenceNumber,
          approximateArrivalOfFirstRecord: '2026-01-01T00:00:00Z',
          approximateArrivalOfLastRecord: '2026-01-01T00:00:00Z',
          batchSize: 2,
          streamArn: STREAM_ARN,
        },
      },
    ])
    expect(fates(report)).toEqual(['processed', 'destination', 'destination'])
    expect(checkpoints(sim.journal(), report)).toEqual([
      [1_020, 0],
      [8_080, 2],
    ])
  })

  it('A5.3: every complete-success variant gives exactly 1 invocation', () => {
    const variants: unknown[] = [
      [],
      null,
      {},
      { batchItemFailures: [] },
      { batchItemFailures: null },
      '',
    ]
    for (const response of variants) {
      const file = scenarioFile({ writes: puts(1), mapping: { ...RBIF, MaximumRetryAttempts: 3 } })
      const { report } = runScripted(normalized(file), () => returning(response))
      expect([
        JSON.stringify(response),
        report.invocations.map((i) => i.outcome),
        fates(report),
      ]).toEqual([JSON.stringify(response), ['success'], ['processed']])
    }
  })

  it('A5.4/C2: every complete-failure variant gives 4 invocations of the same batch (MRA 3) and a failure record with count 4', () => {
    const notInBatch = '900000000000000000000000'
    const variants: unknown[] = [
      { batchItemFailures: [{ itemIdentifier: '' }] },
      { batchItemFailures: [{ itemIdentifier: null }] },
      { batchItemFailures: [{ foo: 123 }] },
      { batchItemFailures: [{ foo: null }] },
      { batchItemFailures: [{ itemIdentifier: 123 }] },
      { batchItemFailures: [{ itemIdentifier: notInBatch }] },
    ]
    for (const response of variants) {
      const file = scenarioFile({
        writes: puts(1),
        mapping: { ...RBIF, MaximumRetryAttempts: 3, ...onFailure(SQS_ARN) },
      })
      const { report } = runScripted(normalized(file), () => returning(response))
      const seen = {
        response: JSON.stringify(response),
        batches: report.invocations.map((i) => [i.recordIndexes, i.attempt, i.outcome]),
        destinations: report.destinations.map((d) => [
          (d.message.requestContext as Record<string, unknown>).approximateInvokeCount,
          d.message.responseContext,
          (d.message.DDBStreamBatchInfo as Record<string, unknown>).batchSize,
        ]),
      }
      expect(seen).toEqual({
        response: JSON.stringify(response),
        batches: [1, 2, 3, 4].map((attempt) => [[0], attempt, 'error']),
        destinations: [
          [4, { statusCode: 200, executedVersion: '$LATEST', functionError: null }, 1],
        ],
      })
    }
  })

  it('A5.1: without the flag a returned batchItemFailures is ignored and the batch succeeds', () => {
    const file = scenarioFile({ writes: puts(3), mapping: { MaximumRetryAttempts: 3 } })
    const { sim, report } = runScripted(normalized(file), failing('k1'))
    expect(starts(report)).toEqual([[1_000, [0, 1, 2], 1]])
    expect(report.invocations[0].outcome).toBe('success')
    expect(fates(report)).toEqual(['processed', 'processed', 'processed'])
    expect(checkpoints(sim.journal(), report)).toEqual([[1_020, 2]])
  })

  it('A5.5: failure records are functionError null / 200 after a partial response, "Unhandled" after a thrown error', () => {
    const run = (handler: ScriptedHandler) => {
      const file = scenarioFile({
        writes: puts(2),
        mapping: { ...RBIF, MaximumRetryAttempts: 0, ...onFailure(SQS_ARN) },
      })
      return runScripted(normalized(file), handler).report.destinations.map(
        (d) => d.message.responseContext,
      )
    }
    expect(run(failing('k0'))).toEqual([
      { statusCode: 200, executedVersion: '$LATEST', functionError: null },
    ])
    expect(run(() => throwing('Error', 'boom'))).toEqual([
      { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    ])
  })

  it('A5.2: a failure naming the first record checkpoints nothing and retries the whole batch as partial', () => {
    const file = scenarioFile({ writes: puts(2), mapping: { ...RBIF, MaximumRetryAttempts: 1 } })
    const { sim, report } = runScripted(normalized(file), failing('k0'))
    expect(starts(report)).toEqual([
      [1_000, [0, 1], 1],
      [2_020, [0, 1], 2],
    ])
    expect(report.invocations.map((i) => i.outcome)).toEqual(['partial', 'partial'])
    expect(fates(report)).toEqual(['dropped', 'dropped'])
    expect(checkpoints(sim.journal(), report)).toEqual([[2_040, 1]])
  })
})

/** Reports `keys` as failed on the first invocation, then succeeds. */
function failingOnce(...keys: string[]): ScriptedHandler {
  let calls = 0
  return (request, records) =>
    calls++ === 0 ? failing(...keys)(request, records) : returning(null)
}
