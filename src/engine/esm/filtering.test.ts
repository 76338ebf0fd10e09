import { describe, expect, it } from 'vitest'
import { normalized, scenarioFile } from '../testing/fixtures'
import { fail as failing, runScripted, succeed } from '../testing/runScripted'
import { checkpoints, fates, starts } from '../testing/expectations'

/** A put of `{pk: key, ...attrs}` at `atMs`, attributes in DynamoDB JSON. */
const put = (key: string, attrs: Record<string, unknown> = {}, atMs = 0) => ({
  atMs,
  PutItem: { Item: { pk: { S: key }, ...attrs } },
})
const del = (key: string, atMs = 0) => ({ atMs, DeleteItem: { Key: { pk: { S: key } } } })
const filters = (...patterns: unknown[]) => ({
  FilterCriteria: { Filters: patterns.map((p) => ({ Pattern: JSON.stringify(p) })) },
})
const EVENT_COUNT = { MetricsConfig: { Metrics: ['EventCount'] } }
const blue = { dynamodb: { NewImage: { color: { S: ['blue'] } } } }

function run(writes: unknown[], mapping: Record<string, unknown>, handler = succeed) {
  return runScripted(normalized(scenarioFile({ writes, mapping })), handler)
}

describe('FilterCriteria inside a run (docs/semantics.md A8, C4, C17)', () => {
  it('C17: filtered-out records take no batch slot: BatchSize 2 with every other record filtered gives batches of 2 matching records', () => {
    const writes = Array.from({ length: 8 }, (_, i) =>
      put(`k${i}`, { color: { S: i % 2 ? 'red' : 'blue' } }),
    )
    const { sim, report } = run(writes, { BatchSize: 2, ...filters(blue), ...EVENT_COUNT })
    expect(starts(report)).toEqual([
      [1_000, [0, 2], 1],
      [1_020, [4, 6], 1],
    ])
    expect(fates(report)).toEqual([
      'processed',
      'filtered',
      'processed',
      'filtered',
      'processed',
      'filtered',
      'processed',
      'filtered',
    ])
    expect(checkpoints(sim.journal(), report)).toEqual([
      [1_020, 2],
      [1_020, 3],
      [1_040, 6],
      [1_040, 7],
    ])
    expect(report.metrics.PolledEventCount).toEqual([[1_000, 8]])
    expect(report.metrics.FilteredOutEventCount).toEqual([[1_000, 4]])
    expect(report.metrics.InvokedEventCount).toEqual([[1_000, 4]])
  })

  it('A8.2: filtered records get fate "filtered" when read, are checkpointed, and are never retried nor block', () => {
    const writes = [
      put('k0', { color: { S: 'red' } }),
      put('k1', { color: { S: 'blue' } }),
      put('k2', { color: { S: 'red' } }),
    ]
    const { sim, report } = run(writes, { MaximumRetryAttempts: 1, ...filters(blue) }, failing)
    expect(starts(report)).toEqual([
      [1_000, [1], 1],
      [2_020, [1], 2],
    ])
    const filteredAt = sim
      .journal()
      .flatMap((e) =>
        e.type === 'fate' && e.fate === 'filtered' ? [[e.atMs, e.recordIndexes, e.rule]] : [],
      )
    expect(filteredAt).toEqual([[1_000, [0, 2], 'filter.match']])
    // Record 0 is checkpointed at once; record 2 waits behind the failing record 1 only for the checkpoint.
    expect(checkpoints(sim.journal(), report)).toEqual([
      [1_000, 0],
      [2_040, 2],
    ])
    expect(fates(report)).toEqual(['filtered', 'dropped', 'filtered'])
  })

  it('A8.2: a run where every record is filtered out never invokes the function and checkpoints everything', () => {
    const writes = [put('k0'), put('k1'), put('k2')]
    const { sim, report } = run(writes, filters({ eventName: ['REMOVE'] }))
    expect(report.invocations).toEqual([])
    expect(fates(report)).toEqual(['filtered', 'filtered', 'filtered'])
    expect(checkpoints(sim.journal(), report)).toEqual([[1_000, 2]])
  })

  it('C4/A8.5: metadata keys are filterable (eventName, eventSource, awsRegion, eventSourceARN)', () => {
    const writes = [put('k0'), put('k0', { v: { N: '1' } }), del('k0')]
    expect(
      fates(run(writes, filters({ eventName: ['INSERT'], eventSource: ['aws:dynamodb'] })).report),
    ).toEqual(['processed', 'filtered', 'filtered'])
    expect(fates(run(writes, filters({ eventName: ['MODIFY', 'REMOVE'] })).report)).toEqual([
      'filtered',
      'processed',
      'processed',
    ])
    expect(fates(run(writes, filters({ awsRegion: ['eu-west-1'] })).report)).toEqual([
      'filtered',
      'filtered',
      'filtered',
    ])
    expect(
      fates(
        run(writes, filters({ eventSourceARN: [{ prefix: 'arn:aws:dynamodb:us-east-1:' }] }))
          .report,
      ),
    ).toEqual(['processed', 'processed', 'processed'])
  })

  it('A8.4/A8.5: numeric never matches an N value; anything-but still does; ApproximateCreationDateTime is a number', () => {
    const writes = [
      put('k0', { n: { N: '150' } }),
      put('k1', { n: { N: '101' } }),
      put('k2', { n: { N: '42' } }),
    ]
    const numeric = { dynamodb: { NewImage: { n: { N: [{ numeric: ['>', 100] }] } } } }
    expect(fates(run(writes, filters(numeric)).report)).toEqual([
      'filtered',
      'filtered',
      'filtered',
    ])
    const mixed = {
      dynamodb: { NewImage: { n: { N: [{ numeric: ['>', 100] }, { 'anything-but': '101' }] } } },
    }
    expect(fates(run(writes, filters(mixed)).report)).toEqual([
      'processed',
      'filtered',
      'processed',
    ])
    const created = { dynamodb: { ApproximateCreationDateTime: [{ numeric: ['>', 0] }] } }
    expect(fates(run(writes, filters(created)).report)).toEqual([
      'processed',
      'processed',
      'processed',
    ])
  })

  it('A8.5: exists:false on an intermediate node matches an item that has the attribute; exists on the leaf works', () => {
    const writes = [put('k0', { presentKey: { S: 'x' } }), put('k1')]
    const intermediate = { dynamodb: { NewImage: { presentKey: [{ exists: false }] } } }
    expect(fates(run(writes, filters(intermediate)).report)).toEqual(['processed', 'processed'])
    const leafTrue = { dynamodb: { NewImage: { presentKey: { S: [{ exists: true }] } } } }
    expect(fates(run(writes, filters(leafTrue)).report)).toEqual(['processed', 'filtered'])
    const leafFalse = { dynamodb: { NewImage: { presentKey: { S: [{ exists: false }] } } } }
    expect(fates(run(writes, filters(leafFalse)).report)).toEqual(['filtered', 'processed'])
  })

  it('A8.1: several filters are ORed', () => {
    const writes = [
      put('k0', { color: { S: 'blue' } }),
      put('k1', { color: { S: 'red' } }),
      put('k2', { color: { S: 'green' } }),
    ]
    const red = { dynamodb: { NewImage: { color: { S: ['red'] } } } }
    expect(fates(run(writes, filters(blue, red)).report)).toEqual([
      'processed',
      'processed',
      'filtered',
    ])
  })

  it('A8.2: with a batching window, the filter decides per record whether it joins the batch', () => {
    const writes = [
      put('k0', { color: { S: 'blue' } }, 0),
      put('k1', { color: { S: 'red' } }, 1_300),
      put('k2', { color: { S: 'blue' } }, 1_600),
    ]
    const { report } = run(writes, {
      MaximumBatchingWindowInSeconds: 2,
      ...filters(blue),
      ...EVENT_COUNT,
    })
    expect(starts(report)).toEqual([[3_000, [0, 2], 1]])
    expect(fates(report)).toEqual(['processed', 'filtered', 'processed'])
    // Polls at 1 000, 1 500 and 1 750 ms read one record each (one-second metric buckets).
    expect(report.metrics.PolledEventCount).toEqual([[1_000, 3]])
    expect(report.metrics.FilteredOutEventCount).toEqual([[1_000, 1]])
  })
})
