import type { StateCreator } from 'zustand'
import { findGuide, foldProgress, startProgress } from '../../guides'
import type { Guide, GuideProgress, GuideTrigger } from '../../guides'
import type { RuntimeBatch } from '../../runtime/types'
import type { AppState } from '../appState'

/** A guided scenario being followed (README "Guided scenarios"). */
export interface GuideState {
  readonly id: string
  /** The run it follows; undefined until its example has loaded (the switch dialog may ask first). */
  readonly loadId: number | undefined
  /** Start was pressed (or Play): the intro is gone. */
  readonly started: boolean
  /** Steps read: "Continue" pressed on each. The callout shows step `read` once its trigger fired. */
  readonly read: number
  readonly progress: GuideProgress
}

export interface GuideSlice {
  guide: GuideState | undefined
  /** Opens a guide's example (asking first over edits, like a gallery pick); the guide starts with it. */
  openGuide: (id: string) => void
  /** The intro's Start: event-paced playback from the beginning. */
  startGuide: () => void
  /** Closes the step shown and plays on (at the step's `speedAfter`), or ends the guide after its last. */
  continueGuide: () => void
  leaveGuide: () => void
  /** Follows the run: called with every runtime batch, after the view has taken it. */
  applyGuideBatch: (batch: RuntimeBatch) => void
}

function firstUnfired(progress: GuideProgress): number {
  const i = progress.firedAtMs.findIndex((t) => t === undefined)
  return i === -1 ? progress.firedAtMs.length : i
}

export const createGuideSlice: StateCreator<AppState, [], [], GuideSlice> = (set, get) => {
  const fresh = (guide: Guide, loadId: number | undefined): GuideState => ({
    id: guide.id,
    loadId,
    started: false,
    read: 0,
    progress: startProgress(guide),
  })

  /** The step to show now has just fired in a frame: pause on it, back at its very instant if overshot. */
  function stopAt(firedAtMs: number): void {
    get().pause()
    if (get().sim.simTimeMs > firedAtMs) get().seekTo(firedAtMs)
  }

  /**
   * As fast as the handlers allow, as Run to end does: straight to a time trigger's moment (nothing to undo
   * there), or on until an event trigger stops the run (applyGuideBatch).
   */
  function fastForward(trigger: GuideTrigger): void {
    if (!('atMs' in trigger)) {
      get().runToEnd()
      return
    }
    get().fastForwardTo(trigger.atMs)
    set({ playback: { ...get().playback, status: 'running', toEnd: true } })
  }

  return {
    guide: undefined,
    openGuide(id) {
      const guide = findGuide(id)
      if (guide === undefined) return
      set({ guide: fresh(guide, undefined) })
      void get().chooseScenario(guide.example)
    },
    startGuide() {
      const { guide } = get()
      if (guide === undefined) return
      set({ guide: { ...guide, started: true } })
      get().setPaced()
      get().play()
    },
    continueGuide() {
      const state = get().guide
      const guide = state && findGuide(state.id)
      if (state === undefined || guide === undefined) return
      const step = guide.steps[state.read]
      const read = state.read + 1
      if (read >= guide.steps.length) {
        // The outcome was read: the user is free to change things and replay, without the guide.
        set({ guide: undefined })
        return
      }
      set({ guide: { ...state, read } })
      const speed = step?.speedAfter
      if (typeof speed === 'number') get().setSpeed(speed)
      else if (speed === 'paced') get().setPaced()
      if (state.progress.firedAtMs[read] !== undefined) return
      if (speed === 'fast') fastForward(guide.steps[read].trigger)
      else get().play()
    },
    leaveGuide: () => set({ guide: undefined }),
    applyGuideBatch(batch) {
      let state = get().guide
      const guide = state && findGuide(state.id)
      if (state === undefined || guide === undefined) return
      const { sim } = get()
      let firedInFrame = false
      for (const report of batch.reports) {
        if (report.type === 'loaded' && report.loadId === sim.loadId) {
          // A new run: the guide's example (again, after Reset) restarts the guide; anything else ends it.
          const ours = get().scenario.presetName === guide.example
          state = ours ? fresh(guide, report.loadId) : undefined
          if (state === undefined) break
        } else if (report.type === 'seeked' && report.frame.loadId === state.loadId) {
          const { events, reachedMs } = report.frame
          const progress = foldProgress(guide, startProgress(guide), events, reachedMs)
          state = { ...state, progress, read: Math.min(state.read, firstUnfired(progress)) }
        } else if (report.type === 'frame' && report.frame.loadId === state.loadId) {
          const before = state.progress.firedAtMs[state.read]
          const { events, reachedMs } = report.frame
          const progress = foldProgress(guide, state.progress, events, reachedMs)
          state = { ...state, progress }
          firedInFrame ||= before === undefined && progress.firedAtMs[state.read] !== undefined
        }
      }
      if (state !== undefined && get().playback.status === 'running')
        state = { ...state, started: true }
      set({ guide: state })
      const firedAt = state?.progress.firedAtMs[state.read]
      if (firedInFrame && firedAt !== undefined) stopAt(firedAt)
    },
  }
}
