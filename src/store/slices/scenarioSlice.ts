import type { StateCreator } from 'zustand'
import type { MappingSettings, NormalizedScenario } from '../../engine'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import { validateFile, withField } from '../scenarioEdit'
import type { ScenarioFile, Section } from '../scenarioEdit'
import { planSettingChange } from '../settingChange'
import type { LiveUpdate, SettingPlan } from '../settingChange'
import { FUNCTION_FIELDS, MAPPING_FIELDS, fieldValue } from '../settingsCatalog'
import { EMPTY_INSPECT } from '../inspect'
import { EMPTY_SIM_VIEW } from '../simView'
import { liveUpdateFor } from '../liveUpdate'
import { roleUpdatesFor } from '../roleEdit'
import { recordAction } from '../consoleFile'

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
   * Restarts a run that has not begun with an edit of its own scenario (an item, a setting, the code, a
   * permission). The loaded table and definition stay on screen until the worker answers, so a keystroke
   * does not blank the panels (nor take focus away from the button that saved an item).
   */
  restartWith: (file: ScenarioFile) => void
  /**
   * Sets one setting from its input. Invalid input shows AWS's message and keeps the last valid config;
   * valid input applies at once: before the run starts by reloading, during it as
   * UpdateEventSourceMapping / PutFunctionConcurrency would.
   */
  setField: (section: Section, name: string, input: string | boolean) => void
  /**
   * Mid-run, a typed setting is sent when its field is left (or Enter pressed): one request for the value, as
   * the AWS console's Save sends one, not one per keystroke (docs/semantics.md D21). Before the run every key
   * applies at once.
   */
  commitField: (section: Section, name: string) => void
  /** Sets the handler's code and optionally its language; mid-run both wait for `deployHandler`. */
  setFunctionSource: (code: string, language?: HandlerLanguage) => void
  /**
   * Sets the table's StreamViewType. A stream keeps its view type on AWS (another one is a new stream,
   * docs/semantics.md A1.1), so mid-run it applies from the next Reset, as StartingPosition does.
   */
  setStreamViewType: (viewType: string) => void
}

function fieldSpec(section: Section, name: string) {
  return (section === 'mapping' ? MAPPING_FIELDS : FUNCTION_FIELDS).find((s) => s.name === name)
}

/** Nothing has happened yet: a change can simply restart the run. */
export function isPristine(state: AppState): boolean {
  return state.playback.status === 'idle' && state.sim.eventCount === 0
}

/** The settings fields whose draft AWS refused (its messages are kept with it). */
function refusedFields(scenario: AppState['scenario']): string[] {
  return Object.keys(scenario.drafts).filter((key) => (scenario.fieldErrors[key] ?? []).length > 0)
}

/** The table panel as a fresh run starts it: no open editor, write, traffic or user writes. */
function freshTable(table: AppState['table']): AppState['table'] {
  return { ...table, editor: undefined, lastWrite: undefined, trafficOn: false, userWrites: [] }
}

function isFreshTable(table: AppState['table']): boolean {
  return (
    table.editor === undefined &&
    table.lastWrite === undefined &&
    !table.trafficOn &&
    table.userWrites.length === 0
  )
}

export function createScenarioSlice(
  runtime: Runtime,
): StateCreator<AppState, [], [], ScenarioSlice> {
  return (set, get) => {
    // The view the last code edit set: while it is still on screen, the next key of the burst keeps it.
    let typingView: AppState['sim'] | undefined
    // A value typed mid-run, valid, waiting for its field to be left (commitField); reset by every key.
    let typedPlan:
      | { key: string; from: AppState['scenario']; plan: Extract<SettingPlan, { ok: true }> }
      | undefined
    /**
     * Starts a fresh run of a file, with the settings its one validation gave (undefined: invalid).
     * `typing` (a code edit): the worker reloads at the typing pause (Runtime.load's `coalesce`).
     */
    function load(
      file: ScenarioFile,
      presetName: string | undefined,
      settings: MappingSettings | undefined,
      view: 'reset' | 'keep' | 'typing' = 'reset',
    ): void {
      const loadId = runtime.load(file, { coalesce: view === 'typing' })
      const { sim, playback, table, scenario: before } = get()
      const { info, mapping } = sim
      // A valid change restarts a pristine run: the other fields' refused drafts stay, with AWS's messages
      // (typing 11 in one field lost the 20000 refused in another). A new scenario starts without any.
      const refused = view === 'reset' ? [] : refusedFields(before)
      const kept = view === 'typing' && sim === typingView && sim.loadId === loadId
      const nextSim = kept
        ? sim
        : view === 'reset'
          ? { ...EMPTY_SIM_VIEW, loadId }
          : { ...EMPTY_SIM_VIEW, loadId, info, mapping, table: sim.table }
      typingView = view === 'typing' ? nextSim : undefined
      set({
        scenario: {
          file,
          presetName,
          settings,
          drafts: Object.fromEntries(refused.map((key) => [key, before.drafts[key]])),
          fieldErrors: Object.fromEntries(refused.map((key) => [key, before.fieldErrors[key]])),
          needsReset: false,
        },
        sim: nextSim,
        liveUpdate: liveUpdateFor(file),
        role: roleUpdatesFor(file),
        inspect: EMPTY_INSPECT,
        // Unchanged parts keep their objects (every key of a typing burst), so their panels do not re-render.
        playback:
          playback.status === 'idle' && !playback.stepping
            ? playback
            : { ...playback, status: 'idle', stepping: false },
        table: isFreshTable(table) ? table : freshTable(table),
      })
    }

    /**
     * Commits a file already validated: a pristine run restarts with it; a running one takes it as `live`
     * says (true: applied now; false: from the next Reset).
     */
    function commit(
      file: ScenarioFile,
      scenario: NormalizedScenario,
      live: () => boolean,
      view: 'keep' | 'typing' = 'keep',
    ): void {
      const state = get()
      const settings = scenario.mapping.settings
      if (isPristine(state)) {
        load(file, state.scenario.presetName, settings, view)
        return
      }
      const applied = live()
      set({
        scenario: {
          ...get().scenario,
          file,
          settings,
          needsReset: get().scenario.needsReset || !applied,
        },
      })
    }

    function applyLive(update: LiveUpdate): boolean {
      switch (update.kind) {
        case 'onReset':
          return false
        case 'putFunctionConcurrency': {
          const { loadId } = get().sim
          const { reservedConcurrency } = update
          void runtime.putFunctionConcurrency(reservedConcurrency).then((atMs) => {
            if (atMs === undefined || get().sim.loadId !== loadId) return
            const { liveUpdate } = get()
            const concurrency = [...liveUpdate.concurrency, { atMs, reservedConcurrency }]
            set({ liveUpdate: { ...liveUpdate, concurrency } })
          })
          return true
        }
        case 'updateMapping': {
          // Recorded as the console records its requests (docs/semantics.md D16): the file keeps the
          // mapping the run started with, and Export / Copy link replay the change when it took effect.
          const { sim, scenario } = get()
          const mapping = (scenario.file.mapping ?? {}) as Record<string, unknown>
          const action = { UpdateEventSourceMapping: update.body }
          void runtime.updateMapping(update.settings, update.enabled).then((atMs) => {
            if (atMs === undefined || get().sim.loadId !== sim.loadId) return
            const { console } = get()
            const recorded = recordAction(console.recorded, sim.loadId, mapping, atMs, action)
            set({ console: { ...console, recorded } })
          })
          return true
        }
        case 'updateFunction':
          get().sendFunctionUpdate(update.change)
          return true
      }
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
        load(file, presetName, result.ok ? result.scenario.mapping.settings : undefined)
      },
      restartWith(file) {
        const result = validateFile(file)
        const settings = result.ok ? result.scenario.mapping.settings : undefined
        load(file, get().scenario.presetName, settings, 'keep')
      },
      setField(section, name, input) {
        const spec = fieldSpec(section, name)
        if (spec === undefined) return
        const key = `${section}.${name}`
        const { scenario } = get()
        const plan = planSettingChange(scenario, { section, name, value: fieldValue(spec, input) })
        set({
          scenario: {
            ...scenario,
            drafts: { ...scenario.drafts, [key]: input },
            fieldErrors: { ...scenario.fieldErrors, [key]: plan.ok ? [] : plan.errors },
          },
        })
        // Mid-run, "arn:…:orders-dl" on the way to an empty field is not a request: commitField sends one.
        const typed = typeof input === 'string' && spec.kind !== 'enum'
        typedPlan = undefined
        if (!plan.ok) return
        if (typed && !isPristine(get())) typedPlan = { key, from: scenario, plan }
        else commit(plan.file, plan.scenario, () => applyLive(plan.liveUpdate))
      },
      commitField(section, name) {
        const { file, settings } = get().scenario
        const pending = typedPlan
        typedPlan = undefined
        // The plan of the field's last key, made against the file and settings still in force (validated once);
        // a value typed back to what runs sends nothing.
        if (pending?.key !== `${section}.${name}` || isPristine(get())) return
        const { from, plan } = pending
        if (from.file !== file || from.settings !== settings) return
        if (JSON.stringify(plan.file[section]) === JSON.stringify(file[section])) return
        commit(plan.file, plan.scenario, () => applyLive(plan.liveUpdate))
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
        const result = validateFile(candidate)
        // Mid-run the code waits for Deploy (UpdateFunctionCode, docs/semantics.md D15), not for a Reset.
        if (result.ok) commit(candidate, result.scenario, () => true, 'typing')
      },
      setStreamViewType(viewType) {
        const { file } = get().scenario
        const table = (file.table ?? {}) as Record<string, unknown>
        const stream = { ...(table.StreamSpecification as object), StreamViewType: viewType }
        const candidate = { ...file, table: { ...table, StreamSpecification: stream } }
        const result = validateFile(candidate)
        if (result.ok) commit(candidate, result.scenario, () => false)
      },
    }
  }
}
