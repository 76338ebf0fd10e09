import { createSimulation, isEnvironmentLost, virtualMs } from '../engine'
import type { HandlerExecutor, NormalizedScenario, RunReport, Simulation } from '../engine'

/**
 * Drives a simulation to the scenario's end: the engine hands out invocations, the executor runs the handlers
 * (concurrent invocations in parallel, each in its own environment), their outcomes go back in. The same loop
 * serves the headless runner and the browser worker, so both produce the same report.
 */
export async function runScenario(
  scenario: NormalizedScenario,
  executor: HandlerExecutor,
): Promise<RunReport> {
  return (await playScenario(scenario, executor)).report()
}

/** Plays the scenario to its end and hands back the finished simulation, to read its report (or stream it). */
export async function playScenario(
  scenario: NormalizedScenario,
  executor: HandlerExecutor,
): Promise<Simulation> {
  const sim = createSimulation(scenario)
  const endMs = virtualMs(scenario.durationMs)
  const held = new Set<number>()
  for (;;) {
    const step = sim.runUntil(endMs)
    freeRetired(sim, held, executor)
    if (step.effects.length === 0) {
      if (step.reachedMs >= endMs) break
      throw new Error(`The simulation stopped at ${step.reachedMs} ms with no invocation to run`)
    }
    const outcomes = await Promise.all(step.effects.map((request) => executor.invoke(request)))
    step.effects.forEach((request, i) => {
      const outcome = outcomes[i]
      if (isEnvironmentLost(outcome)) executor.discard(request.environmentId)
      else held.add(request.environmentId)
      sim.accept({ type: 'invocationOutcome', invocationId: request.invocationId, outcome })
    })
  }
  sim.finish()
  return sim
}

/**
 * Frees the executor's environments the engine no longer has: those an update retired (docs/semantics.md D15)
 * would otherwise keep their worker thread until the run ends.
 */
function freeRetired(sim: Simulation, held: Set<number>, executor: HandlerExecutor): void {
  const live = new Set(sim.snapshot().environments?.map((e) => e.id))
  for (const id of held) {
    if (live.has(id)) continue
    held.delete(id)
    executor.discard(id)
  }
}
