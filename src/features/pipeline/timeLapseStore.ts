import type { StoreApi } from 'zustand'
import type { AppState } from '../../store/appState'

type AppStore = StoreApi<AppState>

/** More events than this in one frame: draw states without tweening (time-lapse). */
export const TIMELAPSE_EVENTS = 40

/** Time between redraws while fast-forwarding (Run to end, ×100 and up): cheap to paint, easy to follow. */
export const FAST_REDRAW_MS = 400
/** Time between redraws in time-lapse at lower speeds (a frame spans many events, e.g. ×10 under load). */
export const TIMELAPSE_REDRAW_MS = 250
/** From this speed on (and during Run to end) the views sample the run instead of drawing every frame. */
export const FAST_SPEED = 100

export const selectFastForward = (s: AppState) =>
  s.playback.status === 'running' && (s.playback.toEnd || s.playback.speed >= FAST_SPEED)

/** From real time ×10 on, the views show a time-lapse whatever the frames bring (they vary with the load). */
export const TIMELAPSE_SPEED = 10

/** The run plays so fast that a frame spans many events: the views show states, not every step. */
export const selectTimeLapse = (s: AppState) =>
  selectFastForward(s) ||
  (s.playback.status === 'running' &&
    ((!s.playback.paced && s.playback.speed >= TIMELAPSE_SPEED) ||
      s.sim.frameEvents > TIMELAPSE_EVENTS))

/** What the run's frames change (and `playback`'s status); the rest changes when the user does something. */
const FRAME_KEYS: ReadonlySet<string> = new Set(['sim', 'timeline', 'playback'])

/** A change a frame did not make (a click, a setting, the speed). */
function userChanged(state: AppState, shown: AppState): boolean {
  if (state.playback !== shown.playback && state.playback.speed !== shown.playback.speed)
    return true
  for (const key in state)
    if (!FRAME_KEYS.has(key) && state[key as keyof AppState] !== shown[key as keyof AppState])
      return true
  return false
}

/**
 * The app's store as the heavy views read it: in time-lapse they see a new state every
 * FAST_REDRAW_MS / TIMELAPSE_REDRAW_MS (React commits to a few hundred chips and rows then cost less than
 * the run itself), at other times at once. The user's own changes show at once in either case. `phaseMs` staggers such stores,
 * so the pipeline and the groups of panels below it do not redraw in the same animation frame. It follows the
 * app's store only while something listens to it (no effect needed to let it go); `clock` is for tests.
 */
export function createTimeLapseStore(
  store: AppStore,
  phaseMs = 0,
  clock: {
    now(): number
    setTimeout(f: () => void, ms: number): unknown
    clearTimeout(t: unknown): void
  } = {
    now: () => performance.now(),
    setTimeout: (f, ms) => setTimeout(f, ms),
    clearTimeout: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  },
): AppStore {
  let shown = store.getState()
  let timer: unknown
  let unsubscribe: (() => void) | undefined
  const listeners = new Set<(state: AppState, previous: AppState) => void>()
  const stopTimer = () => {
    if (timer !== undefined) clock.clearTimeout(timer)
    timer = undefined
  }
  const show = () => {
    stopTimer()
    const previous = shown
    shown = store.getState()
    if (shown !== previous) for (const listener of listeners) listener(shown, previous)
  }
  const follow = (state: AppState) => {
    if (!selectTimeLapse(state) || state.playback.status !== shown.playback.status) return show()
    if (userChanged(state, shown)) {
      // The user's change at once, over the run as last shown: answering a click never waits for a
      // redraw of every panel (that is the timer's job).
      const previous = shown
      shown = { ...state, sim: shown.sim, timeline: shown.timeline }
      for (const listener of listeners) listener(shown, previous)
    }
    if (timer !== undefined) return
    const period = selectFastForward(state) ? FAST_REDRAW_MS : TIMELAPSE_REDRAW_MS
    // The next multiple of the period after `phaseMs`: two stores with other phases never share a frame.
    const wait = period - ((((clock.now() - phaseMs) % period) + period) % period)
    timer = clock.setTimeout(show, wait)
  }
  return {
    getState: () => shown,
    getInitialState: () => store.getInitialState(),
    setState: store.setState,
    subscribe(listener) {
      listeners.add(listener)
      if (unsubscribe === undefined) {
        shown = store.getState()
        unsubscribe = store.subscribe(follow)
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0 || unsubscribe === undefined) return
        stopTimer()
        unsubscribe()
        unsubscribe = undefined
      }
    },
  }
}
