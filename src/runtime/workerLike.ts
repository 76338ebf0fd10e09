/** The part of a Worker the runtime uses; tests pass fakes. */
export interface WorkerLike {
  postMessage(message: unknown): void
  terminate(): void
  onmessage: ((event: MessageEvent) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

/** Timers the runtime uses, injectable so tests control wall time. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number
  clearTimeout(id: number): void
}

export const browserTimers: Timers = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
}
