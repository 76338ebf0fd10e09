import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from './testing/fixtures'
import { runScripted, succeed } from './testing/runScripted'
import {
  EVENT_ID,
  SEQUENCE_NUMBER,
  SHARD_ID,
  UUID_V4,
  checkpoints,
  fates,
  fnv1a,
  poison,
  starts,
} from './testing/expectations'

type Delivered = {
  eventID: string
  dynamodb: { Keys: { pk: { S: string } }; NewImage: { n: { N: string } } }
}

/** 10 keys written 4 times each, interleaved, on 4 shards. */
function manyKeys(overrides: Record<string, unknown> = {}) {
  const writes = Array.from({ length: 40 }, (_, i) => ({
    atMs: i * 50,
    PutItem: { Item: { pk: { S: `user-${i % 10}` }, n: { N: String(i) } } },
  }))
  return scenarioFile({ writes, table: { shards: 4 }, mapping: { BatchSize: 3 }, ...overrides })
}

describe('determinism, shards and fates', () => {
  it('D11: the same scenario gives a byte-identical report', () => {
    const file = manyKeys({ mapping: { BatchSize: 3, MaximumRetryAttempts: 1 } })
    const first = runScripted(normalized(file), poison('user-3')).report
    const second = runScripted(normalized(file), poison('user-3')).report
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })

  it('D11: a different seed changes every id but not what happens; ids have the AWS formats', () => {
    const a = runScripted(normalized(manyKeys({ seed: 7 })), succeed).report
    const b = runScripted(normalized(manyKeys({ seed: 8 })), succeed).report
    expect(starts(b)).toEqual(starts(a))
    const ids = (report: typeof a) => ({
      uuid: report.mapping.UUID as string,
      shardIds: [...new Set(report.records.map((r) => r.shardId))].sort(),
      sequenceNumbers: report.records.map((r) => r.sequenceNumber),
      requestIds: report.invocations.map((i) => i.requestId),
      eventIds: report.invocations.flatMap((i) =>
        (i.event as { Records: Delivered[] }).Records.map((r) => r.eventID),
      ),
    })
    const [x, y] = [ids(a), ids(b)]
    expect(x.uuid).not.toBe(y.uuid)
    expect(x.shardIds.filter((id) => y.shardIds.includes(id))).toEqual([])
    expect(x.sequenceNumbers.filter((s) => y.sequenceNumbers.includes(s))).toEqual([])
    expect(x.requestIds.filter((s) => y.requestIds.includes(s))).toEqual([])
    expect(x.eventIds.filter((s) => y.eventIds.includes(s))).toEqual([])
    for (const id of [x, y]) {
      expect(id.uuid).toMatch(UUID_V4)
      expect(id.shardIds).toHaveLength(4)
      for (const shardId of id.shardIds) expect(shardId).toMatch(SHARD_ID)
      for (const seq of id.sequenceNumbers) expect(seq).toMatch(SEQUENCE_NUMBER)
      for (const requestId of id.requestIds) expect(requestId).toMatch(UUID_V4)
      for (const eventId of id.eventIds) expect(eventId).toMatch(EVENT_ID)
      const seqs = id.sequenceNumbers.map(BigInt)
      expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1])).toBe(true)
    }
    // Shard ids carry the stream's creation instant (clock.start) in epoch milliseconds.
    expect(x.shardIds[0].slice(0, 28)).toBe('shardId-00000001767225600000')
  })

  it('D8: a record goes to shard FNV-1a(partition key) mod shards; every key keeps its order', () => {
    const { sim, report } = runScripted(normalized(manyKeys()), succeed)
    const shardOfRecord = new Map(
      sim.journal().flatMap((e) => (e.type === 'recordWritten' ? [[e.recordIndex, e.shard]] : [])),
    )
    const shardIdOf = new Map<number, string>()
    for (const record of report.records) {
      const key = (record.keys as { pk: { S: string } }).pk.S
      const shard = fnv1a(key) % 4
      expect(shardOfRecord.get(record.index)).toBe(shard)
      if (!shardIdOf.has(shard)) shardIdOf.set(shard, record.shardId)
      expect(record.shardId).toBe(shardIdOf.get(shard))
    }
    const delivered = report.invocations.flatMap(
      (i) => (i.event as { Records: Delivered[] }).Records,
    )
    for (let k = 0; k < 10; k++) {
      const order = delivered
        .filter((r) => r.dynamodb.Keys.pk.S === `user-${k}`)
        .map((r) => Number(r.dynamodb.NewImage.n.N))
      expect(order).toEqual([k, k + 10, k + 20, k + 30])
    }
  })

  it('D8: with ParallelizationFactor N a key uses lane floor(h / shards) mod N of its shard and keeps its order', () => {
    const file = manyKeys({
      mapping: { BatchSize: 2, ParallelizationFactor: 3 },
      function: { durationMs: 300 },
    })
    const { sim, report } = runScripted(normalized(file), succeed)
    const keyOf = (index: number) => (report.records[index].keys as { pk: { S: string } }).pk.S
    for (const event of sim.journal()) {
      if (event.type !== 'invocationStarted') continue
      for (const index of event.recordIndexes) {
        const h = fnv1a(keyOf(index))
        expect([event.shard, event.lane]).toEqual([h % 4, Math.floor(h / 4) % 3])
      }
    }
    const delivered = report.invocations.flatMap(
      (i) => (i.event as { Records: Delivered[] }).Records,
    )
    for (let k = 0; k < 10; k++) {
      const order = delivered
        .filter((r) => r.dynamodb.Keys.pk.S === `user-${k}`)
        .map((r) => Number(r.dynamodb.NewImage.n.N))
      expect(order).toEqual([k, k + 10, k + 20, k + 30])
    }
  })

  it('D8: the shard checkpoint passes a record only when every lane is past it', () => {
    const keys = 'abcdefgh'.split('')
    const slow = keys.find((k) => fnv1a(k) % 2 === 0) as string
    const fast = keys.find((k) => fnv1a(k) % 2 === 1) as string
    const file = scenarioFile({
      writes: [
        { atMs: 0, PutItem: { Item: { pk: { S: slow } } } },
        { atMs: 0, PutItem: { Item: { pk: { S: fast } } } },
      ],
      mapping: { ParallelizationFactor: 2 },
    })
    let slowCalls = 0
    const { sim, report } = runScripted(normalized(file), (request, records) =>
      records[0].keys.pk && (records[0].keys.pk as { S: string }).S === slow && slowCalls++ === 0
        ? poison(slow)(request, records)
        : succeed(request, records),
    )
    expect(starts(report)).toEqual([
      [1_000, [0], 1],
      [1_000, [1], 1],
      [2_020, [0], 2],
    ])
    expect(checkpoints(sim.journal(), report)).toEqual([[2_040, 1]])
  })

  it('D12: every record ends in exactly one fate: processed, filtered, dropped, or still pending at the end', () => {
    const file = scenarioFile({
      writes: [
        ...puts(1, { prefix: 'ok' }),
        ...puts(1, { atMs: 100, prefix: 'filtered' }),
        ...puts(1, { atMs: 2_000, prefix: 'bad' }),
        ...puts(1, { atMs: 2_100, prefix: 'after' }),
        ...puts(1, { atMs: 59_999, prefix: 'late' }),
      ],
      mapping: {
        MaximumRetryAttempts: 0,
        FilterCriteria: {
          Filters: [
            { Pattern: '{"dynamodb":{"Keys":{"pk":{"S":[{"anything-but":["filtered0"]}]}}}}' },
          ],
        },
      },
    })
    const { sim, report } = runScripted(normalized(file), poison('bad0'))
    expect(fates(report)).toEqual(['processed', 'filtered', 'dropped', 'processed', 'pending'])
    const fateEvents = sim
      .journal()
      .flatMap((e) => (e.type === 'fate' ? e.recordIndexes.map((i) => [i, e.fate]) : []))
    expect(fateEvents.sort((p, q) => (p[0] as number) - (q[0] as number))).toEqual([
      [0, 'processed'],
      [1, 'filtered'],
      [2, 'dropped'],
      [3, 'processed'],
    ])
  })
})
