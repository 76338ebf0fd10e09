import type { RunReport } from '../../src/engine'
import { fates, msg, type Fact } from './shared'

const windowOf = (r: RunReport) =>
  r.invocations.map((i) => {
    const e = i.event as {
      window: { start: string }
      state: { count?: number }
      isFinalInvokeForWindow: boolean
    }
    return [e.window.start, e.state.count ?? 0, e.isFinalInvokeForWindow, i.recordIndexes.length]
  })

/** Issue 3: bisect, partial responses, parallelization, filters, windows, TTL, a day-long poison pill. */
export const ADVANCED_CHECKS: Record<string, (report: RunReport) => Fact[]> = {
  'bisect-poison-pill.json': (r: RunReport): Fact[] => [
    [
      'C1 bisect sequence [1-4]✗ [1,2]✓ [3,4]✗ [3]✗✗✗ [4]✓',
      r.invocations.map((i) => [i.recordIndexes, i.attempt, i.outcome]),
      [
        [[0, 1, 2, 3], 1, 'error'],
        [[0, 1], 1, 'success'],
        [[2, 3], 1, 'error'],
        [[2], 1, 'error'],
        [[2], 2, 'error'],
        [[2], 3, 'error'],
        [[3], 1, 'success'],
      ],
    ],
    [
      'C1 a split spends no retry: no backoff before the halves',
      r.invocations.slice(0, 4).map((i) => i.startMs),
      [2000, 2020, 2040, 2060],
    ],
    [
      'C1/C20 one failure record for the isolated record',
      r.destinations.map((d) => [
        msg(r, 0).requestContext.approximateInvokeCount,
        msg(r, 0).DDBStreamBatchInfo.batchSize,
        d.kind,
      ]),
      [[3, 1, 'sqs']],
    ],
    ['fates', fates(r), ['processed', 'processed', 'destination', 'processed']],
  ],
  'partial-batch-response.json': (r: RunReport): Fact[] => [
    [
      'A5.2 retry from the failed record; A4.4 shared budget: 4 invocations',
      r.invocations.map((i) => [i.recordIndexes, i.attempt, i.outcome]),
      [
        [[0, 1, 2], 1, 'partial'],
        [[2], 2, 'partial'],
        [[2], 3, 'partial'],
        [[2], 4, 'partial'],
      ],
    ],
    [
      'A4.4 approximateInvokeCount 4, batchSize 1',
      [msg(r, 0).requestContext.approximateInvokeCount, msg(r, 0).DDBStreamBatchInfo.batchSize],
      [4, 1],
    ],
    [
      'A5.5 functionError null for a partial response',
      msg(r, 0).responseContext,
      { statusCode: 200, executedVersion: '$LATEST', functionError: null },
    ],
    ['fates', fates(r), ['processed', 'processed', 'destination']],
  ],
  'partial-batch-rewind.json': (r: RunReport): Fact[] => [
    [
      'A5.2 the retry starts at the lowest reported failure: payment-3 comes again',
      r.invocations.map((i) => [i.recordIndexes, i.attempt, i.outcome]),
      [
        [[0, 1, 2], 1, 'partial'],
        [[1, 2], 2, 'partial'],
      ],
    ],
    [
      'A6.2 the retried batch goes to SNS: approximateInvokeCount 2, batchSize 2',
      [
        r.destinations.map((d) => d.kind),
        msg(r, 0).requestContext.approximateInvokeCount,
        msg(r, 0).DDBStreamBatchInfo.batchSize,
      ],
      [['sns'], 2, 2],
    ],
    [
      'A6.2 the message points at payment-2 to payment-3',
      [
        msg(r, 0).DDBStreamBatchInfo.startSequenceNumber,
        msg(r, 0).DDBStreamBatchInfo.endSequenceNumber,
      ],
      [r.records[1].sequenceNumber, r.records[2].sequenceNumber],
    ],
    ['fates', fates(r), ['processed', 'destination', 'destination']],
  ],
  'parallelization.json': (r: RunReport): Fact[] => {
    const device = (i: number) => (r.records[i].keys as { device: { S: string } }).device.S
    const overlapping = r.invocations.some((a, x) =>
      r.invocations.some((b, y) => x < y && a.startMs < b.endMs && b.startMs < a.endMs),
    )
    const keyClash = r.invocations.some((a, x) =>
      r.invocations.some(
        (b, y) =>
          x < y &&
          a.startMs < b.endMs &&
          b.startMs < a.endMs &&
          a.recordIndexes.some((i) => b.recordIndexes.some((j) => device(i) === device(j))),
      ),
    )
    const order = [...new Set(r.records.map((x) => device(x.index)))].every((d) => {
      const seen = r.invocations.flatMap((i) => i.recordIndexes).filter((i) => device(i) === d)
      return seen.every((v, k) => k === 0 || v > seen[k - 1])
    })
    return [
      ['A10 batches of one shard run concurrently', overlapping, true],
      ['A10 a partition key is never in two concurrent batches', keyClash, false],
      ['A10 each key is processed in stream order', order, true],
      [
        'A10 at most 4 concurrent executions',
        Math.max(...r.metrics.ConcurrentExecutions.map((p) => p[1])),
        4,
      ],
      [
        'every record processed once',
        r.invocations.flatMap((i) => i.recordIndexes).sort((a, b) => a - b),
        r.records.map((x) => x.index),
      ],
    ]
  },
  'filters.json': (r: RunReport): Fact[] => [
    [
      'A8 INSERT and status "urgent" pass; a numeric filter never matches an N value',
      fates(r),
      ['processed', 'processed', 'filtered', 'filtered'],
    ],
    [
      'A8.2 filtered records take no batch slot and are not sent',
      r.invocations.map((i) => i.recordIndexes),
      [[0], [1]],
    ],
    [
      'A11 FilteredOutEventCount',
      r.metrics.FilteredOutEventCount.map((p) => p[1]).reduce((a, b) => a + b, 0),
      2,
    ],
  ],
  'tumbling-window.json': (r: RunReport): Fact[] => [
    [
      'A7/C8 state carried within a window, final invocation with no records after it ends',
      windowOf(r),
      [
        ['2026-01-01T00:00:00Z', 0, false, 1],
        ['2026-01-01T00:00:00Z', 1, false, 1],
        ['2026-01-01T00:00:00Z', 2, false, 1],
        ['2026-01-01T00:00:00Z', 3, true, 0],
        ['2026-01-01T00:00:10Z', 0, false, 1],
        ['2026-01-01T00:00:10Z', 1, false, 1],
        ['2026-01-01T00:00:10Z', 2, false, 1],
        ['2026-01-01T00:00:10Z', 3, true, 0],
        ['2026-01-01T00:00:20Z', 0, false, 1],
        ['2026-01-01T00:00:20Z', 1, false, 1],
        ['2026-01-01T00:00:20Z', 2, true, 0],
      ],
    ],
  ],
  'ttl-expiry.json': (r: RunReport): Fact[] => [
    [
      'A1.8 TTL delete at the first whole minute after expiry',
      r.records.map((x) => [x.eventName, x.createdAtMs]),
      [
        ['INSERT', 1000],
        ['INSERT', 2000],
        ['REMOVE', 3000],
        ['REMOVE', 120000],
      ],
    ],
    [
      'A1.8 only the TTL delete carries userIdentity, and the filter passes only it',
      fates(r),
      ['filtered', 'filtered', 'filtered', 'processed'],
    ],
    [
      'A1.8 userIdentity',
      (r.invocations[0].event as { Records: Array<{ userIdentity?: unknown }> }).Records[0]
        .userIdentity,
      { type: 'Service', principalId: 'dynamodb.amazonaws.com' },
    ],
  ],
  'poison-pill-day.json': (r: RunReport): Fact[] => [
    [
      'A4.2 retried until the record leaves the stream 24 h later',
      [r.records[0].fate, r.invocations.filter((i) => i.recordIndexes.includes(0)).length],
      ['expired', 1445],
    ],
    [
      'A4.2 the shard is blocked meanwhile: the next record waits for the first retry after the 24 h trim (65,120 + 1,439 × 60,020 ms)',
      r.invocations.find((i) => i.recordIndexes.includes(1))?.startMs,
      86_433_900,
    ],
    [
      'C7 backoff doubles from 1 s to a 60 s cap',
      r.invocations.slice(0, 9).map((i, k, all) => (k === 0 ? 0 : i.startMs - all[k - 1].endMs)),
      [0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000],
    ],
  ],
}
