// docs/semantics.md D18: the engine's memory estimate and the history discard.
import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from './testing/fixtures'
import { runScripted, succeed } from './testing/runScripted'
import { estimateFromCounts, estimateSavedBytes, memoryLevel, MEMORY_BUDGET_BYTES } from './memory'

/** 10 puts a second apart, one invocation each (BatchSize 1). */
const run = () =>
  runScripted(
    normalized(scenarioFile({ writes: puts(10, { intervalMs: 1000 }), mapping: { BatchSize: 1 } })),
    succeed,
  )

describe('engine memory estimate (D18)', () => {
  it('is counts times the measured cost of each', () => {
    expect(estimateFromCounts(100, 1_000, 10)).toEqual({
      records: 100,
      events: 1_000,
      invocations: 10,
      bytes: 139_200,
    })
    expect(estimateSavedBytes({ records: 100, events: 1_000, invocations: 10 })).toBe(18_040)
  })

  it("counts a run's records, journal events and invocations", () => {
    const { sim, report } = run()
    const memory = sim.memory()
    expect(memory).toEqual({ records: 10, events: 62, invocations: 10, bytes: 15_890 })
    expect(report.records).toHaveLength(10)
  })

  it('warns from 80 % of the budget and is over at the budget', () => {
    expect(memoryLevel(MEMORY_BUDGET_BYTES * 0.8 - 1)).toBe('ok')
    expect(memoryLevel(MEMORY_BUDGET_BYTES * 0.8)).toBe('warning')
    expect(memoryLevel(MEMORY_BUDGET_BYTES - 1)).toBe('warning')
    expect(memoryLevel(MEMORY_BUDGET_BYTES)).toBe('over')
    expect(memoryLevel(800, 1_000)).toBe('warning')
  })
})

describe('discarding history (D18)', () => {
  it('drops the journal before a time and keeps the report whole', () => {
    const before = run()
    const { sim } = run()
    const journal = [...sim.journal()]
    const kept = journal.filter((e) => e.atMs >= 5_000)
    expect(sim.discardHistoryBefore(5_000)).toBe(32)
    expect(sim.journal()).toEqual(kept)
    expect(sim.memory()).toEqual({ records: 10, events: 30, invocations: 10, bytes: 12_850 })
    expect(JSON.stringify(sim.report())).toBe(JSON.stringify(before.report))
  })

  it('the next step still returns only what is new', () => {
    const sim = runScripted(
      normalized(scenarioFile({ writes: puts(3, { intervalMs: 1000 }) })),
      succeed,
    ).sim
    sim.discardHistoryBefore(1_500)
    expect(sim.runUntil(sim.now()).events).toEqual([])
  })
})
