/**
 * docs/semantics.md D16: the file Export writes after a mid-run BatchSize change replays the run the user saw —
 * the same run report as the simulation that took the change live.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { createSimulation, isEnvironmentLost, validateScenario, virtualMs } from '../engine'
import type { NormalizedScenario, RunReport, SimInput } from '../engine'
import { runScenario } from '../runner/runScenario'
import { createNodeExecutor } from '../sandbox/host/node/createNodeExecutor'
import { SCENARIO_PRESETS } from '../scenarios'
import { createAppStore } from './createAppStore'
import { createFakeRuntime, MAPPING_IN_EFFECT, SCENARIO_INFO } from './testing/fakeRuntime'

const executor = createNodeExecutor()
afterAll(() => executor.dispose())

function valid(file: unknown): NormalizedScenario {
  const result = validateScenario(file)
  if (!result.ok) throw new Error(result.errors[0]?.message)
  return result.scenario
}

/** Runs to the end as the worker does, taking `live` at `atMs` as a settings change made then. */
async function runWithLiveChange(
  scenario: NormalizedScenario,
  atMs: number,
  live: SimInput,
): Promise<RunReport> {
  const sim = createSimulation(scenario)
  let changed = false
  for (;;) {
    const until = changed ? scenario.durationMs : atMs
    const step = sim.runUntil(virtualMs(until))
    const outcomes = await Promise.all(step.effects.map((request) => executor.invoke(request)))
    step.effects.forEach((request, i) => {
      const outcome = outcomes[i]
      if (isEnvironmentLost(outcome)) executor.discard(request.environmentId)
      sim.accept({ type: 'invocationOutcome', invocationId: request.invocationId, outcome })
    })
    if (step.effects.length > 0) continue
    if (changed) break
    sim.accept(live)
    changed = true
  }
  sim.finish()
  return sim.report()
}

describe('a mid-run setting change in the exported file', () => {
  it('D16: export → import replays the run that took BatchSize 2 at 4,200 ms live', async () => {
    const preset = SCENARIO_PRESETS['poison-pill']
    const fake = createFakeRuntime()
    const store = createAppStore({ runtime: fake.runtime })
    store.getState().loadScenario(preset)
    fake.deliver({
      reports: [
        { type: 'loaded', loadId: 1, info: SCENARIO_INFO, rows: [], mapping: MAPPING_IN_EFFECT },
      ],
      outcomes: [],
    })
    store.getState().step()
    fake.clock.nowMs = 4_200
    store.getState().setField('mapping', 'BatchSize', '2')
    await Promise.resolve()
    const exported = JSON.parse(store.getState().exportScenario().text) as unknown

    const live = await runWithLiveChange(valid(preset), 4_200, {
      type: 'updateMapping',
      settings: { batchSize: 2 },
    })
    const replayed = await runScenario(valid(exported), executor)
    expect({ ...replayed, scenario: live.scenario }).toEqual(live)
    // Not the run of BatchSize 2 from the start: the change is what the file replays.
    const fromStart = await runScenario(
      valid({ ...preset, mapping: { ...(preset.mapping as object), BatchSize: 2 } }),
      executor,
    )
    expect(fromStart.invocations).not.toEqual(live.invocations)
  })
})
