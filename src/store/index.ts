/** The store's public door: the app's one store, its bound hook and the selectors. */
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { AppState } from './appState'
import type { AppStore } from './createAppStore'

export { createAppStore } from './createAppStore'
export type { AppStore } from './createAppStore'
export type { AppState } from './appState'
export * from './selectors'
export { MAPPING_FIELDS, FUNCTION_FIELDS } from './settingsCatalog'
export type { FieldSpec } from './settingsCatalog'
export { MIN_SPEED, MAX_SPEED } from './slices/playbackSlice'
export type { PlaybackStatus } from './slices/playbackSlice'
export type { InvocationView } from './simView'
export type { TimelineMark, TimelineMarkKind } from './timelineMarks'
export { computeShardStrips, STRIP_CHIPS } from './shardStrips'
export type { ShardChip, ShardStrip } from './shardStrips'
export { describeAttempt, describeInvocationRecords } from './invocationWords'
export { keyLabel, labelsByIndex, recordLabels } from './recordKeys'
export type { Lookup } from './recordKeys'
export { describeShard } from './shardBlocking'
export type { ShardWords } from './shardBlocking'
export {
  describeCoverage,
  destinationCoverages,
  pointerNote,
  sameCoverage,
  snsInnerMessage,
} from './destinationWords'
export type { DestinationCoverage } from './destinationWords'
export { classifySource, SEMANTICS_PAGE } from './inspect'
export type { BisectAttempt, BisectNode, BisectTree } from './bisectTrees'
export type { Rewind } from './redeliveries'
export { recordRange } from './invocationWords'
export { narrate, quietWords, storeLookups } from './narration'
export type { Sentence } from './narration'
export { describeStep, historyLines } from './historyLines'
export type { HistoryLine, NumberedStep } from './historyLines'
export { filterVerdictsOf, historySummary, stepNotes } from './historyNotes'
export type { StepNote } from './historyNotes'
export type { InvocationDetailsView, StepSource, SourceKind, WhyView } from './inspect'
export type { PanelTab } from './slices/uiSlice'
export type { ShareError, StorageNotice, PendingScenario } from './slices/gallerySlice'
export { keepWorkSaved, readSavedWork } from './browserPersistence'
export { savedWorkHasEdits } from './persistence'
export type { HandlerDiagnostic, TestRun } from './slices/handlerSlice'
export type { HandlerLanguage } from './slices/scenarioSlice'
export { PRESET_CATALOG } from './scenarioFiles'
export type { CatalogEntry } from './scenarioFiles'
export type { ScenarioFile } from './scenarioEdit'
export { removedActions } from './roleEdit'

export const AppStoreContext = createContext<AppStore | null>(null)

/** The app's one bound hook: `useAppStore(selectStatus)`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext)
  if (store === null) throw new Error('useAppStore needs <AppStoreContext.Provider>')
  return useStore(store, selector)
}

/** Actions never change: components take them from here without subscribing to anything. */
export function useAppActions(): AppState {
  const store = useContext(AppStoreContext)
  if (store === null) throw new Error('useAppActions needs <AppStoreContext.Provider>')
  return store.getState()
}
