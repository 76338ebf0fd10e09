// docs/semantics.md D15: environments an update retired are freed as the run goes, not at its end.
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../engine'
import type { HandlerExecutor } from '../engine'
import { baseScenario } from '../engine/testing'
import { runScenario } from './runScenario'

/** Writes 10 s apart with a code update between them: the first environment retires at the update. */
const validated = validateScenario({
  ...baseScenario(),
  durationSeconds: 60,
  writes: ['a', 'b', 'c'].map((pk, i) => ({ atMs: i * 10_000, put: { pk, sk: 1 } })),
  actions: [{ atMs: 5_000, UpdateFunctionCode: { code: 'export const handler = async () => 1' } }],
})
if (!validated.ok) throw new Error(JSON.stringify(validated.errors))
const { scenario } = validated

describe('the headless runner frees retired environments', () => {
  it('discards the environment an update retired once the engine let it go, and only that one', async () => {
    const log: string[] = []
    const executor: HandlerExecutor = {
      invoke: (request) => {
        log.push(`invoke ${request.invocationId} on env ${request.environmentId}`)
        return Promise.resolve({ kind: 'returned', response: null, waitedMs: 0, logs: [] })
      },
      discard: (id) => log.push(`discard env ${id}`),
      dispose: () => Promise.resolve(),
    }
    await runScenario(scenario, executor)
    expect(log).toEqual([
      'invoke 1 on env 1',
      'discard env 1',
      'invoke 2 on env 2',
      'invoke 3 on env 2',
    ])
  })
})
