/** The browser side of `persistence.ts`: localStorage, when to save, and flushing as the page goes. */
import type { AppState } from './appState'
import type { AppStore } from './createAppStore'
import { readWork, writeWork } from './persistence'
import type { KeyValueStorage, ReadResult } from './persistence'

/** Often enough that a crash loses at most a moment of typing, rare enough to cost nothing. */
const SAVE_INTERVAL_MS = 300

/**
 * localStorage, looked up on each call: where storage is disabled even reading `window.localStorage`
 * throws (SecurityError), and `persistence.ts` turns that into a result instead of a crash.
 */
const localStore: KeyValueStorage = {
  getItem: (key) => window.localStorage.getItem(key),
  setItem: (key, value) => window.localStorage.setItem(key, value),
}

export function readSavedWork(): ReadResult {
  return readWork(localStore)
}

/** What the saved record is made of: when none of these changed, there is nothing to save. */
const inputsOf = (s: AppState): readonly unknown[] => [
  s.scenario.file,
  s.scenario.presetName,
  s.scenario.fieldErrors,
  s.gallery.baseline,
  s.table.userWrites,
  s.sim.writeResults,
  // Mid-run changes the saved file replays as actions (docs/semantics.md D16).
  s.console.recorded,
  s.liveUpdate.concurrency,
]

/**
 * Saves the work on every change, at most once per SAVE_INTERVAL_MS (the store changes every frame
 * while playing), and at once when the page is hidden or left, which may be the last chance.
 */
export function keepWorkSaved(store: AppStore, storage: KeyValueStorage = localStore): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let saved: readonly unknown[] = []

  function save(): void {
    clearTimeout(timer)
    timer = undefined
    const state = store.getState()
    const inputs = inputsOf(state)
    // Nothing is open yet (an example's chunk is still loading): there is no work to keep.
    if (Object.keys(state.gallery.baseline).length === 0) return
    if (inputs.every((value, i) => value === saved[i])) return
    saved = inputs
    const result = writeWork(storage, state.workToSave())
    if (!result.ok) state.reportStorage({ kind: 'unavailable', reason: result.reason })
  }

  store.subscribe(() => {
    timer ??= setTimeout(save, SAVE_INTERVAL_MS)
  })
  window.addEventListener('pagehide', save)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save()
  })
}
