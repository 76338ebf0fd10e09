import { describe, expect, it } from 'vitest'
import { normalized, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed } from '../testing/runScripted'
import { fates, fnv1a, poison } from '../testing/expectations'
import { utf8Length } from '../../lib/utf8'

const put = (key: string, atMs = 0) => ({ atMs, PutItem: { Item: { pk: { S: key } } } })
const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
const PAYLOAD_LIMIT = 6_291_456

describe('several shards (docs/semantics.md A2.1, D8)', () => {
  it('A2.1: every batch holds records of one shard; shards are polled and invoked side by side', () => {
    const file = scenarioFile({ writes: KEYS.map((k) => put(k)), table: { shards: 2 } })
    const { report } = runScripted(normalized(file), succeed)
    const shardIds = [...new Set(report.records.map((r) => r.shardId))]
    expect(shardIds).toHaveLength(2)
    for (const inv of report.invocations) {
      expect(new Set(inv.recordIndexes.map((i) => report.records[i].shardId))).toEqual(
        new Set([inv.shardId]),
      )
    }
    // Shard s = FNV-1a(key) mod 2; shard 0 is polled first at the same millisecond.
    const byShard = (s: number) => KEYS.flatMap((k, i) => (fnv1a(k) % 2 === s ? [i] : []))
    expect(report.invocations.map((i) => [i.startMs, i.recordIndexes])).toEqual([
      [1_000, byShard(0)],
      [1_000, byShard(1)],
    ])
    expect(report.invocations[0].shardId).not.toBe(report.invocations[1].shardId)
    expect(report.metrics.ConcurrentExecutions).toEqual([[1_000, 2]])
  })

  it('A4.2: a poison record blocks only its own shard', () => {
    const file = scenarioFile({
      writes: [...KEYS.map((k) => put(k)), ...KEYS.map((k) => put(`${k}2`, 5_000))],
      table: { shards: 2 },
      durationSeconds: 20,
    })
    const { report } = runScripted(normalized(file), poison('a'))
    const poisonShard = report.records[0].shardId
    const other = report.records.filter((r) => r.shardId !== poisonShard)
    const blocked = report.records.filter((r) => r.shardId === poisonShard)
    expect(new Set(other.map((r) => r.fate))).toEqual(new Set(['processed']))
    expect(new Set(blocked.map((r) => r.fate))).toEqual(new Set(['pending']))
    expect(other.length).toBeGreaterThan(0)
    expect(
      report.invocations
        .filter((i) => i.shardId === poisonShard)
        .every((i) => i.recordIndexes.includes(0)),
    ).toBe(true)
  })
})

describe('number partition keys (docs/semantics.md D8)', () => {
  it('D8: "1.0", "10E-1" and "1" are one key: hashed by the canonical form "1", one shard, one lane', () => {
    // Hashed as written, the three texts would go to three different shards of four.
    expect(['1.0', '10E-1', '1'].map((k) => fnv1a(k) % 4)).toEqual([2, 1, 0])
    const writes = ['1.0', '10E-1', '1'].map((n, i) => ({
      atMs: i * 10,
      PutItem: { Item: { pk: { N: n }, v: { N: String(i) } } },
    }))
    const file = scenarioFile({
      writes,
      table: {
        shards: 4,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'N' }],
      },
      mapping: { ParallelizationFactor: 10 },
    })
    const { sim, report } = runScripted(normalized(file), succeed)
    const shardOfOne = sim.snapshot().shards[fnv1a('1') % 4].shardId
    expect(report.records.map((r) => [r.shardId, r.eventName, r.keys])).toEqual([
      [shardOfOne, 'INSERT', { pk: { N: '1' } }],
      [shardOfOne, 'MODIFY', { pk: { N: '1' } }],
      [shardOfOne, 'MODIFY', { pk: { N: '1' } }],
    ])
    // One lane of the ten: the three records travel in order, in one batch.
    expect(report.invocations.map((i) => i.recordIndexes)).toEqual([[0, 1, 2]])
  })
})

describe('the 6 MB invocation payload (docs/semantics.md A2.2, D2)', () => {
  it('A2.2: with items near 400 KB a batch closes before its event JSON passes 6,291,456 bytes', () => {
    const blob = 'x'.repeat(390_000)
    const writes = Array.from({ length: 20 }, (_, i) => ({
      atMs: 0,
      PutItem: { Item: { pk: { S: `k${i}` }, blob: { S: blob } } },
    }))
    const file = scenarioFile({
      writes,
      table: { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } },
      mapping: { MaximumBatchingWindowInSeconds: 10 },
    })
    const { sim, report } = runScripted(normalized(file), succeed)
    expect(report.writes.every((w) => w.result === 'record')).toBe(true)
    // GetRecords returns at most 1 MB: two of these records per poll, every 250 ms, while the window is open.
    const polls = sim
      .journal()
      .flatMap((e) => (e.type === 'polled' ? [[e.atMs, e.recordIndexes.length]] : []))
    expect(polls.slice(0, 8)).toEqual(
      [1_000, 1_250, 1_500, 1_750, 2_000, 2_250, 2_500, 2_750].map((t) => [t, 2]),
    )
    expect(report.invocations.map((i) => [i.startMs, i.recordIndexes.length])).toEqual([
      [3_000, 16],
      [13_020, 4],
    ])
    const sizes = report.invocations.map((i) => utf8Length(JSON.stringify(i.event)))
    expect(sizes[0]).toBeLessThanOrEqual(PAYLOAD_LIMIT)
    const next = utf8Length(
      JSON.stringify((report.invocations[1].event as { Records: unknown[] }).Records[0]),
    )
    expect(sizes[0] + 1 + next).toBeGreaterThan(PAYLOAD_LIMIT)
    expect(fates(report).every((f) => f === 'processed')).toBe(true)
  })

  it('A2.2: a single record is always sent, whatever its size', () => {
    const blob = 'y'.repeat(399_000)
    const file = scenarioFile({
      writes: [{ atMs: 0, PutItem: { Item: { pk: { S: 'big' }, blob: { S: blob } } } }],
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(report.invocations.map((i) => i.recordIndexes)).toEqual([[0]])
  })
})
