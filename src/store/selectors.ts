/** Derived data for the UI: components read these, not raw state shapes. */
import { boundText } from '../lib/boundText'
import { explainFilters, lintFilterPattern } from '../engine'
import type { FilterVerdict } from '../engine'
import type { RecordView } from '../protocol/simProtocol'
import type { AppState } from './appState'
import type { FieldSpec } from './settingsCatalog'
import { fieldText } from './settingsCatalog'
import type { Section } from './scenarioEdit'
import { editedName, sameFile } from './scenarioFiles'
import { isPristine } from './slices/scenarioSlice'
import { settingPlainWords } from './settingWords'

export const selectStatus = (s: AppState) => s.playback.status
export const selectStepping = (s: AppState) => s.playback.stepping
export const selectSandboxStarting = (s: AppState) => s.playback.sandboxStarting
export const selectSpeed = (s: AppState) => s.playback.speed
export const selectPaced = (s: AppState) => s.playback.paced
/** "Run to end" is advancing the clock as fast as it can: the speed setting does not apply. */
export const selectRunningToEnd = (s: AppState) =>
  s.playback.status === 'running' && s.playback.toEnd
export const selectSimTimeMs = (s: AppState) => s.sim.simTimeMs
export const selectTimeline = (s: AppState) => s.timeline
export const selectClockStartMs = (s: AppState) => s.sim.info?.clockStartMs ?? 0
export const selectDurationMs = (s: AppState) => s.sim.info?.durationMs ?? 0
export const selectEventCount = (s: AppState) => s.sim.eventCount
export const selectEvents = (s: AppState) => s.sim.events
export const selectInvocations = (s: AppState) => s.sim.invocations
export const selectInvocationCount = (s: AppState) => s.sim.invocationCount
export const selectDestinations = (s: AppState) => s.sim.destinations
/** The mapping the engine runs now; undefined until the worker has loaded the scenario. */
export const selectMappingInEffect = (s: AppState) => s.sim.mapping
export const selectMetrics = (s: AppState) => s.sim.metrics
export const selectRecords = (s: AppState) => s.sim.records
export const selectTable = (s: AppState) => s.sim.table
export const selectInfo = (s: AppState) => s.sim.info
export const selectLoadErrors = (s: AppState) => s.sim.loadErrors
export const selectCrash = (s: AppState) => s.sim.crash
export const selectItemEditor = (s: AppState) => s.table.editor
export const selectTheme = (s: AppState) => s.ui.theme
export const selectTab = (s: AppState) => s.ui.tab
export const selectNeedsReset = (s: AppState) => s.scenario.needsReset
export const selectSnapshot = (s: AppState) => s.sim.snapshot
export const selectBisects = (s: AppState) => s.sim.bisects
export const selectRedeliveries = (s: AppState) => s.sim.redeliveries
export const selectRecordCount = (s: AppState) => s.sim.recordCount
export const selectMemory = (s: AppState) => s.sim.memory
export const selectWhy = (s: AppState) => s.inspect.why
export const selectInvocationDetails = (s: AppState) => s.inspect.invocation
export const selectHintDismissed = (s: AppState) => s.ui.hintDismissed
export const selectFilterLabRecord = (s: AppState) => s.ui.filterLabRecord
/** The scenario's own description: what a newcomer should watch for. */
/** A description is Markdown prose: longer than a name, still bounded. */
export const MAX_DESCRIPTION_CHARS = 2000
export const selectScenarioDescription = (s: AppState) =>
  boundText(s.sim.info?.description ?? '', MAX_DESCRIPTION_CHARS)

export const selectGalleryEntries = (s: AppState) => s.gallery.entries
/** The gallery id of the loaded scenario; undefined for an imported file. */
export const selectScenarioId = (s: AppState) => s.scenario.presetName
export const selectPendingScenario = (s: AppState) => s.gallery.pending
export const selectImportErrors = (s: AppState) => s.gallery.importErrors
export const selectShareError = (s: AppState) => s.gallery.shareError
export { hasEdits as selectHasEdits } from './slices/gallerySlice'
export const selectStorageNotice = (s: AppState) => s.gallery.storageNotice
export const selectRestored = (s: AppState) => s.gallery.restored

let lastCompared: { file: unknown; baseline: unknown; edited: boolean } | undefined
/** The file differs from the one opened; memoized, as selectors run on every store change. */
function fileEdited(s: AppState): boolean {
  const { file } = s.scenario
  const { baseline } = s.gallery
  if (lastCompared?.file !== file || lastCompared.baseline !== baseline)
    lastCompared = { file, baseline, edited: !sameFile(file, baseline) }
  return lastCompared.edited
}

/** Like `selectHasEdits`, cheap enough to subscribe to: is there anything a reset would discard? */
export function selectIsEdited(s: AppState): boolean {
  const invalidDraft = Object.values(s.scenario.fieldErrors).some((errors) => errors.length > 0)
  return invalidDraft || s.table.userWrites.length > 0 || fileEdited(s)
}

/** The open scenario's name as Export and Copy link give it: "<name> (edited)" once edited. */
export function selectScenarioName(s: AppState): string | undefined {
  const name = typeof s.scenario.file.name === 'string' ? s.scenario.file.name : s.sim.info?.name
  if (name === undefined) return undefined
  // A shared file's name can be megabytes long: what is shown is cut (the file keeps it whole).
  const shown = boundText(name)
  return s.table.userWrites.length > 0 || fileEdited(s) ? editedName(shown) : shown
}

/** The invocation view of an invocation id, for the details panel's header. */
export function selectInvocationById(invocationId: number | undefined) {
  return (s: AppState) =>
    invocationId === undefined ? undefined : s.sim.invocations.find((i) => i.id === invocationId)
}

/** The handler source of the current scenario. */
export function selectHandlerCode(s: AppState): string {
  const code = (s.scenario.file.function as { code?: unknown } | undefined)?.code
  return typeof code === 'string' ? code : ''
}

/** The handler's language (function.language), JavaScript unless the file says TypeScript. */
export function selectHandlerLanguage(s: AppState): 'javascript' | 'typescript' {
  const language = (s.scenario.file.function as { language?: unknown } | undefined)?.language
  return language === 'typescript' ? 'typescript' : 'javascript'
}

export const selectTestRun = (s: AppState) => s.handler.test
export const selectHandlerDiagnostics = (s: AppState) => s.handler.diagnostics
export const selectTemplateUndo = (s: AppState) => s.handler.templateUndo

/** What the last table write did, once the worker has answered. */
export function selectLastWriteText(s: AppState): string | undefined {
  const last = s.table.lastWrite
  if (last === undefined) return undefined
  if (last.startingTable === true)
    return `${last.label} changed the starting table: no stream record before the run`
  const result = s.sim.writeResults[last.requestId]
  if (result === undefined) return `${last.label}: applying…`
  switch (result.kind) {
    case 'record':
      return `${last.label} made ${result.eventName === 'INSERT' ? 'an' : 'a'} ${result.eventName} record (#${result.recordIndex})`
    case 'noop':
      return `${last.label} changed nothing: no stream record`
    case 'rejected':
      return `${last.label} rejected: ${result.message}`
  }
}

/** Whether DynamoDB refused the last table write: the message is then an error, not a status. */
export function selectLastWriteRejected(s: AppState): boolean {
  const last = s.table.lastWrite
  return last !== undefined && s.sim.writeResults[last.requestId]?.kind === 'rejected'
}

/** The value a settings field shows: the user's draft, else the scenario file's value. */
export function selectFieldInput(section: Section, spec: FieldSpec) {
  return (s: AppState): string | boolean => {
    const draft = s.scenario.drafts[`${section}.${spec.name}`]
    if (draft !== undefined) return draft
    const value = (s.scenario.file[section] as Record<string, unknown> | undefined)?.[spec.name]
    return fieldText(spec, value)
  }
}

/**
 * Under AWS's message for a refused value, the same in plain words, naming the value the run keeps using (the
 * scenario file's, not the draft's); undefined while the field is valid.
 */
export function selectFieldPlainWords(section: Section, spec: FieldSpec) {
  return (s: AppState): string | undefined => {
    if ((s.scenario.fieldErrors[`${section}.${spec.name}`] ?? NO_ERRORS).length === 0)
      return undefined
    const value = (s.scenario.file[section] as Record<string, unknown> | undefined)?.[spec.name]
    return settingPlainWords(section, spec.name, String(fieldText(spec, value)), spec.defaultText)
  }
}

const NO_ERRORS: readonly string[] = []
export function selectFieldErrors(section: Section, name: string) {
  return (s: AppState) => s.scenario.fieldErrors[`${section}.${name}`] ?? NO_ERRORS
}

/** The mapping section of the last valid config, as the form applies it. */
export const selectMappingConfig = (s: AppState) => s.scenario.file.mapping

/** The filter patterns (JSON strings) of a mapping section. */
export function filterPatternsOf(mapping: unknown): string[] {
  // Read from the file as it is: a hand-edited one may hold any shape here.
  const filters = (mapping as { FilterCriteria?: { Filters?: unknown } } | undefined)
    ?.FilterCriteria?.Filters
  if (!Array.isArray(filters)) return []
  return filters.map((f) => {
    const pattern = (f as { Pattern?: unknown } | null)?.Pattern
    return typeof pattern === 'string' ? pattern : ''
  })
}

export interface FilterLabRow {
  readonly record: RecordView
  readonly verdicts: readonly FilterVerdict[]
}

/**
 * Filter lab: per record (newest 50, and the `focus` record first when it is older), per pattern, match or
 * not and why. Pure; memoise in the component.
 */
export function computeFilterLab(
  records: readonly RecordView[],
  patterns: readonly string[],
  focus?: number,
): FilterLabRow[] {
  const newest = records.slice(-50)
  const older = newest.some((r) => r.index === focus)
    ? []
    : records.filter((r) => r.index === focus)
  // Matched against the full record exactly as Lambda delivers it (eventID, SequenceNumber…).
  return [...older, ...newest].map((record) => ({
    record,
    verdicts: explainFilters(patterns, record.record),
  }))
}

/** Lints per pattern: the known traps (numeric on N, exists on a non-leaf, missing type key). */
export function computeFilterLints(patterns: readonly string[]): string[][] {
  return patterns.map((p) => lintFilterPattern(p))
}

/** The StreamViewType the scenario file sets: the next Reset's, which a running stream may not have yet. */
export const selectFileStreamViewType = (s: AppState): unknown =>
  (s.scenario.file.table as { StreamSpecification?: { StreamViewType?: unknown } } | undefined)
    ?.StreamSpecification?.StreamViewType

/** The last step of a function update made during the run (docs/semantics.md D15), for the notice. */
export const selectLastFunctionUpdate = (s: AppState) => s.liveUpdate.last

/** The editor holds code the running simulation has not been given: Deploy applies it. */
export function selectUndeployed(s: AppState): boolean {
  if (isPristine(s)) return false
  const { deployed } = s.liveUpdate
  return selectHandlerCode(s) !== deployed.code || selectHandlerLanguage(s) !== deployed.language
}

/** The event source mapping console: its entries, history and whether a request is on its way. */
export const selectConsole = (s: AppState) => s.console
/** The scenario file's `executionRole` as written (docs/semantics.md D17); `removedActions` reads it. */
export const selectExecutionRole = (s: AppState) => s.scenario.file.executionRole
/** The on-failure destination of the mapping settings (undefined: none). */
export const selectOnFailure = (s: AppState) => s.scenario.settings?.onFailure
