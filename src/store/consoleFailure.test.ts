// docs/semantics.md D19: when answering a console command fails inside the simulator, the console prints the
// failure and takes the next command; it never stays busy.
import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import { createAppStore } from './createAppStore'
import { createFakeRuntime } from './testing/fakeRuntime'

describe('the console after a failed answer (D19)', () => {
  it('prints the failure, bounded, and is ready for the next command', async () => {
    const fake = createFakeRuntime()
    fake.runtime.mappingApi = () =>
      Promise.reject(new RangeError('Maximum call stack size exceeded'))
    const store = createAppStore({ runtime: fake.runtime })
    store.getState().loadScenario(SCENARIO_PRESETS['poison-pill'])
    await store.getState().runConsoleCommand('aws lambda list-event-source-mappings')
    const { entries, busy } = store.getState().console
    expect(busy).toBe(false)
    expect(entries.map((e) => [e.output, e.failed])).toEqual([
      ['Internal error: RangeError: Maximum call stack size exceeded', true],
    ])
  })
})
