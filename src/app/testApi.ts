/**
 * `window.__simTest`: the e2e tests' deterministic handle. Installed only when the page
 * is opened with `?e2e=1`, so it never reaches users by accident.
 */
import type { RunReport } from '../engine'
import type { AppStore } from '../store'

export interface SimTestApi {
  /** Advances virtual time straight to `ms` (no wall clock involved). */
  fastForwardTo(ms: number): void
  setSpeed(speed: number): void
  /** Loads a scenario file (any JSON the runner accepts), as Reset would: a fresh run at time 0. */
  loadScenario(file: Record<string, unknown>): void
  /** Sets the handler's code (and language) without typing it into the editor. */
  setHandlerCode(code: string, language?: 'javascript' | 'typescript'): void
  /** The sim worker's run report: after Run to end, the same report the headless runner makes. */
  report(): Promise<RunReport>
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

export function installTestApi(
  store: AppStore,
  search: string,
  requestReport: () => Promise<RunReport>,
): void {
  if (!new URLSearchParams(search).has('e2e')) return
  window.__simTest = {
    fastForwardTo: (ms) => store.getState().fastForwardTo(ms),
    setSpeed: (speed) => store.getState().setSpeed(speed),
    loadScenario: (file) => store.getState().openScenario(file),
    setHandlerCode: (code, language) => store.getState().setFunctionSource(code, language),
    report: requestReport,
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
