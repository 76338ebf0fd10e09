/**
 * Many reports in, one flush per animation frame out (the idea of excalidraw's throttleRAF):
 * the store gets a single set() per frame however many reports the workers sent.
 */
import type { FrameScheduler } from './clockDriver'

export interface FrameDrain<T> {
  push(item: T): void
  /**
   * Flushes at most once per `ms` of frame time (0: every frame). Run to end uses it: each render holds up
   * the main thread, and every invocation's round trip to the sandbox waits on it.
   */
  setMinInterval(ms: number): void
  /** Drops what is queued (a new scenario replaces the old one). */
  clear(): void
  dispose(): void
}

export function createFrameDrain<T>(
  frames: FrameScheduler,
  flush: (items: T[]) => void,
): FrameDrain<T> {
  let pending: T[] = []
  let handle: number | undefined
  let minIntervalMs = 0
  let lastFlushMs = Number.NEGATIVE_INFINITY
  const onFrame = (timestampMs: number) => {
    if (timestampMs - lastFlushMs < minIntervalMs) {
      handle = frames.request(onFrame)
      return
    }
    handle = undefined
    lastFlushMs = timestampMs
    const items = pending
    pending = []
    if (items.length > 0) flush(items)
  }
  return {
    push(item) {
      pending.push(item)
      if (handle === undefined) handle = frames.request(onFrame)
    },
    setMinInterval(ms) {
      minIntervalMs = ms
    },
    clear() {
      pending = []
    },
    dispose() {
      if (handle !== undefined) frames.cancel(handle)
      handle = undefined
      pending = []
    },
  }
}
