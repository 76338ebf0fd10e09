/**
 * Fires once the calls to `restart` have paused for `quietMs` of frame time (a trailing debounce on the
 * frame scheduler, so tests drive it with fake frames). The pause counts from the first frame after the
 * last restart.
 */
import type { FrameScheduler } from './clockDriver'

export interface QuietTimer {
  restart(): void
  cancel(): void
}

export function createQuietTimer(
  frames: FrameScheduler,
  quietMs: number,
  fire: () => void,
): QuietTimer {
  let handle: number | undefined
  let sinceMs: number | undefined
  const onFrame = (timestampMs: number) => {
    sinceMs ??= timestampMs
    if (timestampMs - sinceMs < quietMs) {
      handle = frames.request(onFrame)
      return
    }
    handle = undefined
    sinceMs = undefined
    fire()
  }
  return {
    restart() {
      sinceMs = undefined
      handle ??= frames.request(onFrame)
    },
    cancel() {
      if (handle !== undefined) frames.cancel(handle)
      handle = undefined
      sinceMs = undefined
    },
  }
}
