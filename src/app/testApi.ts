/**
 * `window.__simTest`: the e2e tests' deterministic handle (HOUSE-STYLE §2.5). Installed only when the page
 * is opened with `?e2e=1`, so it never reaches users by accident.
 */
import type { AppStore } from '../store'

export interface SimTestApi {
  /** Advances virtual time straight to `ms` (no wall clock involved). */
  fastForwardTo(ms: number): void
  setSpeed(speed: number): void
  state(): {
    simTimeMs: number
    eventCount: number
    invocationCount: number
    status: string
    finished: boolean
  }
}

declare global {
  interface Window {
    __simTest?: SimTestApi
  }
}

export function installTestApi(store: AppStore, search: string): void {
  if (!new URLSearchParams(search).has('e2e')) return
  window.__simTest = {
    fastForwardTo: (ms) => store.getState().fastForwardTo(ms),
    setSpeed: (speed) => store.getState().setSpeed(speed),
    state() {
      const { sim, playback } = store.getState()
      return {
        simTimeMs: sim.simTimeMs,
        eventCount: sim.eventCount,
        invocationCount: sim.invocationCount,
        status: playback.status,
        finished: sim.finished,
      }
    },
  }
}
