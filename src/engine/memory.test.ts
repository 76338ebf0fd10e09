// docs/semantics.md D18: the engine's memory estimate and the history discard.
import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from './testing/fixtures'
import { runScripted, succeed } from './testing/runScripted'
import { createSimulation } from './simulation'
import { virtualMs } from './clock'
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
      bytes: 124_250,
    })
    expect(estimateSavedBytes({ records: 100, events: 1_000, invocations: 10 })).toBe(6_650)
  })

  it("counts a run's records, the journal events kept as objects and the invocations", () => {
    const { sim, report } = run()
    const memory = sim.memory()
    // 62 events: 52 objects and the 10 `recordWritten` numbers, counted with their records.
    expect(sim.journalLength()).toBe(62)
    expect(memory).toEqual({ records: 10, events: 52, invocations: 10, bytes: 12_770 })
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
    expect(sim.memory()).toEqual({ records: 10, events: 25, invocations: 10, bytes: 9_800 })
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

  it("a step's events, made when read (issue 13), are what a discard before the reading kept", () => {
    // Ten writes a second apart and no mapping yet: one step of ten `recordWritten` events.
    const file = scenarioFile({
      writes: puts(10, { intervalMs: 1000 }),
      mappingCreatedAtMs: 50_000,
    })
    const whole = createSimulation(normalized(file)).runUntil(virtualMs(20_000)).events
    const sim = createSimulation(normalized(file))
    const step = sim.runUntil(virtualMs(20_000))
    expect(sim.discardHistoryBefore(5_000)).toBe(5)
    expect(step.events.map((e) => e.atMs)).toEqual([5_000, 6_000, 7_000, 8_000, 9_000])
    expect(step.events).toEqual(whole.slice(5))
  })
})
