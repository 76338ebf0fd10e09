import type { RunReport } from '../../src/engine'
import { dynamodbOf, fates, msg, type Fact } from './shared'

/** Issue 2: view types, retries, record age, lifecycle, throttles, timeouts. */
export const CORE_CHECKS: Record<string, (report: RunReport) => Fact[]> = {
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
    [
      "D6 Node.js error document: errorType, errorMessage and the stack's lines as trace",
      r.invocations[0].error,
      {
        errorType: 'Error',
        errorMessage: 'cannot process 2 records',
        trace: ['Error: cannot process 2 records', '    at handler (/var/task/index.js:3:9)'],
      },
    ],
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
      'A12 Sandbox.Timedout error, without a trace (D6)',
      r.invocations[0].error,
      {
        errorType: 'Sandbox.Timedout',
        errorMessage: `RequestId: ${r.invocations[0].requestId} Error: Task timed out after 1.00 seconds`,
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
