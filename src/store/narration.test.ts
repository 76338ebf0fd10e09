import { describe, expect, it } from 'vitest'
import { virtualMs } from '../engine'
import type { SimEvent } from '../engine'
import { MAX_SENTENCES, nameRecords, narrate, quietWords, storeLookups } from './narration'

type Loose<E> = E extends { atMs: unknown } ? Omit<E, 'atMs'> & { atMs: number } : never
const at = (events: Loose<SimEvent>[]): SimEvent[] =>
  events.map((e) => ({ ...e, atMs: virtualMs(e.atMs) }))

const labels = new Map([
  [0, 'order-1'],
  [1, 'order-2'],
  [2, 'order-3'],
  [3, 'order-4'],
])

/** The journal of examples/bisect-poison-pill.json up to the SQS message (order-3 has no numeric total). */
const bisect = at([
  { type: 'mappingState', atMs: 0, state: 'Creating' },
  { type: 'mappingState', atMs: 1000, state: 'Enabled' },
  { type: 'recordWritten', atMs: 2000, recordIndex: 0, shard: 0, writeIndex: 0 },
  { type: 'polled', atMs: 2000, shard: 0, lane: 0, recordIndexes: [0, 1, 2, 3] },
  {
    type: 'invocationStarted',
    atMs: 2000,
    invocationId: 1,
    shard: 0,
    lane: 0,
    recordIndexes: [0, 1, 2, 3],
    attempt: 1,
    coldStart: true,
  },
  { type: 'invocationCompleted', atMs: 2020, invocationId: 1, outcome: 'error' },
  {
    type: 'batchSplit',
    atMs: 2020,
    shard: 0,
    lane: 0,
    halves: [
      [0, 1],
      [2, 3],
    ],
  },
  {
    type: 'invocationStarted',
    atMs: 2020,
    invocationId: 2,
    shard: 0,
    lane: 0,
    recordIndexes: [0, 1],
    attempt: 1,
    coldStart: false,
  },
  { type: 'invocationCompleted', atMs: 2040, invocationId: 2, outcome: 'success' },
  {
    type: 'fate',
    atMs: 2040,
    recordIndexes: [0, 1],
    fate: 'processed',
    rule: 'success.checkpoint',
  },
  { type: 'checkpointed', atMs: 2040, shard: 0, sequenceNumber: '2' },
  { type: 'invocationCompleted', atMs: 2060, invocationId: 3, outcome: 'error' },
  { type: 'batchSplit', atMs: 2060, shard: 0, lane: 0, halves: [[2], [3]] },
  { type: 'invocationCompleted', atMs: 2080, invocationId: 4, outcome: 'error' },
  {
    type: 'retryScheduled',
    atMs: 2080,
    shard: 0,
    lane: 0,
    retryAtMs: virtualMs(3080),
    recordIndexes: [2],
    rule: 'retry.backoff',
  },
  { type: 'invocationCompleted', atMs: 5120, invocationId: 6, outcome: 'error' },
  { type: 'fate', atMs: 5120, recordIndexes: [2], fate: 'destination', rule: 'retry.exhausted' },
  { type: 'checkpointed', atMs: 5120, shard: 0, sequenceNumber: '3' },
  { type: 'destinationDelivered', atMs: 5120, kind: 'sqs', destinationIndex: 0 },
])

const batches = new Map([
  [1, [0, 1, 2, 3]],
  [2, [0, 1]],
  [3, [2, 3]],
  [4, [2]],
  [6, [2]],
])

describe('narrate', () => {
  it('tells a bisect in one sentence per significant event, each with its rule in docs/semantics', () => {
    const sentences = narrate({ events: bisect, firstEventNumber: 0, batches, labels })
    expect(sentences.map((s) => [s.key, s.atMs, s.text, s.rule.id, s.rule.href])).toEqual([
      [0, 0, 'The event source mapping is Creating.', 'A9.1', 'docs/semantics.html#A9.1'],
      [1, 1000, 'The event source mapping is Enabled.', 'A9.1', 'docs/semantics.html#A9.1'],
      [
        4,
        2000,
        'Invocation 1 starts with #0–#3 (order-1, order-2, order-3 +1), the first batch Lambda read from shard 0.',
        'A2.1',
        'docs/semantics.html#A2.1',
      ],
      [
        6,
        2020,
        'Invocation 1 failed; BisectBatchOnFunctionError splits the batch into #0–#1 (order-1, order-2) and #2–#3 (order-3, order-4).',
        'A4.6',
        'docs/semantics.html#A4.6',
      ],
      [
        12,
        2060,
        'Invocation 3 failed; BisectBatchOnFunctionError splits the batch into #2 (order-3) and #3 (order-4).',
        'A4.6',
        'docs/semantics.html#A4.6',
      ],
      [
        14,
        2080,
        'Invocation 4 failed; MaximumRetryAttempts lets Lambda retry #2 (order-3) at 00:00:03.080.',
        'A4.3',
        'docs/semantics.html#A4.3',
      ],
      [
        16,
        5120,
        'Invocation 6 failed; retries are used up, so #2 (order-3) goes to the on-failure destination.',
        'A4.3',
        'docs/semantics.html#A4.3',
      ],
      [
        18,
        5120,
        'An SQS message about #2 (order-3) lands in the failure destination.',
        'A6.2',
        'docs/semantics.html#A6.2',
      ],
    ])
    expect(sentences[3].rule.title).toBe('Bisect on error')
  })

  it('a partial batch response rewinds to the lowest failure; a lone timeout and a throttle say so', () => {
    const events = at([
      { type: 'invocationCompleted', atMs: 2020, invocationId: 1, outcome: 'partial' },
      {
        type: 'fate',
        atMs: 2020,
        recordIndexes: [0, 1],
        fate: 'processed',
        rule: 'partial.checkpoint',
      },
      {
        type: 'retryScheduled',
        atMs: 2020,
        shard: 0,
        lane: 0,
        retryAtMs: virtualMs(3020),
        recordIndexes: [2, 3],
        rule: 'retry.backoff',
      },
      { type: 'invocationCompleted', atMs: 4000, invocationId: 2, outcome: 'timeout' },
      { type: 'throttled', atMs: 5000, shard: 0, lane: 0, recordIndexes: [3] },
      { type: 'fate', atMs: 6000, recordIndexes: [3], fate: 'expired', rule: 'age.exceeded' },
    ])
    const sentences = narrate({ events, firstEventNumber: 100, batches, labels })
    expect(sentences.map((s) => [s.key, s.text, s.rule.id])).toEqual([
      [
        102,
        'Invocation 1 reported failed records (batchItemFailures); the checkpoint moves to the lowest failure and Lambda retries #2–#3 (order-3, order-4) at 00:00:03.020.',
        'A5.2',
      ],
      [103, 'Invocation 2 timed out on #0–#1 (order-1, order-2).', 'A4.2'],
      [104, 'The batch #3 (order-4) was throttled: the function has no free concurrency.', 'A4.2'],
      [105, '#3 (order-4) expired: it is older than MaximumRecordAgeInSeconds.', 'A4.5'],
    ])
  })

  it('D15: a function update says when the new code takes over, and that it starts cold', () => {
    const events = at([
      {
        type: 'functionUpdated',
        atMs: 3000,
        lastUpdateStatus: 'InProgress',
        changed: ['code'],
        version: 2,
      },
      {
        type: 'functionUpdated',
        atMs: 4000,
        lastUpdateStatus: 'Successful',
        changed: ['code'],
        version: 2,
      },
    ])
    const sentences = narrate({ events, firstEventNumber: 0, batches, labels })
    expect(sentences.map((s) => [s.key, s.text, s.rule.id])).toEqual([
      [
        0,
        'The function update (code) is in progress: invocations that start now still run version 1.',
        'D15',
      ],
      [
        1,
        'Function updated at 00:00:04.000: next invocations use version 2, in new execution environments (a cold start).',
        'D15',
      ],
    ])
  })

  it(`keeps the newest ${MAX_SENTENCES} sentences`, () => {
    const states = at(
      Array.from({ length: 60 }, (_, i) => ({
        type: 'mappingState' as const,
        atMs: i,
        state: i % 2 === 0 ? ('Enabled' as const) : ('Disabled' as const),
      })),
    )
    const sentences = narrate({ events: states, firstEventNumber: 0, batches, labels })
    expect([sentences.length, sentences[0].key, sentences.at(-1)?.key]).toEqual([50, 10, 59])
  })

  it('names records the store no longer holds by number only', () => {
    expect(nameRecords([7, 8], labels)).toBe('#7–#8')
    expect(nameRecords([3, 9], labels)).toBe('#3, #9 (order-4)')
  })

  it('looks invocations and record keys up in the store lists by position, without maps', () => {
    const invocations = [5, 6].map((id) => ({ id, recordIndexes: [id * 10] }))
    const records = [10, 11].map((index) => ({
      index,
      record: { dynamodb: { Keys: { pk: { S: `k-${index}` } } } },
    }))
    const { batches, labels } = storeLookups(invocations, records)
    expect([batches.get(4), batches.get(6), labels.get(9), labels.get(11)]).toEqual([
      undefined,
      [60],
      undefined,
      'k-11',
    ])
    expect(storeLookups([], []).labels.get(0)).toBeUndefined()
  })
})

// Issue 11 (a newcomer's Run to end of "A day of traffic" read "Nothing yet: press Play"): the empty log says
// what it looked at once the run has events.
describe('quietWords', () => {
  it('invites a first Play, then says which events had nothing to tell', () => {
    expect(quietWords(0, 0)).toBe(
      'Nothing yet: press Play or Step → and each batch, failure, split, retry and delivery is told here with the rule behind it.',
    )
    expect(quietWords(12, 12)).toBe(
      'Nothing to tell in the 12 events so far: no failure, retry, split, throttle or delivery.',
    )
    expect(quietWords(2000, 8642)).toBe(
      'Nothing to tell in the newest 2,000 of 8,642 events: no failure, retry, split, throttle or delivery.',
    )
  })
})
