/** Pure helpers of the scenario slice: validate an edited file, diff mapping settings. No React, no runtime. */
import { validateScenario } from '../engine'
import type { MappingSettings, NormalizedScenario, ScenarioError } from '../engine'

export type ScenarioFile = Record<string, unknown>
export type Section = 'mapping' | 'function'

export function validateFile(
  file: ScenarioFile,
): { ok: true; scenario: NormalizedScenario } | { ok: false; errors: readonly ScenarioError[] } {
  return validateScenario(file)
}

/** The file with one key of a section set (undefined removes it, so AWS's default applies). */
export function withField(
  file: ScenarioFile,
  section: Section,
  name: string,
  value: unknown,
): ScenarioFile {
  const current = { ...((file[section] as Record<string, unknown> | undefined) ?? {}) }
  if (value === undefined) delete current[name]
  else current[name] = value
  return { ...file, [section]: current }
}

/** Errors that belong to one field: its own path or anything below it. */
export function errorsFor(
  errors: readonly ScenarioError[],
  section: Section,
  name: string,
): string[] {
  const path = `${section}.${name}`
  return errors
    .filter(
      (e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`),
    )
    .map((e) => e.message)
}

/** The settings that differ, as UpdateEventSourceMapping names them (a key set to undefined removes it). */
export function diffSettings(
  before: MappingSettings,
  after: MappingSettings,
): Partial<MappingSettings> {
  const changed: Partial<Record<keyof MappingSettings, unknown>> = {}
  for (const key of Object.keys(after) as (keyof MappingSettings)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key]
  }
  return changed as Partial<MappingSettings>
}
