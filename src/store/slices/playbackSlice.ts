import type { StateCreator } from 'zustand'
import type { Runtime, RuntimeBatch } from '../../runtime/types'
import type { AppState } from '../appState'

export type PlaybackStatus = 'idle' | 'running' | 'paused' | 'finished'

export const MIN_SPEED = 0.25
export const MAX_SPEED = 10_000

export interface PlaybackSlice {
  playback: {
    status: PlaybackStatus
    /** Real time ×speed, used when `paced` is off. */
    speed: number
    /**
     * Event-paced playback (the default): each invocation, split, retry and delivery stays on screen for a
     * while and idle time hurries by (runtime/pacing.ts). Off: strict real time ×speed.
     */
    paced: boolean
    /** The clock runs to a target time as fast as it can (Run to end), not at `speed`. */
    toEnd: boolean
    /** Step was pressed and its instant has not shown yet (it may wait on a handler): another press waits. */
    stepping: boolean
    /** A sandbox is starting (cold start of its worker): the run waits for it, the first time for seconds. */
    sandboxStarting: boolean
  }
  /** Takes what one animation frame brought that concerns playback: Step answered, sandboxes started. */
  applyPlaybackBatch: (batch: RuntimeBatch) => void
  /** Starts the clock: virtual time advances at `speed` × wall time. */
  play: () => void
  pause: () => void
  togglePlay: () => void
  /** Moves to the next event; the clock stops. */
  step: () => void
  /** Advances to the scenario's end as fast as the handlers allow. */
  runToEnd: () => void
  /** Advances straight to a virtual time (the test hook's fast-forward). */
  fastForwardTo: (simTimeMs: number) => void
  /** Reloads the scenario: a fresh simulation at time 0. */
  reset: () => void
  /** Strict real time ×speed (leaves event-paced playback). */
  setSpeed: (speed: number) => void
  /** Event-paced playback. */
  setPaced: () => void
}

export function createPlaybackSlice(
  runtime: Runtime,
): StateCreator<AppState, [], [], PlaybackSlice> {
  return (set, get) => {
    const setStatus = (status: PlaybackStatus, toEnd = false) =>
      set({ playback: { ...get().playback, status, toEnd } })
    return {
      playback: {
        status: 'idle',
        speed: 1,
        paced: true,
        toEnd: false,
        stepping: false,
        sandboxStarting: false,
      },
      applyPlaybackBatch(batch) {
        const { playback } = get()
        // A step ends with one frame (or a seek, a new scenario, a crash answers instead).
        const answered = batch.reports.some((r) => r.type !== 'writeResult')
        const stepping = playback.stepping && !answered
        const sandboxStarting = batch.sandboxStarting ?? playback.sandboxStarting
        if (stepping !== playback.stepping || sandboxStarting !== playback.sandboxStarting)
          set({ playback: { ...playback, stepping, sandboxStarting } })
      },
      play() {
        if (get().sim.finished || get().sim.info === undefined) return
        runtime.setPaced(get().playback.paced)
        runtime.play(get().playback.speed)
        setStatus('running')
      },
      pause() {
        if (get().playback.status !== 'running') return
        runtime.pause()
        setStatus('paused')
      },
      togglePlay() {
        if (get().playback.status === 'running') get().pause()
        else get().play()
      },
      step() {
        const { sim, playback } = get()
        if (sim.finished || sim.info === undefined || playback.stepping) return
        runtime.step()
        set({ playback: { ...playback, status: 'paused', toEnd: false, stepping: true } })
      },
      runToEnd() {
        const info = get().sim.info
        if (info === undefined || get().sim.finished) return
        runtime.advanceTo(info.durationMs)
        setStatus('running', true)
      },
      fastForwardTo(simTimeMs) {
        if (get().sim.info === undefined) return
        runtime.advanceTo(simTimeMs)
        setStatus('paused')
      },
      reset() {
        get().loadScenario(get().scenario.file, get().scenario.presetName)
      },
      setSpeed(speed) {
        const clamped = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed))
        runtime.setPaced(false)
        runtime.setSpeed(clamped)
        set({ playback: { ...get().playback, speed: clamped, paced: false } })
      },
      setPaced() {
        runtime.setPaced(true)
        set({ playback: { ...get().playback, paced: true } })
      },
    }
  }
}
