import { describe, expect, it } from 'vitest'
import { explainRecord } from '../index'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed } from '../testing/runScripted'
import { SQS_ARN, fates, onFailure, poison } from '../testing/expectations'
import type { SimEvent } from '../model/events'

const FINAL = ['processed', 'filtered', 'destination', 'dropped', 'expired', 'skipped', 'pending']

/** Record index → number of `fate` events naming it. */
function fateEvents(journal: readonly SimEvent[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const e of journal)
    if (e.type === 'fate') for (const i of e.recordIndexes) counts.set(i, (counts.get(i) ?? 0) + 1)
  return counts
}

describe('record fates (docs/semantics.md D12) and explainRecord', () => {
  it('D12: skipped, filtered, processed, destination and pending records each get exactly one fate', () => {
    const file = scenarioFile({
      mappingCreatedAtMs: 500,
      writes: [
        ...puts(1, { prefix: 'before' }),
        { atMs: 600, PutItem: { Item: { pk: { S: 'red' }, color: { S: 'red' } } } },
        ...puts(1, { atMs: 700, prefix: 'ok' }),
        ...puts(1, { atMs: 800, prefix: 'bad' }),
        ...puts(1, { atMs: 59_990, prefix: 'late' }),
      ],
      mapping: {
        StartingPosition: 'LATEST',
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 0,
        ...onFailure(SQS_ARN),
        FilterCriteria: {
          Filters: [
            {
              Pattern: JSON.stringify({
                dynamodb: { NewImage: { color: { S: [{ exists: false }] } } },
              }),
            },
          ],
        },
      },
    })
    const { sim, report } = runScripted(normalized(file), poison('bad0'))
    expect(fates(report)).toEqual(['skipped', 'filtered', 'processed', 'destination', 'pending'])
    const counts = fateEvents(sim.journal())
    expect(report.records.map((r) => counts.get(r.index) ?? 0)).toEqual([1, 1, 1, 1, 0])
  })

  it('D12: dropped (no destination) and expired (24 h retention) are fates too', () => {
    const dropped = runScripted(
      normalized(scenarioFile({ writes: puts(1), mapping: { MaximumRetryAttempts: 0 } })),
      poison('k0'),
    )
    expect(fates(dropped.report)).toEqual(['dropped'])
    const disabled = scenarioFile({
      writes: puts(1),
      durationSeconds: 86_401,
      mapping: { Enabled: false },
    })
    const expired = runScripted(normalized(disabled), succeed)
    expect(fates(expired.report)).toEqual(['expired'])
    for (const f of [...fates(dropped.report), ...fates(expired.report)]) expect(FINAL).toContain(f)
  })

  it('explainRecord: a poison record isolated by bisect lists its poll, batches, split, retries and fate, with rule ids', () => {
    const file = scenarioFile({
      writes: puts(4),
      mapping: { BisectBatchOnFunctionError: true, MaximumRetryAttempts: 1, ...onFailure(SQS_ARN) },
    })
    const { sim } = runScripted(normalized(file), poison('k2'))
    const history = explainRecord(sim.journal(), 2)
    expect(history.fate).toBe('destination')
    expect(history.steps.map((s) => [s.atMs, s.what, s.rule])).toEqual([
      [0, 'written to shard 0 by write 2', undefined],
      [1_000, 'read by a poll of shard 0, lane 0', 'poll.read'],
      [1_000, 'sent in invocation 1 (batch of 4, attempt 1, cold start)', undefined],
      [1_020, 'invocation 1 ended: error', undefined],
      [1_020, 'batch split in two; this record is in half 2', 'bisect.split'],
      [1_040, 'sent in invocation 3 (batch of 2, attempt 1)', undefined],
      [1_060, 'invocation 3 ended: error', undefined],
      [1_060, 'batch split in two; this record is in half 1', 'bisect.split'],
      [1_060, 'sent in invocation 4 (batch of 1, attempt 1)', undefined],
      [1_080, 'invocation 4 ended: error', undefined],
      [1_080, 'retry scheduled at 2080 ms', 'retry.backoff'],
      [2_080, 'sent in invocation 5 (batch of 1, attempt 2)', undefined],
      [2_100, 'invocation 5 ended: error', undefined],
      [2_100, 'final fate: destination', 'retry.exhausted'],
    ])
    // Each explained step cites the rules of docs/semantics.md behind it: the retry spacing is C7.
    expect(history.steps.filter((s) => s.rule !== undefined).map((s) => s.cites)).toEqual([
      ['A2.1', 'D2'],
      ['A4.6', 'C1'],
      ['A4.6', 'C1'],
      ['C7'],
      ['A4.3'],
    ])
  })

  it('explainRecord: a neighbour of the poison record shows its successful half', () => {
    const file = scenarioFile({
      writes: [
        ...puts(2),
        { atMs: 0, PutItem: { Item: { pk: { S: 'skip' }, skip: { BOOL: true } } } },
      ],
      mapping: {
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 0,
        FilterCriteria: {
          Filters: [
            {
              Pattern: JSON.stringify({
                dynamodb: { NewImage: { skip: { BOOL: [{ exists: false }] } } },
              }),
            },
          ],
        },
      },
    })
    const { sim, report } = runScripted(normalized(file), poison('k1'))
    expect(fates(report)).toEqual(['processed', 'dropped', 'filtered'])
    const explained = (i: number) =>
      explainRecord(sim.journal(), i)
        .steps.filter((s) => s.rule !== undefined)
        .map((s) => s.rule)
    expect(explained(0)).toEqual(['poll.read', 'bisect.split', 'success.checkpoint'])
    expect(explained(1)).toEqual(['poll.read', 'bisect.split', 'retry.exhausted'])
    expect(explained(2)).toEqual(['poll.read', 'filter.match'])
  })

  it('explainRecord: filter verdicts carry filter.match and the record is never sent', () => {
    const file = scenarioFile({
      writes: puts(2),
      mapping: {
        FilterCriteria: { Filters: [{ Pattern: '{"dynamodb":{"Keys":{"pk":{"S":["k1"]}}}}' }] },
      },
    })
    const { sim } = runScripted(normalized(file), succeed)
    const history = explainRecord(sim.journal(), 0)
    expect(history.fate).toBe('filtered')
    expect(history.steps.map((s) => [s.atMs, s.rule])).toEqual([
      [0, undefined],
      [1_000, 'poll.read'],
      [1_000, 'filter.match'],
    ])
  })
})
