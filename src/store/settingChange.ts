/**
 * Plans one setting change from the settings form: the file with the field set, validated once, and how a
 * running simulation takes it. Pure (no store, no runtime), so every branch is unit-tested; the scenario
 * slice only carries the plan out.
 */
import { findParameter, validateScenario } from '../engine'
import type { FunctionChange, MappingSettings, NormalizedScenario } from '../engine'
import { diffSettings, errorsFor, withField } from './scenarioEdit'
import type { ScenarioFile, Section } from './scenarioEdit'

export interface SettingChange {
  readonly section: Section
  /** AWS's name, e.g. `BatchSize`. */
  readonly name: string
  /** The JSON value (undefined removes the key, so AWS's default applies). */
  readonly value: unknown
}

/** How a running simulation takes a valid change (an update puts the mapping in `Updating`: docs/semantics.md D13). */
export type LiveUpdate =
  /** Not updatable on a live mapping or function: it applies from the next Reset. */
  | { readonly kind: 'onReset' }
  | {
      readonly kind: 'updateMapping'
      /** Only the settings that differ; a key set to undefined removes the setting. */
      readonly settings: Partial<MappingSettings>
      /** Set when `Enabled` changed. */
      readonly enabled: boolean | undefined
      /** The request as a scenario file's action body writes it (docs/scenario-format.md#actions). */
      readonly body: Readonly<Record<string, unknown>>
    }
  | { readonly kind: 'putFunctionConcurrency'; readonly reservedConcurrency: number | null }
  /** UpdateFunctionConfiguration: Timeout or MemorySize (docs/semantics.md D15). */
  | { readonly kind: 'updateFunction'; readonly change: FunctionChange }

export type SettingPlan =
  | {
      readonly ok: true
      readonly file: ScenarioFile
      readonly scenario: NormalizedScenario
      readonly liveUpdate: LiveUpdate
    }
  /** AWS's messages for the field, or every error (`path: message`) when none is the field's own. */
  | { readonly ok: false; readonly errors: readonly string[] }

/**
 * `current.settings` are the settings the simulation runs with (undefined before a valid load): a live
 * mapping update sends only what differs from them.
 */
export function planSettingChange(
  current: { readonly file: ScenarioFile; readonly settings: MappingSettings | undefined },
  change: SettingChange,
): SettingPlan {
  const { section, name, value } = change
  const file = withField(current.file, section, name, value)
  const result = validateScenario(file)
  if (!result.ok) {
    const own = errorsFor(result.errors, section, name)
    return {
      ok: false,
      errors: own.length > 0 ? own : result.errors.map((e) => `${e.path}: ${e.message}`),
    }
  }
  const { scenario } = result
  return { ok: true, file, scenario, liveUpdate: liveUpdate(current.settings, change, scenario) }
}

function liveUpdate(
  before: MappingSettings | undefined,
  { section, name, value }: SettingChange,
  scenario: NormalizedScenario,
): LiveUpdate {
  if (findParameter(section, name)?.live !== true) return { kind: 'onReset' }
  if (section === 'function' && name === 'Timeout')
    return { kind: 'updateFunction', change: { timeoutMs: scenario.fn.timeoutMs } }
  if (section === 'function' && name === 'MemorySize')
    return { kind: 'updateFunction', change: { memorySizeMb: scenario.fn.memorySizeMb } }
  if (section === 'function') {
    return { kind: 'putFunctionConcurrency', reservedConcurrency: scenario.fn.reservedConcurrency }
  }
  if (before === undefined) return { kind: 'onReset' }
  return {
    kind: 'updateMapping',
    settings: diffSettings(before, scenario.mapping.settings),
    enabled: name === 'Enabled' ? scenario.mapping.enabled : undefined,
    body: { [name]: value ?? defaultOf(name) },
  }
}

/**
 * What an update sends for a setting the form clears: AWS's default (docs/semantics.md A9.3); a list without
 * one (FilterCriteria, MetricsConfig) is cleared by an empty structure, and the on-failure destination by an
 * empty Destination (Lambda refuses the `{"OnFailure":{}}` it echoes: docs/semantics.md D21).
 */
function defaultOf(name: string): unknown {
  if (name === 'DestinationConfig') return { OnFailure: { Destination: '' } }
  return findParameter('mapping', name)?.default ?? {}
}
