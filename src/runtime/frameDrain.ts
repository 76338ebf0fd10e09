/**
 * Many reports in, one flush per animation frame out (the idea of excalidraw's throttleRAF):
 * the store gets a single set() per frame however many reports the workers sent.
 */
import type { FrameScheduler } from './clockDriver'

export interface FrameDrain<T> {
  push(item: T): void
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
  return {
    push(item) {
      pending.push(item)
      if (handle !== undefined) return
      handle = frames.request(() => {
        handle = undefined
        const items = pending
        pending = []
        if (items.length > 0) flush(items)
      })
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
