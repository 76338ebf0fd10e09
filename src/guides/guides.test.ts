import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { createSimulation, isEnvironmentLost, validateScenario, virtualMs } from '../engine'
import type { SimEvent } from '../engine'
import { createNodeExecutor } from '../sandbox/host/node/createNodeExecutor'
import { GUIDES } from './index'
import { foldProgress, startProgress } from './progress'
import { GUIDE_WATCH_SECONDS } from './watchSeconds'
import { watchSeconds } from './watchTime'

const executor = createNodeExecutor()
afterAll(() => executor.dispose())

/** The headless runner's loop (src/runner/runScenario.ts), keeping the journal the triggers are read from. */
async function runOf(example: string): Promise<{ journal: readonly SimEvent[]; endMs: number }> {
  const validated = validateScenario(JSON.parse(readFileSync(`examples/${example}.json`, 'utf8')))
  if (!validated.ok) throw new Error(validated.errors.map((e) => e.message).join('; '))
  const sim = createSimulation(validated.scenario)
  const endMs = virtualMs(validated.scenario.durationMs)
  for (;;) {
    const step = sim.runUntil(endMs)
    if (step.effects.length === 0) break
    const outcomes = await Promise.all(step.effects.map((r) => executor.invoke(r)))
    step.effects.forEach((request, i) => {
      if (isEnvironmentLost(outcomes[i])) executor.discard(request.environmentId)
      sim.accept({
        type: 'invocationOutcome',
        invocationId: request.invocationId,
        outcome: outcomes[i],
      })
    })
  }
  sim.finish()
  return { journal: sim.journal(), endMs: validated.scenario.durationMs }
}

describe('guided scenarios (README "Guided scenarios")', () => {
  it('there are at least 12, with distinct ids, each of its own example', () => {
    expect(GUIDES.length).toBeGreaterThanOrEqual(12)
    expect(new Set(GUIDES.map((g) => g.id)).size).toBe(GUIDES.length)
    expect(new Set(GUIDES.map((g) => g.example)).size).toBe(GUIDES.length)
  })

  it.each(GUIDES.map((g) => [g.id, g] as const))(
    '%s: every step’s trigger fires, in order, before the run ends; its watch time is measured',
    async (_, guide) => {
      const { journal, endMs } = await runOf(guide.example)
      const { firedAtMs } = foldProgress(guide, startProgress(guide), journal, endMs)
      expect(firedAtMs.every((t) => t !== undefined)).toBe(true)
      const fired = firedAtMs as number[]
      expect(fired).toEqual([...fired].sort((a, b) => a - b))
      expect(watchSeconds(guide, journal, fired)).toBe(GUIDE_WATCH_SECONDS[guide.id])
    },
    60_000,
  )
})
