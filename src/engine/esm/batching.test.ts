import { describe, expect, it } from 'vitest'
import { validateScenario } from '../scenario'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed } from '../testing/runScripted'
import { fates, sequence, starts, throwing } from '../testing/expectations'

const PAYLOAD_LIMIT = 6_291_456

function at(...times: number[]) {
  return times.map((atMs, i) => ({ atMs, PutItem: { Item: { pk: { S: `k${i}` } } } }))
}

describe('poller and batching', () => {
  it('A2.1: each shard is polled every 250 ms; idle time is skipped and a lane polls again when its invocation ends', () => {
    const { sim, report } = runScripted(
      normalized(scenarioFile({ writes: at(1_100, 1_600, 5_000) })),
      succeed,
    )
    // Polls: 1 000 (empty), 1 250 reads k0; the invocation ends at 1 270 and the lane polls then;
    // k1 (1 600) is read at 1 270 + 2 × 250 = 1 770; k2 (5 000) at 1 790 + 13 × 250 = 5 040.
    expect(starts(report)).toEqual([
      [1_250, [0], 1],
      [1_770, [1], 1],
      [5_040, [2], 1],
    ])
    const polls = sim
      .journal()
      .flatMap((e) => (e.type === 'polled' ? [[e.atMs, e.recordIndexes]] : []))
    expect(polls).toEqual([
      [1_250, [0]],
      [1_770, [1]],
      [5_040, [2]],
    ])
  })

  it('A2.1: each batch holds records of one shard, and a shard has one invocation in flight at a time', () => {
    const writes = Array.from({ length: 40 }, (_, i) => ({
      atMs: i * 37,
      PutItem: { Item: { pk: { S: `user-${i % 7}` }, n: { N: String(i) } } },
    }))
    const file = scenarioFile({
      writes,
      table: { shards: 4 },
      mapping: { BatchSize: 3 },
      function: { durationMs: 400 },
    })
    const { report } = runScripted(normalized(file), succeed)
    const shardOf = new Map(report.records.map((r) => [r.index, r.shardId]))
    for (const invocation of report.invocations) {
      expect(invocation.recordIndexes.map((i) => shardOf.get(i))).toEqual(
        invocation.recordIndexes.map(() => invocation.shardId),
      )
    }
    const byShard = new Map<string, typeof report.invocations>()
    for (const i of report.invocations)
      byShard.set(i.shardId, [...(byShard.get(i.shardId) ?? []), i])
    expect(byShard.size).toBe(4)
    for (const list of byShard.values()) {
      for (let i = 1; i < list.length; i++)
        expect(list[i].startMs).toBeGreaterThanOrEqual(list[i - 1].endMs)
    }
    expect(report.invocations.flatMap((i) => i.recordIndexes).sort((a, b) => a - b)).toEqual([
      ...Array(40).keys(),
    ])
  })

  it('A2.2: with no batching window a one-record read is sent at once as a one-record batch', () => {
    const { report } = runScripted(normalized(scenarioFile({ writes: at(1_300) })), succeed)
    expect(starts(report)).toEqual([[1_500, [0], 1]])
    expect((report.invocations[0].event as { Records: unknown[] }).Records).toHaveLength(1)
  })

  it('A2.2, D2: records accumulate until the window closes; the next window opens only after the previous invocation completes', () => {
    const file = scenarioFile({
      writes: at(1_100, 1_200, 1_300, 3_000, 3_260),
      mapping: { MaximumBatchingWindowInSeconds: 2 },
    })
    const { report } = runScripted(normalized(file), succeed)
    // Window 1 opens at the 1 250 poll and closes at 3 250; k4 (3 260) is read when that invocation ends
    // at 3 270, which opens window 2 until 5 270.
    expect(starts(report)).toEqual([
      [3_250, [0, 1, 2, 3], 1],
      [5_270, [4], 1],
    ])
  })

  it('A2.2: reaching BatchSize sends the batch before the window closes', () => {
    const file = scenarioFile({
      writes: puts(5, { atMs: 1_100 }),
      mapping: { BatchSize: 3, MaximumBatchingWindowInSeconds: 10 },
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(starts(report)).toEqual([
      [1_250, [0, 1, 2], 1],
      [11_270, [3, 4], 1],
    ])
  })

  it('A2.2, D2: a batch is cut before the record that would push the event past 6 MB (items near 400 KB)', () => {
    const writes = Array.from({ length: 20 }, (_, i) => ({
      atMs: 0,
      PutItem: {
        Item: { pk: { S: `big-${String(i).padStart(2, '0')}` }, data: { S: 'x'.repeat(400_000) } },
      },
    }))
    const file = scenarioFile({
      writes,
      mapping: { MaximumBatchingWindowInSeconds: 5 },
      durationSeconds: 30,
    })
    const { sim, report } = runScripted(normalized(file), succeed)
    expect(report.invocations.map((i) => i.recordIndexes.length)).toEqual([15, 5])
    const polls = sim
      .journal()
      .flatMap((e) => (e.type === 'polled' ? [e.recordIndexes.length] : []))
    expect(polls).toEqual([2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 1])
    const [first, second] = report.invocations
    const bytes = (event: unknown) => Buffer.byteLength(JSON.stringify(event))
    expect(bytes(first.event)).toBeLessThanOrEqual(PAYLOAD_LIMIT)
    const oneMore = (second.event as { Records: unknown[] }).Records[0]
    const grown = { Records: [...(first.event as { Records: unknown[] }).Records, oneMore] }
    expect(bytes(grown)).toBeGreaterThan(PAYLOAD_LIMIT)
    // A poll reads at most 1 MB (A1.10), so two ~400 KB records per poll: the 15th record is read at 2 750.
    expect(first.startMs).toBe(2_750)
    expect(second.startMs).toBe(2_770 + 5_000)
  })

  it('A2.3: BatchSize defaults to 100 and accepts 1..10000', () => {
    const { report } = runScripted(normalized(scenarioFile({ writes: puts(250) })), succeed)
    expect(
      report.invocations.map((i) => [i.startMs, i.recordIndexes[0], i.recordIndexes.length]),
    ).toEqual([
      [1_000, 0, 100],
      [1_020, 100, 100],
      [1_040, 200, 50],
    ])
    expect(report.mapping.BatchSize).toBe(100)
    expect(validateScenario(scenarioFile({ mapping: { BatchSize: 10_000 } })).ok).toBe(true)
    const over = validateScenario(scenarioFile({ mapping: { BatchSize: 10_001 } }))
    expect(over.ok ? [] : over.errors).toEqual([
      {
        path: 'mapping.BatchSize',
        message:
          "ValidationException: 1 validation error detected: Value '10001' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000",
      },
    ])
  })

  it('A2.4: BatchSize over 10 with no batching window is accepted for DynamoDB and sends full batches at once (C6)', () => {
    const file = scenarioFile({
      writes: puts(120),
      mapping: { BatchSize: 50, MaximumBatchingWindowInSeconds: 0 },
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(report.invocations.map((i) => [i.startMs, i.recordIndexes.length])).toEqual([
      [1_000, 50],
      [1_020, 50],
      [1_040, 20],
    ])
  })

  it('A2.5: delivery is at least once: a retried batch carries the same records again', () => {
    const handler = sequence(throwing('Error', 'first try fails'))
    const { report } = runScripted(normalized(scenarioFile({ writes: puts(3) })), handler)
    expect(starts(report)).toEqual([
      [1_000, [0, 1, 2], 1],
      [2_020, [0, 1, 2], 2],
    ])
    expect(report.invocations[1].event).toEqual(report.invocations[0].event)
    expect(fates(report)).toEqual(['processed', 'processed', 'processed'])
    expect(handler.calls).toBe(2)
  })
})
