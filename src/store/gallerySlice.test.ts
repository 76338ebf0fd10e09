import { describe, expect, it } from 'vitest'
import { validateScenario } from '../engine'
import { SCENARIO_PRESETS } from '../scenarios'
import { encodeShareHash } from '../lib/shareLink'
import { createAppStore } from './createAppStore'
import { createFakeRuntime, SCENARIO_INFO, MAPPING_IN_EFFECT } from './testing/fakeRuntime'
import type { ScenarioFile } from './scenarioEdit'
import { exportFileName, PRESET_CATALOG } from './scenarioFiles'
import type { CatalogEntry } from './scenarioFiles'
import { hasEdits } from './slices/gallerySlice'

const poisonPill = SCENARIO_PRESETS['poison-pill'] as ScenarioFile
const bisect: ScenarioFile = {
  ...poisonPill,
  name: 'Bisect',
  mapping: { StartingPosition: 'LATEST' },
}

function setup() {
  const fake = createFakeRuntime()
  const lazy: CatalogEntry = { id: 'bisect', name: 'Bisect', load: () => Promise.resolve(bisect) }
  const store = createAppStore({ runtime: fake.runtime, catalog: [...PRESET_CATALOG, lazy] })
  store.getState().openScenario(poisonPill, 'poison-pill')
  store.getState().applyRuntimeBatch({
    reports: [
      { type: 'loaded', loadId: 1, info: SCENARIO_INFO, rows: [], mapping: MAPPING_IN_EFFECT },
    ],
    outcomes: [],
  })
  return { ...fake, store }
}

describe('scenario gallery', () => {
  it('lists the presets and the catalog by name', () => {
    const { store } = setup()
    expect(store.getState().gallery.entries.map((e) => e.id)).toEqual([
      'poison-pill',
      'day-of-traffic',
      'bisect',
    ])
  })

  it('loads a pick at once when nothing was edited', async () => {
    const { store, loads } = setup()
    await store.getState().chooseScenario('bisect')
    expect(loads.at(-1)).toBe(bisect)
    expect(store.getState().scenario.presetName).toBe('bisect')
    expect(store.getState().gallery.pending).toBeUndefined()
  })

  it('asks before an edited handler is replaced, and keeps it when the user says so', async () => {
    const { store, loads } = setup()
    store.getState().setFunctionSource('export const handler = async () => "mine"')
    const edited = store.getState().scenario.file
    const loadsBefore = loads.length

    await store.getState().chooseScenario('bisect')
    expect(store.getState().gallery.pending).toMatchObject({ id: 'bisect', name: 'Bisect' })
    expect(loads).toHaveLength(loadsBefore)

    store.getState().cancelPending()
    expect(store.getState().gallery.pending).toBeUndefined()
    expect(store.getState().scenario.file).toBe(edited)
    expect(store.getState().scenario.presetName).toBe('poison-pill')

    await store.getState().chooseScenario('bisect')
    store.getState().confirmPending()
    expect(loads.at(-1)).toBe(bisect)
    expect(store.getState().scenario.presetName).toBe('bisect')
  })

  it('counts an item edit and an invalid draft as edits', async () => {
    const { store } = setup()
    store.getState().openItemEditor()
    store.getState().saveItem()
    await store.getState().chooseScenario('day-of-traffic')
    expect(store.getState().gallery.pending?.id).toBe('day-of-traffic')

    const other = setup().store
    other.getState().setField('mapping', 'BatchSize', '0')
    await other.getState().chooseScenario('bisect')
    expect(other.getState().gallery.pending?.id).toBe('bisect')
  })

  it('lets only the latest of two quick picks load', async () => {
    const { store } = setup()
    const first = store.getState().chooseScenario('bisect')
    const second = store.getState().chooseScenario('day-of-traffic')
    await Promise.all([first, second])
    expect(store.getState().scenario.presetName).toBe('day-of-traffic')
  })
})

describe('import', () => {
  it('shows a parse error for a file that is not JSON and changes nothing', () => {
    const { store, loads } = setup()
    const before = store.getState().scenario
    store.getState().importScenario('not json {')
    expect(store.getState().gallery.importErrors).toEqual([
      expect.stringMatching(/^The file is not valid JSON: /) as unknown,
    ])
    expect(store.getState().scenario).toBe(before)
    expect(loads).toHaveLength(1)
  })

  it("lists every validation error as path: AWS's message, then dismisses them", () => {
    const { store, loads } = setup()
    const bad = { ...bisect, mapping: { BatchSize: 0, StartingPosition: 'TRIM_HORIZON' }, typo: 1 }
    store.getState().importScenario(JSON.stringify(bad))
    const errors = store.getState().gallery.importErrors
    expect(errors).toContain(
      "mapping.BatchSize: ValidationException: 1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
    )
    expect(errors.some((e) => e.startsWith('typo: '))).toBe(true)
    expect(loads).toHaveLength(1)
    store.getState().dismissImportErrors()
    expect(store.getState().gallery.importErrors).toEqual([])
  })

  it('names the root $ when the file is not an object', () => {
    const { store } = setup()
    store.getState().importScenario('[]')
    expect(store.getState().gallery.importErrors).toEqual([
      '$: A scenario must be a JSON object, got []',
    ])
  })

  it('says a file of a newer scenario version needs a newer playground, and changes nothing', () => {
    const { store, loads } = setup()
    const before = store.getState().scenario
    store.getState().importScenario(JSON.stringify({ ...bisect, version: 3, newKey: true }))
    expect(store.getState().gallery.importErrors).toEqual([
      'This file was made by a newer version of the playground: it holds a scenario of version 3, and this playground reads version 1.',
    ])
    expect(store.getState().scenario).toBe(before)
    expect(loads).toHaveLength(1)
  })

  it('loads a valid file as an imported scenario', () => {
    const { store, loads } = setup()
    store.getState().importScenario(JSON.stringify(bisect))
    expect(loads.at(-1)).toEqual(bisect)
    expect(store.getState().scenario.presetName).toBeUndefined()
    expect(store.getState().gallery.baseline).toEqual(bisect)
  })
})

describe('export', () => {
  it('writes the edited handler and settings, and replays item edits when they landed', () => {
    const { store, writes, loads } = setup()
    const code = 'export const handler = async () => "edited"'
    store.getState().setFunctionSource(code)
    store.getState().setField('mapping', 'BatchSize', '10')
    // Before the run starts, a setting change reloads: the worker answers the new load.
    const loadId = loads.length
    store.getState().applyRuntimeBatch({
      reports: [
        { type: 'loaded', loadId, info: SCENARIO_INFO, rows: [], mapping: MAPPING_IN_EFFECT },
      ],
      outcomes: [],
    })
    // Item edits during a run are timed writes (before it, they change table.Items).
    store.getState().play()
    store.getState().openItemEditor()
    store.getState().setItemText('{ "pk": "kept" }')
    store.getState().saveItem()
    store.getState().openItemEditor()
    store.getState().setItemText('{ "pk": "rejected" }')
    store.getState().saveItem()
    expect(writes).toHaveLength(2)
    store.getState().applyRuntimeBatch({
      reports: [
        { type: 'writeResult', loadId, requestId: 1, atMs: 4200, result: { kind: 'noop' } },
        {
          type: 'writeResult',
          loadId,
          requestId: 2,
          atMs: 4300,
          result: { kind: 'rejected', message: 'no' },
        },
      ],
      outcomes: [],
    })

    const { fileName, text } = store.getState().exportScenario()
    const file = JSON.parse(text) as ScenarioFile & { writes: unknown[] }
    expect(fileName).toBe('poison-pill-retried-twice-then-sent-to-sqs-edited.json')
    expect(file.name).toBe('Poison pill: retried twice, then sent to SQS (edited)')
    expect(file.function).toMatchObject({ code })
    expect(file.mapping).toMatchObject({ BatchSize: 10 })
    expect(file.writes.slice(SCENARIO_PRESETS['poison-pill'].writes.length)).toEqual([
      { atMs: 4200, PutItem: { Item: { pk: { S: 'kept' } } } },
    ])
    expect(validateScenario(file).ok).toBe(true)
  })

  it('falls back to a plain file name', () => {
    expect(exportFileName('  ')).toBe('scenario.json')
    expect(exportFileName(undefined)).toBe('scenario.json')
    expect(exportFileName('A/B: c?')).toBe('a-b-c.json')
  })
})

describe('share links', () => {
  it('opens a link to the exported file, edits included', () => {
    const first = setup()
    first.store.getState().setFunctionSource('export const handler = async () => "ünïcode"\n')
    const hash = first.store.getState().shareHash()
    const exported = JSON.parse(first.store.getState().exportScenario().text) as unknown
    const second = setup()
    expect(second.store.getState().openShareLink(hash)).toBe(true)
    expect(second.loads.at(-1)).toEqual(exported)
    expect(second.store.getState().gallery.shareError).toBeUndefined()
  })

  it('shows the failed stage and changes nothing', () => {
    const { store, loads } = setup()
    const before = store.getState().scenario
    expect(store.getState().openShareLink('#s=not-base64!!')).toBe(false)
    expect(store.getState().gallery.shareError?.stage).toBe('decode')
    const bad = { ...bisect, mapping: { BatchSize: 0, StartingPosition: 'TRIM_HORIZON' } }
    expect(store.getState().openShareLink(encodeShareHash(bad))).toBe(false)
    expect(store.getState().gallery.shareError).toEqual({
      stage: 'validate',
      lines: [
        "mapping.BatchSize: ValidationException: 1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ],
    })
    expect(store.getState().scenario).toBe(before)
    expect(loads).toHaveLength(1)
    store.getState().dismissShareError()
    expect(store.getState().gallery.shareError).toBeUndefined()
  })

  it('says a newer key needs a newer playground, and ignores other hashes', () => {
    const { store } = setup()
    expect(store.getState().openShareLink('#top')).toBe(false)
    expect(store.getState().gallery.shareError).toBeUndefined()
    expect(store.getState().openShareLink('#s2=AAAA')).toBe(false)
    expect(store.getState().gallery.shareError).toEqual({
      stage: 'newer',
      lines: [
        'This link was made by a newer version of the playground: it uses the link format #s2=, and this playground reads #s= links (scenario version 1).',
      ],
    })
  })

  it('says a #s= link to a scenario of a newer version needs a newer playground, and changes nothing', () => {
    const { store, loads } = setup()
    store.getState().setFunctionSource('// mine\n')
    const before = store.getState().scenario
    const loadsBefore = loads.length
    expect(store.getState().openShareLink(encodeShareHash({ ...bisect, version: 2 }))).toBe(false)
    expect(store.getState().gallery.shareError).toEqual({
      stage: 'newer',
      lines: [
        'This link was made by a newer version of the playground: it holds a scenario of version 2, and this playground reads version 1.',
      ],
    })
    expect(store.getState().scenario).toBe(before)
    expect(store.getState().gallery.pending).toBeUndefined()
    expect(loads).toHaveLength(loadsBefore)
  })

  it('asks before a link replaces edits', () => {
    const { store, loads } = setup()
    store.getState().setFunctionSource('// mine\n')
    const loadsBefore = loads.length
    expect(store.getState().openShareLink(encodeShareHash(bisect))).toBe(true)
    expect(store.getState().gallery.pending?.file).toEqual(bisect)
    expect(loads).toHaveLength(loadsBefore)
  })
})

describe('edited scenarios', () => {
  it('an item edit before the run changes table.Items, so export and link open that table', () => {
    const { store, writes, loads } = setup()
    store.getState().openItemEditor()
    store.getState().setItemText('{ "pk": "order-2", "status": "cancelled" }')
    store.getState().saveItem()
    expect(writes).toHaveLength(0)
    const items = [
      { pk: { S: 'order-1' }, status: { S: 'new' }, total: { N: '42' } },
      { pk: { S: 'order-2' }, status: { S: 'cancelled' } },
      { pk: { S: 'order-3' }, status: { S: 'shipped' }, total: { N: '19' } },
    ]
    expect(loads.at(-1)).toMatchObject({ table: { Items: items } })
    expect(store.getState().table.lastWrite).toMatchObject({ startingTable: true })
    const file = JSON.parse(store.getState().exportScenario().text) as ScenarioFile
    expect(file).toMatchObject({ table: { Items: items }, writes: poisonPill.writes })
  })

  it('are named "(edited)" and say what they were edited from, once', () => {
    const { store } = setup()
    store.getState().setFunctionSource('// mine\n')
    const file = JSON.parse(store.getState().exportScenario().text) as ScenarioFile
    expect(file.name).toBe('Poison pill: retried twice, then sent to SQS (edited)')
    expect(file.description).toBe(
      `Edited from “Poison pill: retried twice, then sent to SQS”. Its description was: ${String(poisonPill.description)}`,
    )
    // Opened from that link and edited again, it is not "(edited) (edited)".
    store.getState().openScenario(file)
    store.getState().setFunctionSource('// mine, again\n')
    const again = JSON.parse(store.getState().exportScenario().text) as ScenarioFile
    expect([again.name, again.description]).toEqual([file.name, file.description])
  })

  it('a link to the very work that is open opens without asking', () => {
    const { store } = setup()
    store.getState().setFunctionSource('// mine\n')
    expect(store.getState().openShareLink(store.getState().shareHash())).toBe(true)
    expect(store.getState().gallery.pending).toBeUndefined()
  })

  it('a link over edits is offered as a link', () => {
    const { store } = setup()
    store.getState().setFunctionSource('// mine\n')
    store.getState().openShareLink(encodeShareHash(bisect))
    expect(store.getState().gallery.pending).toMatchObject({ source: 'link', name: 'Bisect' })
  })
})

describe('saved work', () => {
  it('restores the file, the baseline it is measured against, the gallery id and invalid drafts', () => {
    const first = setup().store
    first.getState().setFunctionSource('// mine\n')
    first.getState().setField('mapping', 'BatchSize', 'abc')
    const work = first.getState().workToSave()
    expect(work).toMatchObject({ version: 1, baseline: poisonPill, galleryId: 'poison-pill' })
    expect(work.drafts).toEqual({ 'mapping.BatchSize': 'abc' })

    const { store, loads } = setup()
    store.getState().restoreWork(work)
    expect(loads.at(-1)).toEqual(work.file)
    expect(store.getState().gallery).toMatchObject({ baseline: poisonPill, restored: true })
    expect(store.getState().scenario.presetName).toBe('poison-pill')
    expect(store.getState().scenario.drafts).toEqual({ 'mapping.BatchSize': 'abc' })
    expect(hasEdits(store.getState())).toBe(true)
  })

  it('keeps writes made during the run as timed writes', () => {
    const { store } = setup()
    store.getState().play()
    store.getState().openItemEditor()
    store.getState().setItemText('{ "pk": "late" }')
    store.getState().saveItem()
    store.getState().applyRuntimeBatch({
      reports: [
        { type: 'writeResult', loadId: 1, requestId: 1, atMs: 900, result: { kind: 'noop' } },
      ],
      outcomes: [],
    })
    const { writes } = store.getState().workToSave().file as { writes: unknown[] }
    expect(writes.at(-1)).toEqual({ atMs: 900, PutItem: { Item: { pk: { S: 'late' } } } })
  })

  it('Reset to preset discards every edit and reloads the baseline', () => {
    const { store, loads } = setup()
    store.getState().setFunctionSource('// mine\n')
    store.getState().resetToBaseline()
    expect(loads.at(-1)).toBe(poisonPill)
    expect(hasEdits(store.getState())).toBe(false)
    expect(store.getState().scenario.presetName).toBe('poison-pill')
  })

  it('reports a storage problem once', () => {
    const { store } = setup()
    store.getState().reportStorage({ kind: 'unavailable', reason: 'full' })
    store.getState().dismissStorageNotice()
    store.getState().reportStorage({ kind: 'unavailable', reason: 'full' })
    expect(store.getState().gallery.storageNotice).toBeUndefined()
  })
})
