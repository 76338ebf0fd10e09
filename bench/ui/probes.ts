/**
 * What the benchmark measures inside the page: requestAnimationFrame deltas and long tasks while a window is
 * open, and how long a user action takes to show its result. Installed before the app loads
 * (`addInitScript`); read back with `evaluate`. The page's globals are typed here, as the bench is typed
 * without the DOM.
 */
export interface FrameStats {
  readonly frames: number[]
  readonly longTasks: number[]
}

interface ProbeGlobals {
  requestAnimationFrame(callback: (now: number) => void): number
  PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => {
    observe(options: { type: string; buffered?: boolean }): void
  }
  __bench: { recording: boolean; frames: number[]; longTasks: number[] }
}

/** Runs in the page before any of its scripts. */
export function installProbes(): void {
  const page = globalThis as unknown as ProbeGlobals
  const bench = { recording: false, frames: [] as number[], longTasks: [] as number[] }
  page.__bench = bench
  let last: number | undefined
  const tick = (now: number) => {
    if (bench.recording && last !== undefined) bench.frames.push(now - last)
    last = now
    page.requestAnimationFrame(tick)
  }
  page.requestAnimationFrame(tick)
  new page.PerformanceObserver((list) => {
    if (!bench.recording) return
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration)
  }).observe({ type: 'longtask' })
}

export function startRecording(): void {
  const bench = (globalThis as unknown as ProbeGlobals).__bench
  bench.frames = []
  bench.longTasks = []
  bench.recording = true
}

export function stopRecording(): FrameStats {
  const bench = (globalThis as unknown as ProbeGlobals).__bench
  bench.recording = false
  return { frames: bench.frames, longTasks: bench.longTasks }
}

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * The frames the display showed: each rAF delta as a whole number of display intervals (the interval taken as the
 * median delta). rAF timestamps jitter by ~0.1 ms around the display's period even on an idle page, so the raw
 * p95 reads 16.8 ms with nothing to draw; counting whole intervals tells a frame shown on time (16.7 ms) from one
 * that missed the display's refresh (33.3 ms), which is what a user sees.
 */
export function displayFrames(deltas: readonly number[]) {
  const interval = percentile(deltas, 50)
  if (interval === null) return { intervalMs: null, frames: [], dropped: 0 }
  const counts = deltas.map((d) => Math.max(1, Math.round(d / interval)))
  return {
    intervalMs: interval,
    frames: counts.map((n) => n * interval),
    /** Refreshes that showed no new frame. */
    dropped: counts.reduce((sum, n) => sum + n - 1, 0),
  }
}
