/** Guides 1–6: the stream's records, failures and what Lambda does about them. */
import type { Guide } from './types'

export const FIRST_GUIDES: readonly Guide[] = [
  {
    id: 'first-stream',
    example: 'view-types',
    title: 'First stream: INSERT, MODIFY and REMOVE',
    summary: 'One item created, changed and deleted: which images each record carries.',
    intro:
      'One item is created, written again unchanged, changed and deleted on a NEW_AND_OLD_IMAGES stream. Watch which writes make records and what each record carries.',
    steps: [
      {
        trigger: { event: 'invocationStarted' },
        title: 'An INSERT',
        text: 'The new item reaches the function as an INSERT record: it carries the keys and NewImage only, there was no old item.',
        rule: 'A1.2',
        look: 'function',
      },
      {
        trigger: { event: 'invocationStarted', nth: 2 },
        title: 'No record for a write that changed nothing',
        text: 'The identical PutItem at 4 s made no record, so the next batch is the MODIFY of 6 s, with both OldImage and NewImage.',
        rule: 'A1.3',
        look: 'writes',
      },
      {
        trigger: { event: 'invocationCompleted', nth: 3 },
        title: 'Outcome',
        text: 'The REMOVE carried only OldImage: three changes, three records, in order. Change the table’s StreamViewType (KEYS_ONLY, NEW_IMAGE, OLD_IMAGE) and Reset to compare.',
        rule: 'A1.2',
        look: 'outcomes',
      },
    ],
  },
  {
    id: 'poison-pill-day',
    example: 'poison-pill-day',
    title: 'A poison pill blocks its shard for a day',
    summary: 'Default settings retry one bad record for 24 hours (fast-forwarded).',
    intro:
      'job-1 makes the handler throw. The mapping has its defaults: MaximumRetryAttempts -1 and MaximumRecordAgeInSeconds -1. The day is fast-forwarded between the stops.',
    steps: [
      {
        trigger: { event: 'invocationCompleted', where: { outcome: 'error' } },
        title: 'The batch fails',
        text: 'The handler threw on job-1. With MaximumRetryAttempts -1 Lambda retries the batch until its record leaves the stream; nothing after it on the shard is read meanwhile.',
        rule: 'A4.3',
        look: 'function',
        speedAfter: 'fast',
      },
      {
        trigger: { atMs: 600_000 },
        title: 'A good record waits behind it',
        text: 'job-2 is written at 10 minutes. It is fine, but it sits behind job-1 in the shard: the iterator cannot pass a record that has not succeeded.',
        rule: 'A1.4',
        look: 'shards',
        speedAfter: 'fast',
      },
      {
        trigger: { event: 'fate', where: { fate: 'expired' } },
        title: 'The record expires',
        text: 'About 24 hours after it was written, the stream trims job-1 (fate expired) without it ever being processed, and the shard can move on.',
        rule: 'A1.5',
        look: 'shards',
        speedAfter: 'paced',
      },
      {
        trigger: { event: 'invocationCompleted', where: { outcome: 'success' } },
        title: 'The good record at last',
        text: 'job-2 is processed a day late; job-1 was never processed and is gone.',
        rule: 'A1.5',
        look: 'outcomes',
      },
      {
        trigger: { atMs: 86_440_000 },
        title: 'Outcome',
        text: 'IteratorAge climbed a minute every minute for a whole day: alarm on it to find a stuck shard. Set MaximumRetryAttempts or MaximumRecordAgeInSeconds, bisect and an on-failure destination, then Reset.',
        rule: 'A11',
        look: 'iterator-age',
      },
    ],
  },
  {
    id: 'retries-to-sqs',
    example: 'retries-to-sqs',
    title: 'Retries and an SQS on-failure destination',
    summary: 'A failing batch invoked 1 + MaximumRetryAttempts times, then sent to SQS.',
    intro:
      'The handler always throws. MaximumRetryAttempts is 2 and failures go to an SQS queue. Count the invocations.',
    steps: [
      {
        trigger: { event: 'invocationCompleted', where: { outcome: 'error' } },
        title: 'The first attempt fails',
        text: 'The whole batch failed. Lambda retries the same batch after a backoff; the shard waits meanwhile.',
        rule: 'A4.2',
        look: 'function',
      },
      {
        trigger: { event: 'invocationCompleted', nth: 3, where: { outcome: 'error' } },
        title: 'Retries used up',
        text: 'The third failure: 1 invocation plus MaximumRetryAttempts 2 retries. Lambda gives up on this batch.',
        rule: 'A4.3',
        look: 'function',
      },
      {
        trigger: { event: 'destinationDelivered', where: { kind: 'sqs' } },
        title: 'Outcome',
        text: 'An invocation record (RetryAttemptsExhausted, approximateInvokeCount 3) lands in the SQS queue and the shard moves on. Click the message to read it.',
        rule: 'A6.2',
        look: 'outcomes',
      },
    ],
  },
  {
    id: 'bisect',
    example: 'bisect-poison-pill',
    title: 'Bisect isolates the bad record',
    summary: 'BisectBatchOnFunctionError halves a failing batch down to the one bad record.',
    intro:
      'Four orders arrive together; the third is malformed and makes the handler throw. BisectBatchOnFunctionError is on. Watch the Bisect panel.',
    steps: [
      {
        trigger: { event: 'batchSplit' },
        title: 'The batch splits',
        text: 'The batch of four failed, so Lambda splits it in two halves without spending a retry and tries the first half first.',
        rule: 'A4.6',
        look: 'bisect',
      },
      {
        trigger: { event: 'batchSplit', nth: 2 },
        title: 'The failing half splits again',
        text: 'The first half succeeded and is checkpointed; the second failed and splits again, down to single records.',
        rule: 'A4.6',
        look: 'bisect',
      },
      {
        trigger: { event: 'destinationDelivered', where: { kind: 'sqs' } },
        title: 'Outcome',
        text: 'Record #2 (order-3) alone failed all its attempts and went to the SQS queue; the other three orders were processed.',
        rule: 'A4.6',
        look: 'bisect',
      },
    ],
  },
  {
    id: 'partial-batch',
    example: 'partial-batch-rewind',
    title: 'Partial batch response and the rewind rule',
    summary: 'batchItemFailures moves the checkpoint to the lowest failure; records come again.',
    intro:
      'ReportBatchItemFailures is on. The handler reports the middle record of three (payment-2) as failed, every time. Watch the checkpoint and the ×2 counts in the shard.',
    steps: [
      {
        trigger: { event: 'invocationCompleted', where: { outcome: 'partial' } },
        title: 'One record reported failed',
        text: 'The response names payment-2. Lambda checkpoints up to the lowest reported failure: payment-1 is done, the retry starts at payment-2.',
        rule: 'A5.2',
        look: 'shards',
      },
      {
        trigger: { event: 'invocationStarted', nth: 2 },
        title: 'A success is delivered again',
        text: 'The retry carries payment-2 and payment-3, although payment-3 succeeded: records after the failure come again, so handlers must be idempotent.',
        rule: 'A2.5',
        look: 'shards',
      },
      {
        trigger: { event: 'destinationDelivered', where: { kind: 'sns' } },
        title: 'Outcome',
        text: 'MaximumRetryAttempts 1 is spent: payment-2 and payment-3 go to the SNS topic in one failure record, and the shard moves on.',
        rule: 'A4.4',
        look: 'outcomes',
      },
    ],
  },
  {
    id: 'record-age',
    example: 'record-age',
    title: 'Maximum record age',
    summary: 'A record older than MaximumRecordAgeInSeconds is never sent to the function.',
    intro:
      'Six records; the first was written at 0 s, the mapping starts polling at 66 s with MaximumRecordAgeInSeconds 60.',
    steps: [
      {
        trigger: { event: 'destinationDelivered', where: { kind: 'sqs' } },
        title: 'Too old to send',
        text: 'The first record is 66 s old, over the 60 s limit: Lambda never invokes with it and reports it to SQS with condition RecordAgeExceeded.',
        rule: 'A4.5',
        look: 'outcomes',
      },
      {
        trigger: { event: 'invocationCompleted' },
        title: 'Outcome',
        text: 'The five fresh records went to the function in one batch and were processed; the old one only reached the queue.',
        rule: 'A4.5',
        look: 'function',
      },
    ],
  },
]
