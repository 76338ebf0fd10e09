import type { StateCreator } from 'zustand'
import type { RuntimeBatch } from '../../runtime/types'
import type { AppState } from '../appState'
import { applyBatch, EMPTY_SIM_VIEW } from '../simView'
import type { SimViewState } from '../simView'
import { foldTimeline } from '../timelineMarks'

export interface SimViewSlice {
  sim: SimViewState
  /** Applies everything one animation frame brought: the single set() of that frame. */
  applyRuntimeBatch: (batch: RuntimeBatch) => void
}

export const createSimViewSlice: StateCreator<AppState, [], [], SimViewSlice> = (set, get) => ({
  sim: EMPTY_SIM_VIEW,
  applyRuntimeBatch(batch) {
    const before = get().sim
    const sim = applyBatch(before, batch)
    const { status } = get().playback
    // A seek to the end finishes the run as playing there does (the seek itself paused the clock).
    const seekedToEnd = batch.reports.some(
      (r) => r.type === 'seeked' && r.frame.loadId === sim.loadId && r.frame.finished,
    )
    // So does the Step that reaches the end: "paused" there left Step enabled, doing nothing when pressed.
    const steppedToEnd = status === 'paused' && !before.finished
    const finished =
      sim.finished && (status === 'running' || seekedToEnd || steppedToEnd) ? 'finished' : status
    const timeline = foldTimeline(get().timeline, batch, sim.loadId, sim.info?.durationMs ?? 0)
    set({ sim, timeline, playback: { ...get().playback, status: sim.crash ? 'paused' : finished } })
    // A run held at its memory limit goes no further (docs/semantics.md D18): the clock stops with it, so the
    // playback bar says paused rather than running on the spot.
    if (sim.memory?.stopped === true && get().playback.status === 'running') get().pause()
    const events = batch.reports.flatMap((r) =>
      (r.type === 'frame' || r.type === 'seeked') && r.frame.loadId === sim.loadId
        ? r.frame.events
        : [],
    )
    if (events.length > 0) get().refreshInspect(events)
    if (events.length > 0) get().noteFunctionUpdates(events)
    if (events.length > 0) get().noteRoleUpdates(events)
  },
})
