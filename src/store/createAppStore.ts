import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { Runtime } from '../runtime/types'
import type { AppState } from './appState'
import { PRESET_CATALOG } from './scenarioFiles'
import type { CatalogEntry } from './scenarioFiles'
import { createGallerySlice } from './slices/gallerySlice'
import { createLiveUpdateSlice } from './slices/liveUpdateSlice'
import { createHandlerSlice } from './slices/handlerSlice'
import { createInspectSlice } from './slices/inspectSlice'
import { createPlaybackSlice } from './slices/playbackSlice'
import { createScenarioSlice } from './slices/scenarioSlice'
import { createSimViewSlice } from './slices/simViewSlice'
import { createTableSlice } from './slices/tableSlice'
import { createUiSlice } from './slices/uiSlice'
import { createTimelineSlice } from './slices/timelineSlice'
import { createGuideSlice } from './slices/guideSlice'
import { createConsoleSlice } from './slices/consoleSlice'
import { createRoleSlice } from './slices/roleSlice'

export type AppStore = StoreApi<AppState>

/**
 * Creates the app's one store around an injected runtime: tests pass a fake.
 * The runtime's per-frame batches become one `applyRuntimeBatch` set() each. `catalog` is what the
 * Scenario select offers (the presets unless the app adds the lazily loaded examples).
 *
 * @example
 * const store = createAppStore({ runtime: createBrowserRuntime() })
 * store.getState().loadScenario(SCENARIO_PRESETS['poison-pill'])
 */
export function createAppStore({
  runtime,
  catalog = PRESET_CATALOG,
}: {
  runtime: Runtime
  catalog?: readonly CatalogEntry[]
}): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createScenarioSlice(runtime)(...a),
    ...createPlaybackSlice(runtime)(...a),
    ...createSimViewSlice(...a),
    ...createTableSlice(runtime)(...a),
    ...createUiSlice(...a),
    ...createHandlerSlice(runtime)(...a),
    ...createInspectSlice(runtime)(...a),
    ...createGallerySlice(catalog)(...a),
    ...createLiveUpdateSlice(runtime)(...a),
    ...createTimelineSlice(runtime)(...a),
    ...createGuideSlice(...a),
    ...createConsoleSlice(runtime)(...a),
    ...createRoleSlice(runtime)(...a),
  }))
  runtime.subscribe((batch) => {
    store.getState().applyRuntimeBatch(batch)
    store.getState().applyPlaybackBatch(batch)
    // After the view took the batch: a guide step that fired in it pauses the run there.
    store.getState().applyGuideBatch(batch)
  })
  return store
}
