import type { ScenarioFile } from '../scenarioEdit'
import { createAppStore } from '../createAppStore'
import { createFakeRuntime, MAPPING_IN_EFFECT, SCENARIO_INFO } from './fakeRuntime'

/** A store on a fake runtime with `file` loaded, as the worker answers a load (store tests start here). */
export function loadedStore(file: ScenarioFile) {
  const fake = createFakeRuntime()
  const store = createAppStore({ runtime: fake.runtime })
  store.getState().loadScenario(file)
  fake.deliver({
    reports: [
      { type: 'loaded', loadId: 1, info: SCENARIO_INFO, rows: [], mapping: MAPPING_IN_EFFECT },
    ],
    outcomes: [],
  })
  return { ...fake, store }
}
