/**
 * docs/semantics.md D16: the file Export writes after a mid-run BatchSize change replays the run the user saw —
 * the same run report as the simulation that took the change live. D21: so does a destination cleared mid-run.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { createSimulation, isEnvironmentLost, validateScenario, virtualMs } from '../engine'
import type { NormalizedScenario, RunReport, SimInput } from '../engine'
import { runScenario } from '../runner/runScenario'
import { createNodeExecutor } from '../sandbox/host/node/createNodeExecutor'
import { SCENARIO_PRESETS } from '../scenarios'
import { loadedStore } from './testing/loadedStore'

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

const preset = SCENARIO_PRESETS['poison-pill']

/**
 * The poison-pill run that takes `input` in the Mapping settings tab at `atMs` (typed, then the field left), and
 * the run of the file Export then writes.
 */
async function liveAndReplayed(atMs: number, name: string, input: string, live: SimInput) {
  const { store, clock } = loadedStore(preset)
  store.getState().step()
  clock.nowMs = atMs
  store.getState().setField('mapping', name, input)
  store.getState().commitField('mapping', name)
  await Promise.resolve()
  const exported = JSON.parse(store.getState().exportScenario().text) as unknown
  const report = await runWithLiveChange(valid(preset), atMs, live)
  return { live: report, replayed: await runScenario(valid(exported), executor) }
}

describe('a mid-run setting change in the exported file', () => {
  it('D16: export → import replays the run that took BatchSize 2 at 4,200 ms live', async () => {
    const { live, replayed } = await liveAndReplayed(4_200, 'BatchSize', '2', {
      type: 'updateMapping',
      settings: { batchSize: 2 },
    })
    expect({ ...replayed, scenario: live.scenario }).toEqual(live)
    // Not the run of BatchSize 2 from the start: the change is what the file replays.
    const fromStart = await runScenario(
      valid({ ...preset, mapping: { ...(preset.mapping as object), BatchSize: 2 } }),
      executor,
    )
    expect(fromStart.invocations).not.toEqual(live.invocations)
  })

  it('D21: a destination cleared at 1,500 ms: the exhausted batch is dropped, not sent, and the file replays that run', async () => {
    const { live, replayed } = await liveAndReplayed(1_500, 'DestinationConfig', '', {
      type: 'updateMapping',
      settings: { onFailure: undefined },
    })
    expect(live.destinations).toEqual([])
    expect(live.records.map((r) => r.fate)).toEqual(['dropped', 'dropped', 'dropped'])
    expect({ ...replayed, scenario: live.scenario }).toEqual(live)
  })
})
