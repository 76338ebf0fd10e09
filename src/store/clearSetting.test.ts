/**
 * docs/semantics.md D21 (and D16): a setting cleared mid-run in the Mapping settings tab is one
 * UpdateEventSourceMapping, sent when the field is left, that puts AWS's "none" in force; the action Export writes
 * for it means what the engine was sent, so the file replays the run.
 */
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../engine'
import type { MappingSettings } from '../engine'
import { SCENARIO_PRESETS } from '../scenarios'
import { loadedStore } from './testing/loadedStore'

const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq'

const file = {
  ...SCENARIO_PRESETS['poison-pill'],
  mapping: {
    StartingPosition: 'TRIM_HORIZON',
    MaximumRetryAttempts: 2,
    MaximumRecordAgeInSeconds: 3600,
    BisectBatchOnFunctionError: true,
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    TumblingWindowInSeconds: 30,
    FilterCriteria: { Filters: [{ Pattern: '{"eventName":["INSERT"]}' }] },
    DestinationConfig: { OnFailure: { Destination: QUEUE } },
  },
}

/** The texts a user's Backspace leaves in a field, one key at a time, down to empty. */
function backspaces(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, text.length - 1 - i))
}

function running() {
  const loaded = loadedStore(file)
  loaded.store.getState().step()
  return loaded
}

const updates = (calls: unknown[][]) => calls.filter((call) => call[0] === 'updateMapping')

describe('clearing a mapping setting mid-run (docs/semantics.md D21)', () => {
  it('D21: Backspace down to an empty DestinationConfig sends one update, on leaving the field, that removes the destination', async () => {
    const { store, calls, clock } = running()
    clock.nowMs = 5_000
    for (const text of backspaces(QUEUE))
      store.getState().setField('mapping', 'DestinationConfig', text)
    // "…:orders-dl", "…:orders-d" … are valid ARNs on the way: none of them is a request.
    expect(updates(calls)).toEqual([])
    store.getState().commitField('mapping', 'DestinationConfig')
    store.getState().commitField('mapping', 'DestinationConfig')
    expect(updates(calls)).toEqual([['updateMapping', { onFailure: undefined }, undefined]])
    expect('onFailure' in (updates(calls)[0][1] as object)).toBe(true)
    await Promise.resolve()
    const exported = JSON.parse(store.getState().exportScenario().text) as Record<string, unknown>
    expect(exported.mapping).toEqual(file.mapping)
    expect(exported.actions).toEqual([
      {
        atMs: 5_000,
        UpdateEventSourceMapping: { DestinationConfig: { OnFailure: { Destination: '' } } },
      },
    ])
  })

  it('D21: each setting cleared sends its "none", and the action written for it is read back as that same change', async () => {
    const { store, calls, clock } = running()
    const cleared: [string, readonly (string | boolean)[], Partial<MappingSettings>][] = [
      ['FilterCriteria', [''], { filterPatterns: [] }],
      ['MaximumRecordAgeInSeconds', ['360', '36', '3', ''], { maximumRecordAgeMs: -1 }],
      ['BisectBatchOnFunctionError', [false], { bisectBatchOnFunctionError: false }],
      ['FunctionResponseTypes', [false], { reportBatchItemFailures: false }],
      ['TumblingWindowInSeconds', ['3', ''], { tumblingWindowMs: 0 }],
      ['DestinationConfig', backspaces(QUEUE), { onFailure: undefined }],
    ]
    for (const [i, [name, inputs]] of cleared.entries()) {
      clock.nowMs = 2_000 * (i + 1)
      for (const input of inputs) store.getState().setField('mapping', name, input)
      store.getState().commitField('mapping', name)
      await Promise.resolve()
    }
    const sent = updates(calls).map((call) => call[1])
    expect(sent).toEqual(cleared.map(([, , settings]) => settings))
    const exported = JSON.parse(store.getState().exportScenario().text) as unknown
    const result = validateScenario(exported)
    if (!result.ok) throw new Error(result.errors[0]?.message)
    const read = result.scenario.actions.map((a) => ('settings' in a ? a.settings : undefined))
    expect(read).toEqual(sent)
    expect(result.scenario.actions.map((a) => a.atMs)).toEqual([
      2_000, 4_000, 6_000, 8_000, 10_000, 12_000,
    ])
  })
})
