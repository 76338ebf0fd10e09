import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as engine from '../engine'
import { SCENARIO_PRESETS } from '../scenarios'
import type { ScenarioFile } from './scenarioEdit'
import { planSettingChange } from './settingChange'
import type { SettingChange } from './settingChange'
import { MAPPING_IN_EFFECT, SCENARIO_INFO } from './testing/fakeRuntime'
import { loadedStore } from './testing/loadedStore'

// Counts validations: the planner must validate the edited file exactly once.
vi.mock('../engine', async (importOriginal) => {
  const actual = await importOriginal<typeof engine>()
  return { ...actual, validateScenario: vi.fn(actual.validateScenario) }
})
const validations = vi.mocked(engine.validateScenario)

const file: ScenarioFile = SCENARIO_PRESETS['poison-pill']
const settings = (() => {
  const result = engine.validateScenario(file)
  if (!result.ok) throw new Error('the preset is valid')
  return result.scenario.mapping.settings
})()
const current = { file, settings }
const plan = (change: SettingChange) => planSettingChange(current, change)
const liveUpdateOf = (change: SettingChange) => {
  const result = plan(change)
  return result.ok ? result.liveUpdate : result.errors
}

beforeEach(() => validations.mockClear())

describe('planSettingChange', () => {
  it('validates the edited file once and hands back the file and its normalized scenario', () => {
    const result = plan({ section: 'mapping', name: 'BatchSize', value: 5 })
    expect(validations).toHaveBeenCalledTimes(1)
    if (!result.ok) throw new Error('BatchSize 5 is valid')
    expect([
      (result.file.mapping as Record<string, unknown>).BatchSize,
      result.scenario.mapping.settings.batchSize,
    ]).toEqual([5, 5])
  })

  it('A12: a bad value gives AWS’s message for that field and no file', () => {
    expect(plan({ section: 'mapping', name: 'BatchSize', value: 0 })).toEqual({
      ok: false,
      errors: [
        "ValidationException: 1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ],
    })
  })

  it('an error elsewhere in the file is shown with its path', () => {
    const broken = { ...file, function: { ...(file.function as object), Timeout: 0 } }
    expect(
      planSettingChange(
        { file: broken, settings },
        { section: 'mapping', name: 'BatchSize', value: 5 },
      ),
    ).toEqual({
      ok: false,
      errors: [
        "function.Timeout: ValidationException: 1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ],
    })
  })

  it('a live mapping setting becomes an UpdateEventSourceMapping of only what changed', () => {
    expect(liveUpdateOf({ section: 'mapping', name: 'BatchSize', value: 5 })).toEqual({
      kind: 'updateMapping',
      settings: { batchSize: 5 },
      enabled: undefined,
      body: { BatchSize: 5 },
    })
    expect(
      liveUpdateOf({ section: 'mapping', name: 'MaximumBatchingWindowInSeconds', value: 2 }),
    ).toEqual({
      kind: 'updateMapping',
      settings: { batchWindowMs: 2000 },
      enabled: undefined,
      body: { MaximumBatchingWindowInSeconds: 2 },
    })
  })

  it('removing a key goes back to the table default', () => {
    const edited = { ...file, mapping: { ...(file.mapping as object), BatchSize: 5 } }
    const result = planSettingChange(
      { file: edited, settings: { ...settings, batchSize: 5 } },
      { section: 'mapping', name: 'BatchSize', value: undefined },
    )
    expect(result.ok && result.liveUpdate).toEqual({
      kind: 'updateMapping',
      settings: { batchSize: 100 },
      enabled: undefined,
      // D16: the file's action names the default, as the update the form sent.
      body: { BatchSize: 100 },
    })
  })

  it('Enabled is sent as UpdateEventSourceMapping’s Enabled, with no settings', () => {
    expect(liveUpdateOf({ section: 'mapping', name: 'Enabled', value: false })).toEqual({
      kind: 'updateMapping',
      settings: {},
      enabled: false,
      body: { Enabled: false },
    })
  })

  it('A3.1: StartingPosition applies from the next Reset; D15: Timeout and MemorySize are UpdateFunctionConfiguration', () => {
    expect([
      liveUpdateOf({ section: 'mapping', name: 'StartingPosition', value: 'LATEST' }),
      liveUpdateOf({ section: 'function', name: 'Timeout', value: 10 }),
      liveUpdateOf({ section: 'function', name: 'MemorySize', value: 256 }),
    ]).toEqual([
      { kind: 'onReset' },
      { kind: 'updateFunction', change: { timeoutMs: 10_000 } },
      { kind: 'updateFunction', change: { memorySizeMb: 256 } },
    ])
  })

  it('ReservedConcurrentExecutions is a PutFunctionConcurrency; empty (null) removes the reservation', () => {
    expect([
      liveUpdateOf({ section: 'function', name: 'ReservedConcurrentExecutions', value: 0 }),
      liveUpdateOf({ section: 'function', name: 'ReservedConcurrentExecutions', value: null }),
    ]).toEqual([
      { kind: 'putFunctionConcurrency', reservedConcurrency: 0 },
      { kind: 'putFunctionConcurrency', reservedConcurrency: null },
    ])
  })

  it('with no running settings yet (the last load was invalid) a mapping change waits for a Reset', () => {
    const result = planSettingChange(
      { file, settings: undefined },
      { section: 'mapping', name: 'BatchSize', value: 5 },
    )
    expect(result.ok && result.liveUpdate).toEqual({ kind: 'onReset' })
  })
})

describe('the store carries the plan out', () => {
  it('a setting change validates the file once on the main thread, before and during a run', () => {
    const fake = loadedStore(file)
    const { store } = fake
    validations.mockClear()
    store.getState().setField('mapping', 'BatchSize', '10')
    expect([validations.mock.calls.length, fake.calls.at(-1)?.[0]]).toEqual([1, 'load'])
    fake.deliver({
      reports: [
        { type: 'loaded', loadId: 2, info: SCENARIO_INFO, rows: [], mapping: MAPPING_IN_EFFECT },
      ],
      outcomes: [],
    })
    store.getState().play()
    validations.mockClear()
    store.getState().setField('mapping', 'BatchSize', '25')
    store.getState().commitField('mapping', 'BatchSize')
    expect([validations.mock.calls.length, fake.calls.at(-1)]).toEqual([
      1,
      ['updateMapping', { batchSize: 25 }, undefined],
    ])
  })
})
