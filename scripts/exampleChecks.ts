import type { RunReport } from '../src/engine'

/**
 * What SEMANTICS.md says must happen in each example scenario. Each check names the rule and returns the
 * facts to compare: [what, actual, expected].
 */
export type Fact = [string, unknown, unknown]

type Message = {
  requestContext: { condition: string; approximateInvokeCount: number }
  responseContext?: { functionError: string | null; statusCode: number }
  DDBStreamBatchInfo: { batchSize: number; startSequenceNumber: string; endSequenceNumber: string }
}
const msg = (report: RunReport, i: number) => report.destinations[i]?.message as unknown as Message
const dynamodbOf = (report: RunReport, inv: number) =>
  (report.invocations[inv].event as { Records: Array<{ dynamodb: Record<string, unknown> }> })
    .Records[0].dynamodb
const fates = (report: RunReport) => report.records.map((r) => r.fate)

export const EXAMPLE_CHECKS: Record<string, (report: RunReport) => Fact[]> = {
  'view-types.json': (r) => [
    [
      'A1.3 an identical PutItem makes no record',
      r.writes.map((w) => w.result),
      ['record', 'noop', 'record', 'record'],
    ],
    ['A1.2 event names', r.records.map((x) => x.eventName), ['INSERT', 'MODIFY', 'REMOVE']],
    ['A1.7 SizeBytes as in the AWS doc example', r.records.map((x) => x.sizeBytes), [26, 59, 38]],
    [
      'A1.2 INSERT carries NewImage only',
      Object.keys(dynamodbOf(r, 0)).filter((k) => k.endsWith('Image')),
      ['NewImage'],
    ],
    [
      'A1.2 MODIFY carries both images',
      Object.keys(dynamodbOf(r, 1))
        .filter((k) => k.endsWith('Image'))
        .sort(),
      ['NewImage', 'OldImage'],
    ],
    [
      'A1.2 REMOVE carries OldImage only',
      Object.keys(dynamodbOf(r, 2)).filter((k) => k.endsWith('Image')),
      ['OldImage'],
    ],
    ['every record processed', fates(r), ['processed', 'processed', 'processed']],
  ],
  'retries-to-sqs.json': (r) => [
    ['A4.3 MaximumRetryAttempts 2 → 3 invocations', r.invocations.map((i) => i.attempt), [1, 2, 3]],
    [
      'A4.3 every attempt got the same batch',
      r.invocations.map((i) => i.recordIndexes),
      [
        [0, 1],
        [0, 1],
        [0, 1],
      ],
    ],
    ['A6.2 one failure record', r.destinations.map((d) => d.kind), ['sqs']],
    ['A6.2 condition', msg(r, 0).requestContext.condition, 'RetryAttemptsExhausted'],
    ['A4.3 approximateInvokeCount = N+1', msg(r, 0).requestContext.approximateInvokeCount, 3],
    [
      'A6.2 functionError for a thrown error',
      msg(r, 0).responseContext,
      { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    ],
    ['A6.2 batchSize', msg(r, 0).DDBStreamBatchInfo.batchSize, 2],
    ['A6.5 the records are discarded to the destination', fates(r), ['destination', 'destination']],
  ],
  'record-age.json': (r) => [
    [
      'A4.5 the expired record is never sent',
      r.invocations.map((i) => i.recordIndexes),
      [[1, 2, 3, 4, 5]],
    ],
    ['A4.5 condition RecordAgeExceeded', msg(r, 0).requestContext.condition, 'RecordAgeExceeded'],
    ['A4.5 approximateInvokeCount 1', msg(r, 0).requestContext.approximateInvokeCount, 1],
    ['A4.5 batchSize 1', msg(r, 0).DDBStreamBatchInfo.batchSize, 1],
    ['A4.5 no responseContext', 'responseContext' in msg(r, 0), false],
    [
      'fates',
      fates(r),
      ['destination', 'processed', 'processed', 'processed', 'processed', 'processed'],
    ],
  ],
  'disable-reenable.json': (r) => {
    const processedBy = r.records.map(
      (x) => r.invocations.filter((i) => i.recordIndexes.includes(x.index)).length,
    )
    return [
      ['A9.4 every record processed exactly once', processedBy, r.records.map(() => 1)],
      [
        'A9.4 nothing is invoked while disabled',
        r.invocations.filter((i) => i.startMs >= 10_000 && i.startMs < 31_000).length,
        0,
      ],
      [
        'D13 polling resumes when Enabling ends (30 s + 1 s)',
        r.invocations.find((i) => i.startMs >= 10_000)?.startMs,
        31_000,
      ],
      ['A9.4 final state', r.mapping.State, 'Enabled'],
    ]
  },
  'throttled-function.json': (r) => [
    [
      'D7 throttles retried with backoff 1, 2, 4, 8 s',
      r.throttles.map((t) => t.atMs),
      [2000, 3000, 5000, 9000, 17000],
    ],
    [
      'A4.2 throttles spend no retry: first attempt after the reservation is lifted',
      r.invocations.map((i) => [i.startMs, i.attempt, i.outcome]),
      [[33000, 1, 'success']],
    ],
    ['fates', fates(r), ['processed']],
  ],
  'timeout.json': (r) => [
    ['D5 both attempts time out', r.invocations.map((i) => i.outcome), ['timeout', 'timeout']],
    [
      'D5 a timeout lasts exactly the function timeout',
      r.invocations.map((i) => i.endMs - i.startMs),
      [1000, 1000],
    ],
    [
      'A12 Sandbox.Timedout error',
      r.invocations[0].error,
      {
        errorType: 'Sandbox.Timedout',
        errorMessage: `RequestId: ${r.invocations[0].requestId} Error: Task timed out after 1.00 seconds`,
        stackTrace: [],
      },
    ],
    [
      'D3 a timeout discards the environment: the retry is a cold start',
      r.invocations.map((i) => i.coldStart),
      [true, true],
    ],
    [
      'A6.2 SNS failure record',
      [
        r.destinations.length,
        r.destinations[0]?.kind,
        msg(r, 0).requestContext.approximateInvokeCount,
        msg(r, 0).responseContext?.functionError,
      ],
      [1, 'sns', 2, 'Unhandled'],
    ],
    [
      'A6.2 SNS envelope carries the record as a string',
      JSON.parse((r.destinations[0]?.sns as { Message: string }).Message),
      r.destinations[0]?.message,
    ],
  ],
}

const windowOf = (r: RunReport) =>
  r.invocations.map((i) => {
    const e = i.event as {
      window: { start: string }
      state: { count?: number }
      isFinalInvokeForWindow: boolean
    }
    return [e.window.start, e.state.count ?? 0, e.isFinalInvokeForWindow, i.recordIndexes.length]
  })

Object.assign(EXAMPLE_CHECKS, {
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
})
