import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalized } from './testing/fixtures'
import { runScripted, type ScriptedHandler } from './testing/runScripted'
import { virtualMs } from './clock'
import { restoreSimulation, type Simulation } from './simulation'
import { createSimulation } from './simulation'
import type { NormalizedScenario } from './model/scenario'

const EXAMPLES = join(import.meta.dirname, '../../examples')

/** Every third invocation fails: retries, bisects and destinations happen in every example. */
const everyThirdFails: ScriptedHandler = (request) =>
  request.invocationId % 3 === 0
    ? {
        kind: 'error',
        error: { errorType: 'Error', errorMessage: 'boom', trace: [] },
        waitedMs: 0,
        logs: [],
      }
    : { kind: 'returned', response: null, waitedMs: 0, logs: [] }

/** Runs to `untilMs`, answering every invocation the scripted way, as the worker does with handler outcomes. */
function runTo(sim: Simulation, untilMs: number): void {
  for (;;) {
    const { effects } = sim.runUntil(virtualMs(untilMs))
    if (effects.length === 0) return
    for (const request of effects)
      sim.accept({
        type: 'invocationOutcome',
        invocationId: request.invocationId,
        outcome: everyThirdFails(request, []),
      })
  }
}

function finishedReport(sim: Simulation, scenario: NormalizedScenario): string {
  runTo(sim, scenario.durationMs)
  sim.finish()
  return JSON.stringify(sim.report())
}

const exampleFile = (name: string) =>
  JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Record<string, unknown>

const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'))

describe('snapshot and restore (the timeline, docs/semantics.md D11)', () => {
  it.each(examples)(
    '%s: restore + replay gives the byte-identical report of a straight run',
    (name) => {
      const scenario = normalized(exampleFile(name))
      const straight = JSON.stringify(runScripted(scenario, everyThirdFails).report)
      for (const fraction of [0.01, 0.5, 0.97]) {
        const sim = createSimulation(scenario)
        runTo(sim, Math.floor(scenario.durationMs * fraction))
        const saved = sim.save()
        // The original goes on first: its changes must not reach the saved state.
        expect(finishedReport(sim, scenario)).toBe(straight)
        expect(finishedReport(restoreSimulation(saved), scenario)).toBe(straight)
        expect(finishedReport(restoreSimulation(saved), scenario)).toBe(straight)
      }
    },
  )

  it('D11: a restored simulation mid-invocation takes the outcome it was waiting for', () => {
    const scenario = normalized(exampleFile('bisect-poison-pill.json'))
    const straight = JSON.stringify(runScripted(scenario, everyThirdFails).report)
    const sim = createSimulation(scenario)
    const { effects } = sim.runUntil(virtualMs(scenario.durationMs))
    expect(effects.length).toBeGreaterThan(0)
    const restored = restoreSimulation(sim.save())
    for (const request of effects)
      restored.accept({
        type: 'invocationOutcome',
        invocationId: request.invocationId,
        outcome: everyThirdFails(request, []),
      })
    expect(finishedReport(restored, scenario)).toBe(straight)
  })
})
