import type { GallerySlice } from './slices/gallerySlice'
import type { GuideSlice } from './slices/guideSlice'
import type { HandlerSlice } from './slices/handlerSlice'
import type { InspectSlice } from './slices/inspectSlice'
import type { LiveUpdateSlice } from './slices/liveUpdateSlice'
import type { PlaybackSlice } from './slices/playbackSlice'
import type { ScenarioSlice } from './slices/scenarioSlice'
import type { SimViewSlice } from './slices/simViewSlice'
import type { TableSlice } from './slices/tableSlice'
import type { UiSlice } from './slices/uiSlice'
import type { TimelineSlice } from './slices/timelineSlice'
import type { ConsoleSlice } from './slices/consoleSlice'
import type { RoleSlice } from './slices/roleSlice'

/** The whole app state: one store, one slice per concern. */
export type AppState = ScenarioSlice &
  PlaybackSlice &
  SimViewSlice &
  TableSlice &
  UiSlice &
  HandlerSlice &
  InspectSlice &
  GallerySlice &
  LiveUpdateSlice &
  TimelineSlice &
  GuideSlice &
  ConsoleSlice &
  RoleSlice
