import { describe, expect, it } from 'vitest'
import { virtualMs } from '../../engine'
import type { RecordFate, RecordView, ReportDestination, SimEvent, SimSnapshot } from '../../engine'
import type { InvocationView, SimTallies } from '../../store/simView'
import { computeFunction } from './functionModel'
import { computeOutcomes } from './outcomesModel'
import { computeMapping, computeShardLanes, computeWrites } from './streamModel'
import { clockText, reasonText, spentText, waitText } from './words'

function record(index: number, fate: RecordFate, key = `order-${index + 1}`): RecordView {
  return {
    index,
    shard: 0,
    createdAtMs: virtualMs(2000),
    fate,
    record: {
      eventName: 'INSERT',
      dynamodb: { Keys: { pk: { S: key } } },
    } as unknown as RecordView['record'],
  }
}

type Lane = SimSnapshot['shards'][number]['lanes'][number]

function snapshot(
  nowMs: number,
  checkpointPos: number,
  lane: Partial<Lane>,
  extra: Partial<SimSnapshot> = {},
): SimSnapshot {
  return {
    nowMs: virtualMs(nowMs),
    mappingState: 'Enabled',
    reservedConcurrency: null,
    concurrentExecutions: 0,
    shards: [
      {
        shardId: 'shardId-0',
        recordCount: 4,
        checkpointPos,
        checkpointSequenceNumber: checkpointPos > 0 ? '200' : undefined,
        lanes: [
          {
            status: 'idle',
            inflightInvocationId: undefined,
            bufferedRecords: [],
            windowCloseAtMs: undefined,
            queuedBatches: 0,
            readPos: 4,
            ...lane,
          },
        ],
      },
    ],
    ...extra,
  }
}

function invocation(
  id: number,
  recordIndexes: number[],
  outcome: InvocationView['outcome'],
  startMs: number,
  more: Partial<InvocationView> = {},
): InvocationView {
  return {
    ordinal: id - 1,
    id,
    startMs,
    shard: 0,
    recordIndexes,
    attempt: 1,
    splitHalf: false,
    coldStart: false,
    outcome,
    endMs: outcome === 'running' ? undefined : startMs + 40,
    errorMessage: undefined,
    lane: 0,
    environmentId: 1,
    ...more,
  }
}

const TALLIES: SimTallies = {
  writes: { INSERT: 4, MODIFY: 1, REMOVE: 0 },
  fates: { processed: 2, filtered: 3 },
  delivered: { sqs: 7 },
}

describe('pipeline words', () => {
  it('says times to the second, waits rounded up and why a batch left (A2.2)', () => {
    expect(clockText(2040)).toBe('00:00:02')
    expect(clockText(86_400_000 + 3000)).toBe('1d 00:00:03')
    expect(waitText(3600)).toBe('4 s')
    expect(waitText(400)).toBe('400 ms')
    expect(spentText(1500)).toBe('1.5 s')
    expect(spentText(40)).toBe('40 ms')
    expect(reasonText('batchSize', 10)).toBe('BatchSize (10) reached')
    expect(reasonText('payload', 10)).toBe('6 MB payload limit reached')
  })
})

describe('stream stages', () => {
  const records = [
    record(0, 'processed'),
    record(1, 'processed'),
    record(2, 'pending'),
    record(3, 'pending'),
  ]

  it('counts writes by kind and draws the newest', () => {
    const writes = computeWrites(records, TALLIES)
    expect(writes.counts).toEqual({ INSERT: 4, MODIFY: 1, REMOVE: 0 })
    expect(writes.recent.map((t) => [t.recordIndex, t.label, t.eventName])).toEqual([
      [0, 'order-1', 'INSERT'],
      [1, 'order-2', 'INSERT'],
      [2, 'order-3', 'INSERT'],
      [3, 'order-4', 'INSERT'],
    ])
  })

  it('A4.2: a failing whole batch blocks its shard, then the one record bisect isolated', () => {
    const first = [invocation(1, [0, 1, 2, 3], 'error', 2040)]
    const whole = computeShardLanes(snapshot(2100, 0, { status: 'backoff' }), records, first)
    expect(whole[0].blocked).toBe('blocked since 00:00:02 by batch #2–#3')
    expect(whole[0].blockedBy).toEqual([2, 3])

    const later = [
      ...first,
      invocation(2, [0, 1], 'success', 2100),
      invocation(3, [2, 3], 'error', 2200),
      invocation(4, [2], 'error', 2300),
    ]
    const [lane] = computeShardLanes(snapshot(3000, 2, { status: 'backoff' }), records, later)
    expect(lane.blocked).toBe('blocked since 00:00:02 by record #2 (order-3)')
    expect(lane.positions).toBe('checkpoint after #1 · next read: new records')
    expect(lane.iterators).toEqual([4])
    expect(lane.tokens.map((t) => [t.recordIndex, t.fate, t.where])).toEqual([
      [0, 'processed', 'stream'],
      [1, 'processed', 'stream'],
      [2, 'pending', 'stream'],
      [3, 'pending', 'stream'],
    ])
  })

  it('a success after the failures clears the block', () => {
    const done = [
      record(0, 'processed'),
      record(1, 'processed'),
      record(2, 'destination'),
      record(3, 'processed'),
    ]
    const invs = [invocation(1, [2], 'error', 2040), invocation(2, [3], 'success', 2300)]
    const [lane] = computeShardLanes(snapshot(3000, 4, {}), done, invs)
    expect(lane.blocked).toBeUndefined()
    expect(lane.positions).toBe('checkpoint after #3 · next read: new records')
  })

  it('A2.2: the batch being assembled, its window still to run and why the last batch left', () => {
    const stage = computeMapping(
      snapshot(5750, 0, {
        status: 'batching',
        bufferedRecords: [2, 3],
        windowCloseAtMs: virtualMs(6000),
      }),
      records,
      [invocation(1, [0, 1], 'success', 4000, { batchReason: 'window' })],
      {
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 1,
        FilterCriteria: { Filters: [{ Pattern: '{}' }] },
      },
      TALLIES,
    )
    expect(stage.filter).toEqual({ patterns: 1, dropped: 3 })
    expect(stage.lanes).toEqual([
      {
        shard: 0,
        lane: 0,
        status: 'batching',
        statusText: 'assembling a batch: 2 records · window closes in 250 ms',
        batch: [
          { recordIndex: 2, label: 'order-3', eventName: 'INSERT' },
          { recordIndex: 3, label: 'order-4', eventName: 'INSERT' },
        ],
        batchMore: 0,
        windowLeft: 0.25,
        lastSent: 'last batch sent: batching window ended',
      },
    ])
  })
})

describe('function stage', () => {
  const records = [
    record(0, 'pending'),
    record(1, 'pending'),
    record(2, 'pending'),
    record(3, 'pending'),
  ]

  it('D3: a cold environment runs its batch against the Timeout; a warm one says how its last ended; a timeout kills', () => {
    const invs = [
      invocation(3, [0], 'timeout', 500, { environmentId: 3 }),
      invocation(4, [1], 'error', 900, { environmentId: 2, errorMessage: 'TypeError: bad' }),
      invocation(5, [0, 1, 2, 3], 'running', 1000, { coldStart: true, environmentId: 1 }),
    ]
    const stage = computeFunction({
      snapshot: snapshot(
        2500,
        0,
        {},
        {
          environments: [
            { id: 1, invocationId: 5 },
            { id: 2, invocationId: undefined },
          ],
        },
      ),
      records,
      invocations: invs,
      events: [],
      timeoutMs: 3000,
      maxRetries: 2,
    })
    expect(stage.concurrency).toBe('1 busy · unreserved concurrency')
    expect(stage.envs.map((e) => [e.id, e.state, e.stateText, e.last])).toEqual([
      [1, 'cold', 'cold start, busy', undefined],
      [2, 'warm', 'warm, idle', 'last: invocation 4 · #1 failed: TypeError: bad'],
      [3, 'killed', 'killed after a timeout at 00:00:00', 'last: invocation 3 · #0 timed out'],
    ])
    expect(stage.envs[0].invocation).toEqual({
      id: 5,
      attempt: 1,
      records: [
        { recordIndex: 0, label: 'order-1', eventName: 'INSERT' },
        { recordIndex: 1, label: 'order-2', eventName: 'INSERT' },
        { recordIndex: 2, label: 'order-3', eventName: 'INSERT' },
        { recordIndex: 3, label: 'order-4', eventName: 'INSERT' },
      ],
      more: 0,
      progress: 0.5,
      text: 'invocation 5 · #0–#3 · attempt 1 of 3 · 1.5 s of 3 s Timeout',
    })
  })

  it('a big batch is drawn as 8 tokens and a counted chip', () => {
    const big = Array.from({ length: 250 }, (_, i) => i)
    const stage = computeFunction({
      snapshot: snapshot(1000, 0, {}, { environments: [{ id: 1, invocationId: 1 }] }),
      records: [],
      invocations: [invocation(1, big, 'running', 1000)],
      events: [],
      timeoutMs: 3000,
      maxRetries: -1,
    })
    expect(stage.envs[0].invocation?.records).toHaveLength(8)
    expect(stage.envs[0].invocation?.more).toBe(242)
  })

  it('A4.2, D7: a retry waits out its backoff; a throttle bounces and spends no attempt', () => {
    const events: SimEvent[] = [
      { type: 'throttled', atMs: virtualMs(2000), shard: 0, lane: 0, recordIndexes: [0] },
      {
        type: 'retryScheduled',
        atMs: virtualMs(2000),
        shard: 0,
        lane: 0,
        retryAtMs: virtualMs(3000),
        recordIndexes: [0],
        rule: 'retry.throttle',
      },
    ]
    const throttled = computeFunction({
      snapshot: snapshot(
        2000,
        0,
        { status: 'backoff' },
        { reservedConcurrency: 0, environments: [] },
      ),
      records,
      invocations: [],
      events,
      timeoutMs: 3000,
      maxRetries: 0,
    })
    expect(throttled.concurrency).toBe('0 busy of 0 reserved')
    expect(throttled.retries).toEqual([
      {
        shard: 0,
        lane: 0,
        records: '#0',
        text: 'retry in 1 s · a throttle spends no attempt · next: attempt 1 of 1',
      },
    ])
    expect(throttled.bounces.map((b) => b.text)).toEqual([
      '↩ #0 throttled at 00:00:02: reserved concurrency is 0; the batch goes back to shard 0',
    ])

    const failed = computeFunction({
      snapshot: snapshot(5000, 0, { status: 'backoff' }, { environments: [] }),
      records,
      invocations: [invocation(2, [2], 'error', 4000, { attempt: 2 })],
      events: [
        {
          type: 'retryScheduled',
          atMs: virtualMs(4040),
          shard: 0,
          lane: 0,
          retryAtMs: virtualMs(8600),
          recordIndexes: [2],
          rule: 'retry.backoff',
        },
      ],
      timeoutMs: 3000,
      maxRetries: 2,
    })
    expect(failed.retries.map((r) => r.text)).toEqual(['retry in 4 s · attempt 3 of 3'])
    expect(failed.bounces).toEqual([])
  })
})

describe('outcomes', () => {
  it('an inbox counts every message and lists the newest five with their exact JSON', () => {
    const destinations: ReportDestination[] = Array.from({ length: 6 }, (_, i) => ({
      atMs: virtualMs(1000 * (i + 1)),
      kind: 'sqs',
      target: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq',
      message: { n: i },
      sns: null,
      s3Key: null,
    }))
    const stage = computeOutcomes(
      TALLIES,
      destinations,
      'arn:aws:sqs:us-east-1:123456789012:orders-dlq',
    )
    expect(stage).toMatchObject({ processed: 2, filtered: 3, expired: 0 })
    expect(stage.inboxes).toHaveLength(1)
    expect(stage.inboxes[0]).toMatchObject({ kind: 'sqs', name: 'SQS queue', count: 7 })
    expect(stage.inboxes[0].messages.map((m) => [m.number, m.atText, m.json])).toEqual([
      [3, '00:00:02', '{\n  "n": 1\n}'],
      [4, '00:00:03', '{\n  "n": 2\n}'],
      [5, '00:00:04', '{\n  "n": 3\n}'],
      [6, '00:00:05', '{\n  "n": 4\n}'],
      [7, '00:00:06', '{\n  "n": 5\n}'],
    ])
  })

  it('a configured destination shows an empty inbox before its first message', () => {
    const stage = computeOutcomes(
      { ...TALLIES, delivered: {} },
      [],
      'arn:aws:sns:us-east-1:123456789012:alerts',
    )
    expect(stage.inboxes.map((i) => [i.kind, i.count, i.target])).toEqual([
      ['sns', 0, 'arn:aws:sns:us-east-1:123456789012:alerts'],
    ])
  })
})
