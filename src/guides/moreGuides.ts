/** Guides 7–12: batching, lanes, filters, windows, throttles and starting positions. */
import type { Guide } from './types'

export const MORE_GUIDES: readonly Guide[] = [
  {
    id: 'batching-window',
    example: 'batching-window',
    title: 'Batching window versus batch size',
    summary: 'A batch leaves when the window ends or when BatchSize is reached, whichever first.',
    intro:
      'BatchSize 5, MaximumBatchingWindowInSeconds 10. Three orders trickle in, then seven arrive in a burst. Watch why each batch leaves.',
    steps: [
      {
        trigger: { event: 'invocationStarted', where: { batchReason: 'window' } },
        title: 'The window ends',
        text: 'The three slow orders waited in the mapping until the 10 s window ended, then went together: fewer, larger invocations.',
        rule: 'A2.2',
        look: 'mapping',
      },
      {
        trigger: { event: 'invocationStarted', where: { batchReason: 'batchSize' } },
        title: 'BatchSize reached',
        text: 'Five burst orders filled BatchSize, so the batch left at once without waiting for the window.',
        rule: 'A2.2',
        look: 'mapping',
      },
      {
        trigger: { event: 'invocationStarted', nth: 2, where: { batchReason: 'window' } },
        title: 'Outcome',
        text: 'The last two burst orders waited for a new window, which opened when the previous invocation completed: 3 invocations for 10 records.',
        rule: 'A2.2',
        look: 'mapping',
      },
    ],
  },
  {
    id: 'parallelization',
    example: 'parallelization',
    title: 'ParallelizationFactor keeps per-key order',
    summary: 'Four batches of one shard at once, each device’s readings still in order.',
    intro:
      'One shard, ParallelizationFactor 4, BatchSize 2. Six devices write three readings each. Watch the mapping’s lanes and the execution environments.',
    steps: [
      {
        trigger: { event: 'invocationStarted', nth: 4 },
        title: 'Four batches at once',
        text: 'One shard, four concurrent invocations: each lane of the mapping takes its own batch, in its own execution environment.',
        rule: 'A10',
        look: 'function',
      },
      {
        trigger: { event: 'invocationCompleted', nth: 4 },
        title: 'Outcome',
        text: 'A key always goes to the same lane, and a lane sends its next batch only when its batch is done: each device’s readings stay in order while devices run side by side.',
        rule: 'D8',
        look: 'mapping',
      },
    ],
  },
  {
    id: 'filter-traps',
    example: 'filter-traps',
    title: 'Filter traps: numbers and OldImage',
    summary: 'Two filters that look right and match nothing, and the fix.',
    intro:
      'Two ORed filters: NewImage amount numeric > 100, and OldImage status "open". The stream is NEW_IMAGE. Orders of amount 250 arrive.',
    steps: [
      {
        trigger: { event: 'fate', where: { fate: 'filtered' } },
        title: 'Numeric matching on N fails',
        text: 'order-1 has amount 250, yet it is filtered out: a DynamoDB number is a string in the record ({"N":"250"}), and numeric never matches a string.',
        rule: 'A8.4',
        look: 'mapping',
      },
      {
        trigger: { event: 'fate', nth: 2, where: { fate: 'filtered' } },
        title: 'OldImage is not there',
        text: 'The rewrite of order-1 was "open" before, yet it is filtered out too: a NEW_IMAGE stream’s records carry no OldImage, and an INSERT never has one.',
        rule: 'A1.2',
        look: 'mapping',
      },
      {
        trigger: { event: 'mappingState', where: { state: 'Updating' } },
        title: 'The fix',
        text: 'At 10 s the mapping is updated with one filter matching the number as a string: {"amount":{"N":["250"]}}.',
        rule: 'A8.3',
        look: 'mapping',
      },
      {
        trigger: { event: 'invocationCompleted' },
        title: 'Outcome',
        text: 'order-2 matched and reached the function. Filtered records were checkpointed and are never read again: the fix does not bring order-1 back.',
        rule: 'A8.2',
        look: 'function',
      },
    ],
  },
  {
    id: 'tumbling-window',
    example: 'tumbling-window',
    title: 'Tumbling-window aggregation',
    summary: 'Counting orders per 10 seconds with state passed between invocations.',
    intro:
      'TumblingWindowInSeconds 10. The handler adds each batch’s records to the state it returns, and logs the total in the window’s final invocation.',
    steps: [
      {
        trigger: { event: 'invocationCompleted' },
        title: 'State carried over',
        text: 'The handler returned {state: {count: 1}}. Lambda passes that state to the next invocation of the same window.',
        rule: 'A7.4',
        look: 'function',
      },
      {
        trigger: { event: 'invocationStarted', where: { batchReason: 'final' } },
        title: 'The window ends',
        text: 'The window is over: Lambda makes one more invocation with no records and isFinalInvokeForWindow true, carrying the window’s state.',
        rule: 'A7.5',
        look: 'function',
      },
      {
        trigger: { event: 'invocationCompleted', nth: 4 },
        title: 'Outcome',
        text: 'The final invocation logged 3 orders for the first window; the next window starts again from an empty state.',
        rule: 'A7.5',
        look: 'function',
      },
    ],
  },
  {
    id: 'throttled',
    example: 'throttled-function',
    title: 'Throttling with reserved concurrency 0, then raised',
    summary: 'Throttled batches wait with backoff and spend no retry attempts.',
    intro:
      'ReservedConcurrentExecutions is 0 and MaximumRetryAttempts is 0. At 20 s the reservation is removed (PutFunctionConcurrency).',
    steps: [
      {
        trigger: { event: 'throttled' },
        title: 'Throttled',
        text: 'The batch never reaches the function: there is no concurrency for it. Lambda retries it with backoff, and a throttle spends no retry attempt.',
        rule: 'A4.2',
        look: 'function',
      },
      {
        trigger: { atMs: 20_000 },
        title: 'Concurrency raised',
        text: 'The reservation is removed. The batch waits for its next scheduled retry, at 33 s.',
        rule: 'D7',
        look: 'function',
      },
      {
        trigger: { event: 'invocationCompleted' },
        title: 'Outcome',
        text: 'The batch succeeded on its first attempt, after 5 throttles: MaximumRetryAttempts 0 did not drop it.',
        rule: 'A4.2',
        look: 'outcomes',
      },
    ],
  },
  {
    id: 'latest',
    example: 'latest-position',
    title: 'LATEST misses earlier records',
    summary: 'A LATEST mapping never reads what was written before it existed.',
    intro:
      'Two orders are written at 1 s and 2 s. The mapping is created at 5 s with StartingPosition LATEST; two more orders follow.',
    steps: [
      {
        trigger: { event: 'mappingState', where: { state: 'Creating' } },
        title: 'The mapping starts at the tip',
        text: 'Created with LATEST, the mapping’s iterator starts after the newest record: early-1 and early-2 are skipped and will never be read.',
        rule: 'A3.1',
        look: 'shards',
      },
      {
        trigger: { event: 'invocationStarted' },
        title: 'Only new records',
        text: 'The first batch holds late-1, written after the mapping existed.',
        rule: 'A3.1',
        look: 'function',
      },
      {
        trigger: { event: 'invocationCompleted', nth: 2 },
        title: 'Outcome',
        text: 'late-1 and late-2 were processed; early-1 and early-2 never reached the function. Set StartingPosition to TRIM_HORIZON and Reset to read them.',
        rule: 'A3.1',
        look: 'outcomes',
      },
    ],
  },
]
