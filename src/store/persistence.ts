/**
 * The user's work kept in the browser between visits: one versioned record under one key. Framework-
 * free and DOM-free (the Storage is passed in), so it is unit-tested with a fake. Nothing here throws:
 * a missing, full or disabled storage and an unreadable record are results the caller shows.
 */
import { boundText } from '../lib/boundText'
import { sameFile, validateScenarioJson } from './scenarioFiles'
import type { ScenarioFile } from './scenarioEdit'

export const WORK_KEY = 'dynamodb-lambda-playground/work'
/** Where an unreadable record is moved, so that the next save does not overwrite it unseen. */
export const UNREADABLE_KEY = `${WORK_KEY}/unreadable`
export const WORK_VERSION = 1
/** Far below any browser's quota: a record this big is a runaway, not a scenario someone typed. */
export const MAX_WORK_CHARS = 2_000_000

/** What the app needs of the Web Storage API (localStorage fits). */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/** The working scenario as the user left it. */
export interface SavedWork {
  readonly version: typeof WORK_VERSION
  /** The scenario with every edit in: code, language, settings, starting items, timed writes. */
  readonly file: ScenarioFile
  /** The file as it was opened (gallery, link or import): "has edits" is measured against it. */
  readonly baseline: ScenarioFile
  /** The gallery id it came from; null for an imported or shared file. */
  readonly galleryId: string | null
  /** Setting fields whose text is not valid yet, by field key (`mapping.BatchSize`). */
  readonly drafts: Readonly<Record<string, string | boolean>>
}

/** Whether opening something else over this work would lose anything. */
export function savedWorkHasEdits(work: SavedWork): boolean {
  return !sameFile(work.file, work.baseline) || Object.keys(work.drafts).length > 0
}

export type ReadResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly work: SavedWork }
  /** The stored text could not be used; `text` is kept so the user can still download it. */
  | { readonly kind: 'unreadable'; readonly reason: string; readonly text: string }
  /** The storage itself refused (disabled, private mode). */
  | { readonly kind: 'unavailable'; readonly reason: string }

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: string }

export function readWork(storage: KeyValueStorage): ReadResult {
  let text: string | null
  try {
    text = storage.getItem(WORK_KEY)
  } catch (error) {
    return { kind: 'unavailable', reason: reasonOf(error) }
  }
  if (text === null) return { kind: 'none' }
  const problem = checkRecord(text)
  if (typeof problem === 'string') {
    // Moved aside: the app saves over WORK_KEY from now on, and this copy must not vanish unseen.
    try {
      storage.setItem(UNREADABLE_KEY, text)
    } catch {
      // The notice still offers the text for download.
    }
    return { kind: 'unreadable', reason: problem, text }
  }
  return { kind: 'ok', work: problem }
}

export function writeWork(storage: KeyValueStorage, work: SavedWork): WriteResult {
  const text = JSON.stringify(work)
  if (text.length > MAX_WORK_CHARS)
    return {
      ok: false,
      reason: `the scenario is too large to keep (${text.length.toLocaleString('en-US')} characters)`,
    }
  try {
    storage.setItem(WORK_KEY, text)
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) }
  }
}

/** The record, or why it cannot be used (bounded: the text may be anything). */
function checkRecord(text: string): SavedWork | string {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return 'it is not valid JSON'
  }
  if (!isObject(raw)) return 'it is not a saved-work record'
  if (raw.version !== WORK_VERSION)
    return `it was saved in an unknown format (version ${boundText(JSON.stringify(raw.version) ?? 'missing', 40)})`
  const { file, baseline, galleryId, drafts } = raw
  for (const [name, value] of [
    ['scenario', file],
    ['opened scenario', baseline],
  ] as const) {
    const parsed = validateScenarioJson(value)
    if (!parsed.ok) return `its ${name} is not valid (${boundText(parsed.errors[0])})`
  }
  if (galleryId !== null && typeof galleryId !== 'string') return 'its gallery id is not text'
  if (!isObject(drafts) || !Object.values(drafts).every(isDraft))
    return 'its setting drafts are not text'
  return {
    version: WORK_VERSION,
    file: file as ScenarioFile,
    baseline: baseline as ScenarioFile,
    galleryId,
    drafts: drafts as Record<string, string | boolean>,
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isDraft(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean'
}

/** Browsers name the cause (QuotaExceededError, SecurityError); the user gets it in words. */
function reasonOf(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : ''
  if (name === 'QuotaExceededError') return "the browser's storage for this site is full"
  if (name === 'SecurityError') return "this browser does not allow the site's storage"
  return boundText(error instanceof Error ? error.message : String(error))
}
