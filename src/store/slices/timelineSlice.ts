import type { StateCreator } from 'zustand'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import { EMPTY_TIMELINE } from '../timelineMarks'
import type { TimelineState } from '../timelineMarks'

export interface TimelineSlice {
  /** What the Timeline slider shows: how far the run has got and its markers (folded per frame). */
  timeline: TimelineState
  /** Moves the run to a virtual time, back or forward: the whole state of that moment (the worker replays). */
  seekTo: (simTimeMs: number) => void
}

export function createTimelineSlice(
  runtime: Runtime,
): StateCreator<AppState, [], [], TimelineSlice> {
  return (set, get) => ({
    timeline: EMPTY_TIMELINE,
    seekTo(simTimeMs) {
      const { info } = get().sim
      if (info === undefined) return
      runtime.seek(Math.min(Math.max(0, Math.round(simTimeMs)), info.durationMs))
      // A seek stops the clock, as dragging a video's playhead does; Play goes on from there.
      set({ playback: { ...get().playback, status: 'paused', toEnd: false } })
    },
  })
}
