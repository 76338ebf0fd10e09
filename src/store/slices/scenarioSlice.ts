import type { StateCreator } from 'zustand'
import type { MappingSettings } from '../../engine'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import { diffSettings, errorsFor, validateFile, withField } from '../scenarioEdit'
import type { ScenarioFile, Section } from '../scenarioEdit'
import { FUNCTION_FIELDS, MAPPING_FIELDS, fieldValue } from '../settingsCatalog'
import { EMPTY_INSPECT } from '../inspect'
import { EMPTY_SIM_VIEW } from '../simView'

export type HandlerLanguage = 'javascript' | 'typescript'

export interface ScenarioSlice {
  scenario: {
    /** The last valid scenario file: what Reset reloads. */
    file: ScenarioFile
    presetName: string | undefined
    settings: MappingSettings | undefined
    /** What the user typed, per field key (`mapping.BatchSize`), valid or not. */
    drafts: Readonly<Record<string, string | boolean>>
    fieldErrors: Readonly<Record<string, readonly string[]>>
    /** Changes made mid-run that only a Reset applies (handler code, function timeout…). */
    needsReset: boolean
  }
  /** Validates and loads a scenario file: a fresh simulation at time 0. */
  loadScenario: (file: ScenarioFile, presetName?: string) => void
  /**
   * Sets one setting from its input. Invalid input shows AWS's message and keeps the last valid config;
   * valid input applies at once: before the run starts by reloading, during it as
   * UpdateEventSourceMapping / PutFunctionConcurrency would.
   */
  setField: (section: Section, name: string, input: string | boolean) => void
  /** Sets the handler's code and optionally its language; both apply from the next Reset mid-run. */
  setFunctionSource: (code: string, language?: HandlerLanguage) => void
}

/** Nothing has happened yet: a change can simply restart the run. */
export function isPristine(state: AppState): boolean {
  return state.playback.status === 'idle' && state.sim.eventCount === 0
}

export function createScenarioSlice(
  runtime: Runtime,
): StateCreator<AppState, [], [], ScenarioSlice> {
  return (set, get) => {
    /** Commits a valid file; `live` says how to apply it to a running simulation, if it can be. */
    function commit(
      file: ScenarioFile,
      live: (settings: MappingSettings | undefined) => boolean,
    ): void {
      const result = validateFile(file)
      if (!result.ok) return
      const state = get()
      if (isPristine(state)) {
        state.loadScenario(file, state.scenario.presetName)
        return
      }
      const applied = live(result.scenario.mapping.settings)
      set({
        scenario: {
          ...get().scenario,
          file,
          settings: result.scenario.mapping.settings,
          needsReset: get().scenario.needsReset || !applied,
        },
      })
    }

    return {
      scenario: {
        file: {},
        presetName: undefined,
        settings: undefined,
        drafts: {},
        fieldErrors: {},
        needsReset: false,
      },
      loadScenario(file, presetName) {
        const result = validateFile(file)
        const loadId = runtime.load(file)
        set({
          scenario: {
            file,
            presetName,
            settings: result.ok ? result.scenario.mapping.settings : undefined,
            drafts: {},
            fieldErrors: {},
            needsReset: false,
          },
          sim: { ...EMPTY_SIM_VIEW, loadId },
          inspect: EMPTY_INSPECT,
          playback: { ...get().playback, status: 'idle' },
          table: {
            ...get().table,
            editor: undefined,
            lastWrite: undefined,
            trafficOn: false,
            userWrites: [],
          },
        })
      },
      setField(section, name, input) {
        const specs = section === 'mapping' ? MAPPING_FIELDS : FUNCTION_FIELDS
        const spec = specs.find((s) => s.name === name)
        if (spec === undefined) return
        const key = `${section}.${name}`
        const candidate = withField(get().scenario.file, section, name, fieldValue(spec, input))
        const result = validateFile(candidate)
        const errors = result.ok ? [] : errorsFor(result.errors, section, name)
        const { scenario } = get()
        set({
          scenario: {
            ...scenario,
            drafts: { ...scenario.drafts, [key]: input },
            fieldErrors: {
              ...scenario.fieldErrors,
              [key]: result.ok
                ? []
                : errors.length > 0
                  ? errors
                  : result.errors.map((e) => `${e.path}: ${e.message}`),
            },
          },
        })
        if (!result.ok) return
        const before = scenario.settings
        commit(candidate, (after) => {
          if (spec.onReset) return false
          if (section === 'function') {
            const fn = result.scenario.fn
            runtime.putFunctionConcurrency(fn.reservedConcurrency)
            return true
          }
          if (before === undefined || after === undefined) return false
          const enabledChanged = name === 'Enabled'
          runtime.updateMapping(
            diffSettings(before, after),
            enabledChanged ? result.scenario.mapping.enabled : undefined,
          )
          return true
        })
      },
      setFunctionSource(code, language) {
        let candidate = withField(get().scenario.file, 'function', 'code', code)
        if (language !== undefined) {
          // JavaScript is the default: written only where the opened file wrote it, so toggling
          // JS → TS → JS gives back the very file that was opened (no edit).
          const opened = get().gallery.baseline.function as Record<string, unknown> | undefined
          const implicit = language === 'javascript' && opened?.language === undefined
          candidate = withField(candidate, 'function', 'language', implicit ? undefined : language)
        }
        commit(candidate, () => false)
      },
    }
  }
}
