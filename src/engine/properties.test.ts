import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareSequenceNumbers } from './index'
import { normalized } from './testing/fixtures'
import { runScripted } from './testing/runScripted'
import {
  expectedRecords,
  handlerOf,
  randomScenario,
  scenarioOf,
  type RandomScenario,
} from './testing/randomScenario'
import { utf8Length } from '../lib/utf8'
import type { RunReport } from './model/report'
import type { SimEvent } from './model/events'

const FINAL = new Set(['processed', 'filtered', 'destination', 'dropped', 'expired', 'skipped'])
const PAYLOAD_LIMIT = 6_291_456

function run(s: RandomScenario) {
  return runScripted(normalized(scenarioOf(s)), handlerOf(s))
}

const keyOf = (report: RunReport, index: number) =>
  (report.records[index].keys.pk as { S: string }).S

/** Every record has exactly one final fate (or is still pending with none), and nothing is lost. */
function checkFates(s: RandomScenario, report: RunReport, journal: readonly SimEvent[]): void {
  expect(report.records.map((r) => r.eventName)).toEqual(expectedRecords(s))
  expect(report.writes.filter((w) => w.result === 'record').map((w) => w.recordIndex)).toEqual(
    report.records.map((r) => r.index),
  )
  const fateEvents = new Map<number, number>()
  for (const e of journal)
    if (e.type === 'fate')
      for (const i of e.recordIndexes) fateEvents.set(i, (fateEvents.get(i) ?? 0) + 1)
  for (const record of report.records) {
    const count = fateEvents.get(record.index) ?? 0
    expect([record.index, record.fate, count]).toEqual([
      record.index,
      record.fate,
      record.fate === 'pending' ? 0 : 1,
    ])
    if (record.fate !== 'pending') expect(FINAL.has(record.fate)).toBe(true)
  }
}

/** Journal `checkpointed` sequence numbers never go back on any shard. */
function checkCheckpoints(journal: readonly SimEvent[]): void {
  const last = new Map<number, string>()
  for (const e of journal) {
    if (e.type !== 'checkpointed') continue
    const before = last.get(e.shard)
    if (before !== undefined)
      expect([e.shard, before, compareSequenceNumbers(before, e.sequenceNumber) <= 0]).toEqual([
        e.shard,
        before,
        true,
      ])
    last.set(e.shard, e.sequenceNumber)
  }
}

/** Per partition key, records are first processed successfully in stream order; a key is never in two concurrent batches. */
function checkOrder(report: RunReport, journal: readonly SimEvent[]): void {
  const processedOrder = new Map<string, number[]>()
  for (const e of journal) {
    if (e.type !== 'fate' || e.fate !== 'processed') continue
    for (const i of e.recordIndexes)
      processedOrder.set(keyOf(report, i), [...(processedOrder.get(keyOf(report, i)) ?? []), i])
  }
  for (const [key, order] of processedOrder)
    expect([key, order]).toEqual([key, [...order].sort((a, b) => a - b)])
  const invs = report.invocations
  for (let x = 0; x < invs.length; x++) {
    for (let y = x + 1; y < invs.length; y++) {
      const a = invs[x]
      const b = invs[y]
      if (a.shardId !== b.shardId || !(a.startMs < b.endMs && b.startMs < a.endMs)) continue
      const keysA = new Set(a.recordIndexes.map((i) => keyOf(report, i)))
      expect(b.recordIndexes.map((i) => keyOf(report, i)).filter((k) => keysA.has(k))).toEqual([])
    }
  }
}

function checkBatches(s: RandomScenario, report: RunReport): void {
  for (const inv of report.invocations) {
    expect(inv.recordIndexes.length).toBeLessThanOrEqual(s.batchSize)
    expect(utf8Length(JSON.stringify(inv.event))).toBeLessThanOrEqual(PAYLOAD_LIMIT)
    expect(new Set(inv.recordIndexes.map((i) => report.records[i].shardId))).toEqual(
      new Set(inv.recordIndexes.length === 0 ? [] : [inv.shardId]),
    )
  }
}

describe('engine invariants over random scenarios (fast-check)', () => {
  it('every record has exactly one final fate, nothing is lost, checkpoints never move back, no batch exceeds BatchSize or 6 MB', () => {
    expect.hasAssertions()
    fc.assert(
      fc.property(randomScenario, (s) => {
        const { sim, report } = run(s)
        const journal = sim.journal()
        checkFates(s, report, journal)
        checkCheckpoints(journal)
        checkBatches(s, report)
      }),
      { numRuns: 500 },
    )
  })

  it('per-partition-key order of first successful processing equals stream order under any ParallelizationFactor', () => {
    expect.hasAssertions()
    fc.assert(
      fc.property(randomScenario, (s) => {
        const { sim, report } = run(s)
        checkOrder(report, sim.journal())
      }),
      { numRuns: 300 },
    )
  })

  it('the same scenario and seed replay byte-identically', () => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        const first = run(s)
        const second = run(s)
        expect(JSON.stringify(second.report)).toBe(JSON.stringify(first.report))
        expect(JSON.stringify(second.sim.journal())).toBe(JSON.stringify(first.sim.journal()))
      }),
      { numRuns: 200 },
    )
  })
})
