/** The Timeline slider's keys (WAI-ARIA slider pattern): where each one moves the run. */

const NICE_STEPS_MS = [
  1_000, 5_000, 10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000, 3_600_000,
] as const

/** One arrow press: the smallest round step that crosses the run in at most 500 presses. */
export function arrowStepMs(durationMs: number): number {
  return NICE_STEPS_MS.find((step) => durationMs / step <= 500) ?? 3_600_000
}

/** The time a key moves to from `atMs`, or undefined for a key the slider leaves alone. */
export function timelineKeyTarget(
  key: string,
  atMs: number,
  durationMs: number,
): number | undefined {
  const step = arrowStepMs(durationMs)
  const clamp = (ms: number) => Math.min(durationMs, Math.max(0, ms))
  // Arrows land on whole steps, so pressing back and forth returns to the same instants.
  const down = (by: number) => clamp(Math.ceil(atMs / by) * by - by)
  const up = (by: number) => clamp(Math.floor(atMs / by) * by + by)
  switch (key) {
    case 'Home':
      return 0
    case 'End':
      return durationMs
    case 'ArrowLeft':
    case 'ArrowDown':
      return down(step)
    case 'ArrowRight':
    case 'ArrowUp':
      return up(step)
    case 'PageDown':
      return down(step * 10)
    case 'PageUp':
      return up(step * 10)
    default:
      return undefined
  }
}
