/** Pure helpers for the scenario gallery, Import and Export. No React, no runtime, no DOM. */
import { validateScenario } from '../engine'
import { boundText } from '../lib/boundText'
import { withoutBom } from '../lib/utf8'
import { SCENARIO_PRESETS } from '../scenarios'
import type { WriteRequest } from '../engine'
import type { ScenarioFile } from './scenarioEdit'
import { madeByNewer, newerScenarioReason } from './newerScenario'

/** One scenario the gallery offers; `load` may fetch it lazily (the examples are split chunks). */
export interface CatalogEntry {
  readonly id: string
  readonly name: string
  readonly load: () => Promise<ScenarioFile>
}

/** The built-in presets: already in the first-load bundle, so they load at once. */
export const PRESET_CATALOG: readonly CatalogEntry[] = Object.entries(SCENARIO_PRESETS).map(
  ([id, file]) => ({ id, name: file.name, load: () => Promise.resolve(file as ScenarioFile) }),
)

/** A table write the user made in the item editor, by the request id its result comes back under. */
export interface UserWrite {
  readonly requestId: number
  readonly write: WriteRequest
}

/** What a write did and when, as the sim worker answered it (undefined: not answered yet). */
type Landed = { readonly kind: string; readonly atMs: number } | undefined

export type ParsedScenario =
  | { ok: true; file: ScenarioFile }
  /** `newer`: why a newer playground made it (then `errors` is the file's sentence saying so). */
  | { ok: false; errors: readonly string[]; newer?: string }

/** Parses and validates an imported file; every error is `<JSON path>: <message>` ($ = the root). */
export function parseScenarioText(text: string): ParsedScenario {
  let raw: unknown
  try {
    raw = JSON.parse(withoutBom(text))
  } catch (error) {
    const reason = boundText(error instanceof Error ? error.message : String(error))
    return { ok: false, errors: [`The file is not valid JSON: ${reason}`] }
  }
  return validateScenarioJson(raw)
}

/** Validates an already parsed scenario (an import or a share link) with the same error lines. */
export function validateScenarioJson(raw: unknown): ParsedScenario {
  // Checked first: a newer file's "errors" would only be this version not knowing its keys.
  const newer = newerScenarioReason(raw)
  if (newer !== undefined) return { ok: false, errors: [madeByNewer('file', newer)], newer }
  const result = validateScenario(raw)
  if (!result.ok)
    return { ok: false, errors: result.errors.map((e) => `${e.path || '$'}: ${e.message}`) }
  return { ok: true, file: raw as ScenarioFile }
}

/**
 * The scenario file to download: the current (edited) file plus the user's table writes, appended at
 * the virtual time each landed so a run of the file replays them. Writes DynamoDB rejected are left out;
 * one not answered yet goes in at `nowMs`, where the worker is about to apply it.
 */
export function buildExportFile(
  file: ScenarioFile,
  userWrites: readonly UserWrite[],
  results: Readonly<Record<number, Landed>>,
  nowMs: number,
): ScenarioFile {
  const added = userWrites.flatMap(({ requestId, write }) => {
    const landed = results[requestId]
    if (landed?.kind === 'rejected') return []
    return [{ atMs: landed?.atMs ?? nowMs, [write.op]: write.request }]
  })
  if (added.length === 0) return file
  const writes = Array.isArray(file.writes) ? (file.writes as unknown[]) : []
  return { ...file, writes: [...writes, ...added] }
}

/** `Poison pill: retried twice` → `poison-pill-retried-twice.json`: safe on every file system and shell. */
export function exportFileName(name: unknown): string {
  const slug =
    typeof name === 'string'
      ? name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 80)
      : ''
  return `${slug || 'scenario'}.json`
}

const EDITED = ' (edited)'

/** Two scenario files are the same scenario when their JSON is. */
export function sameFile(a: ScenarioFile, b: ScenarioFile): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/** "<name> (edited)": the name an edited scenario goes by (marked once, however often edited). */
export function editedName(name: string): string {
  return name.endsWith(EDITED) ? name : `${name}${EDITED}`
}

/**
 * An edited scenario must not pass for the one it was edited from: its name gets " (edited)" and its
 * description says what it was edited from (the old text follows, as it may no longer hold).
 */
export function markEdited(file: ScenarioFile): ScenarioFile {
  const name = typeof file.name === 'string' ? file.name : 'Scenario'
  if (name.endsWith(EDITED)) return file
  const before = typeof file.description === 'string' ? file.description : ''
  const note = `Edited from “${name}”.`
  return {
    ...file,
    name: editedName(name),
    description: before === '' ? note : `${note} Its description was: ${before}`,
  }
}
