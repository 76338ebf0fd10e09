import { useCallback, useContext, useSyncExternalStore } from 'react'
import { AppStoreContext } from '../../store'
import type { AppState } from '../../store'

/** Time between pipeline redraws while the clock runs fast: a time-lapse to follow, cheap to paint. */
export const FAST_REDRAW_MS = 400
/** From this speed on (and during Run to end) the pipeline samples the run instead of drawing every frame. */
export const FAST_SPEED = 100

export const selectFastForward = (s: AppState) =>
  s.playback.status === 'running' && (s.playback.toEnd || s.playback.speed >= FAST_SPEED)

/**
 * The simulation view as the pipeline draws it. At normal speeds every frame; while fast-forwarding at most
 * one redraw per FAST_REDRAW_MS (repainting the region every frame then cost as much as the run itself).
 */
export function useSampledSim(): AppState['sim'] {
  const store = useContext(AppStoreContext)
  if (store === null) throw new Error('useSampledSim needs <AppStoreContext.Provider>')
  const subscribe = useCallback(
    (notify: () => void) => {
      let last = 0
      let timer: ReturnType<typeof setTimeout> | undefined
      const unsubscribe = store.subscribe((state) => {
        if (!selectFastForward(state)) {
          last = performance.now()
          notify()
          return
        }
        if (timer !== undefined) return
        const wait = Math.max(0, FAST_REDRAW_MS - (performance.now() - last))
        timer = setTimeout(() => {
          timer = undefined
          last = performance.now()
          notify()
        }, wait)
      })
      return () => {
        if (timer !== undefined) clearTimeout(timer)
        unsubscribe()
      }
    },
    [store],
  )
  return useSyncExternalStore(subscribe, () => store.getState().sim)
}
