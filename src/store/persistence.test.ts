import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import {
  MAX_WORK_CHARS,
  UNREADABLE_KEY,
  WORK_KEY,
  WORK_VERSION,
  readWork,
  savedWorkHasEdits,
  writeWork,
} from './persistence'
import type { KeyValueStorage, SavedWork } from './persistence'
import type { ScenarioFile } from './scenarioEdit'

const preset = SCENARIO_PRESETS['poison-pill'] as ScenarioFile
const edited: ScenarioFile = { ...preset, mapping: { StartingPosition: 'LATEST', BatchSize: 3 } }
const work: SavedWork = {
  version: WORK_VERSION,
  file: edited,
  baseline: preset,
  galleryId: 'poison-pill',
  drafts: { 'mapping.BatchSize': 'abc' },
}

/** A Storage with an optional quota (in characters) and errors to throw, like browsers do. */
function fakeStorage({ quota = Infinity, refuse }: { quota?: number; refuse?: string } = {}) {
  const data = new Map<string, string>()
  const fail = (name: string) => Object.assign(new Error(`${name} thrown`), { name })
  const storage: KeyValueStorage = {
    getItem(key) {
      if (refuse) throw fail(refuse)
      return data.get(key) ?? null
    },
    setItem(key, value) {
      if (refuse) throw fail(refuse)
      const used = [...data].reduce((n, [k, v]) => (k === key ? n : n + v.length), 0)
      if (used + value.length > quota) throw fail('QuotaExceededError')
      data.set(key, value)
    },
  }
  return { storage, data }
}

describe('saved work', () => {
  it('reads back exactly what was written', () => {
    const { storage } = fakeStorage()
    expect(writeWork(storage, work)).toEqual({ ok: true })
    expect(readWork(storage)).toEqual({ kind: 'ok', work })
  })

  it('is nothing when nothing was saved', () => {
    expect(readWork(fakeStorage().storage)).toEqual({ kind: 'none' })
  })

  it('has edits when the file differs from its baseline or a draft is pending', () => {
    expect(savedWorkHasEdits(work)).toBe(true)
    expect(savedWorkHasEdits({ ...work, file: preset, drafts: {} })).toBe(false)
    expect(savedWorkHasEdits({ ...work, file: preset })).toBe(true)
  })

  it('reports corrupt JSON and keeps the text aside for the user', () => {
    const { storage, data } = fakeStorage()
    data.set(WORK_KEY, '{"version":1,"file":')
    expect(readWork(storage)).toEqual({
      kind: 'unreadable',
      reason: 'it is not valid JSON',
      text: '{"version":1,"file":',
    })
    expect(data.get(UNREADABLE_KEY)).toBe('{"version":1,"file":')
  })

  it('reports a record of another version', () => {
    const { storage, data } = fakeStorage()
    data.set(WORK_KEY, JSON.stringify({ ...work, version: 2 }))
    expect(readWork(storage)).toMatchObject({
      kind: 'unreadable',
      reason: 'it was saved in an unknown format (version 2)',
    })
  })

  it('validates the saved scenario with the scenario validator', () => {
    const { storage, data } = fakeStorage()
    data.set(WORK_KEY, JSON.stringify({ ...work, file: { ...edited, mapping: { BatchSize: 1 } } }))
    expect(readWork(storage)).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(
        /^its scenario is not valid \(mapping\.StartingPosition: /,
      ) as unknown,
    })
  })

  it('bounds a reason quoting a huge value', () => {
    const { storage, data } = fakeStorage()
    data.set(WORK_KEY, JSON.stringify({ ...work, version: 'x'.repeat(5000) }))
    expect(readWork(storage)).toMatchObject({
      kind: 'unreadable',
      reason: `it was saved in an unknown format (version "${'x'.repeat(39)}… (5,002 characters))`,
    })
  })

  it('says the storage is full instead of throwing', () => {
    const { storage } = fakeStorage({ quota: 100 })
    expect(writeWork(storage, work)).toEqual({
      ok: false,
      reason: "the browser's storage for this site is full",
    })
  })

  it('refuses a runaway record before the browser has to', () => {
    const { storage, data } = fakeStorage()
    const huge = { ...work, file: { ...edited, description: 'x'.repeat(MAX_WORK_CHARS) } }
    expect(writeWork(storage, huge)).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^the scenario is too large to keep \([\d,]+ characters\)$/,
      ) as unknown,
    })
    expect(data.has(WORK_KEY)).toBe(false)
  })

  it('says storage is disabled (SecurityError) on reading and writing', () => {
    const { storage } = fakeStorage({ refuse: 'SecurityError' })
    const reason = "this browser does not allow the site's storage"
    expect(readWork(storage)).toEqual({ kind: 'unavailable', reason })
    expect(writeWork(storage, work)).toEqual({ ok: false, reason })
  })
})
