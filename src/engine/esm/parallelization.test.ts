import { describe, expect, it } from 'vitest'
import { normalized, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed, type ScriptedHandler } from '../testing/runScripted'
import { checkpoints, fates, fnv1a, poison, returning } from '../testing/expectations'
import type { ReportInvocation, RunReport } from '../model/report'

/** A put of `{pk: key, v: n}` at `atMs`. */
const put = (key: string, atMs: number, n = 1) => ({
  atMs,
  PutItem: { Item: { pk: { S: key }, v: { N: String(n) } } },
})

/** Waits `ms` of virtual time in every invocation. */
const slow =
  (ms: number): ScriptedHandler =>
  () =>
    returning(null, ms)

const keysOf = (report: RunReport, inv: ReportInvocation) =>
  inv.recordIndexes.map((i) => (report.records[i].keys.pk as { S: string }).S)

function overlapping(a: ReportInvocation, b: ReportInvocation): boolean {
  return a.shardId === b.shardId && a.startMs < b.endMs && b.startMs < a.endMs
}

describe('ParallelizationFactor (docs/semantics.md A10, D8)', () => {
  it('D8: the test keys land in distinct lanes (lane = floor(h / shards) mod N)', () => {
    expect(['a', 'b', 'c', 'd'].map((k) => fnv1a(k) % 4)).toEqual([0, 1, 2, 3])
    expect(['a', 'b', 'c', 'd'].map((k) => fnv1a(k) % 2)).toEqual([0, 1, 0, 1])
  })

  it('A10: with factor N a shard runs up to N batches at once, one per lane, different keys in parallel', () => {
    const writes = ['a', 'b', 'c', 'd'].map((k) => put(k, 0))
    const file = scenarioFile({ writes, mapping: { ParallelizationFactor: 4 } })
    const { sim, report } = runScripted(normalized(file), slow(500))
    expect(report.invocations.map((i) => [i.startMs, i.endMs, i.recordIndexes])).toEqual([
      [1_000, 1_520, [0]],
      [1_000, 1_520, [1]],
      [1_000, 1_520, [2]],
      [1_000, 1_520, [3]],
    ])
    const lanes = sim.journal().flatMap((e) => (e.type === 'invocationStarted' ? [e.lane] : []))
    expect(lanes).toEqual([0, 1, 2, 3])
    expect(report.metrics.ConcurrentExecutions).toEqual([[1_000, 4]])
  })

  it('A10: with factor 1 a shard runs one invocation at a time', () => {
    const writes = ['a', 'b', 'c', 'd'].map((k) => put(k, 0))
    const file = scenarioFile({ writes, mapping: { BatchSize: 1 } })
    const { report } = runScripted(normalized(file), slow(500))
    expect(report.invocations.map((i) => [i.startMs, i.endMs])).toEqual([
      [1_000, 1_520],
      [1_520, 2_040],
      [2_040, 2_560],
      [2_560, 3_080],
    ])
    expect(report.metrics.ConcurrentExecutions).toEqual([
      [1_000, 1],
      [2_000, 1],
    ])
  })

  it('A10: records of one partition key are never in two concurrent batches and are processed in stream order', () => {
    const writes = [0, 1, 2, 3, 4, 5].flatMap((n) =>
      ['a', 'b', 'c', 'd'].map((k) => put(k, n * 100, n)),
    )
    const file = scenarioFile({ writes, mapping: { ParallelizationFactor: 2, BatchSize: 2 } })
    const { report } = runScripted(normalized(file), slow(300))
    const invs = report.invocations
    for (const a of invs) {
      for (const b of invs) {
        if (a === b || !overlapping(a, b)) continue
        expect(keysOf(report, a).filter((k) => keysOf(report, b).includes(k))).toEqual([])
      }
    }
    // Lanes 0 (a, c) and 1 (b, d) run side by side.
    expect(invs.some((a) => invs.some((b) => a !== b && overlapping(a, b)))).toBe(true)
    for (const key of ['a', 'b', 'c', 'd']) {
      const order = invs.flatMap((inv) =>
        inv.recordIndexes.filter((i) => (report.records[i].keys.pk as { S: string }).S === key),
      )
      const stream = report.records
        .filter((r) => (r.keys.pk as { S: string }).S === key)
        .map((r) => r.index)
      expect(order).toEqual(stream)
    }
    expect(new Set(fates(report))).toEqual(new Set(['processed']))
  })

  it('A10: a failing key blocks only its own lane; the other lane keeps going', () => {
    const writes = [put('a', 0), put('b', 0), put('a', 0, 2), put('b', 0, 2), put('c', 0)]
    const file = scenarioFile({
      writes,
      mapping: { ParallelizationFactor: 2, BatchSize: 1, MaximumRetryAttempts: 1 },
    })
    const { report } = runScripted(normalized(file), poison('a'))
    expect(report.invocations.map((i) => [i.startMs, i.recordIndexes, i.attempt])).toEqual([
      [1_000, [0], 1],
      [1_000, [1], 1],
      [1_020, [3], 1],
      [2_020, [0], 2],
      [2_040, [2], 1],
      [3_060, [2], 2],
      [3_080, [4], 1],
    ])
    expect(fates(report)).toEqual(['dropped', 'processed', 'dropped', 'processed', 'processed'])
  })

  it('D8: the shard checkpoint passes a record only when every lane is past it', () => {
    const writes = [put('a', 0), put('b', 0), put('b', 0, 2), put('c', 0)]
    const file = scenarioFile({ writes, mapping: { ParallelizationFactor: 2 } })
    const slowA: ScriptedHandler = (_r, records) =>
      returning(null, records.some((r) => (r.keys.pk as { S: string }).S === 'a') ? 2_000 : 0)
    const { sim, report } = runScripted(normalized(file), slowA)
    expect(report.invocations.map((i) => [i.startMs, i.endMs, i.recordIndexes])).toEqual([
      [1_000, 3_020, [0, 3]],
      [1_000, 1_020, [1, 2]],
    ])
    // Lane 1 finished at 1 020 but record 0 (lane 0) was still in flight: nothing checkpointed until 3 020.
    expect(checkpoints(sim.journal(), report)).toEqual([[3_020, 3]])
  })

  it('D8: with several shards a key keeps its shard and lane', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    const writes = keys.map((k) => put(k, 0))
    const file = scenarioFile({
      writes,
      table: { shards: 2 },
      mapping: { ParallelizationFactor: 2 },
    })
    const { sim, report } = runScripted(normalized(file), succeed)
    const lanes = new Map<string, string>()
    for (const e of sim.journal()) {
      if (e.type !== 'invocationStarted') continue
      for (const i of e.recordIndexes)
        lanes.set((report.records[i].keys.pk as { S: string }).S, `${e.shard}/${e.lane}`)
    }
    expect(keys.map((k) => lanes.get(k))).toEqual(
      keys.map((k) => `${fnv1a(k) % 2}/${Math.floor(fnv1a(k) / 2) % 2}`),
    )
  })
})
