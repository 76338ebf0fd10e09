/** Display formats for virtual time and speeds. */
import { formatCount } from './plural'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Virtual elapsed time: `00:01:02.345`, with a day count past 24 h (`1d 00:00:00.000`). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms))
  const days = Math.floor(total / 86_400_000)
  const h = Math.floor(total / 3_600_000) % 24
  const m = Math.floor(total / 60_000) % 60
  const s = Math.floor(total / 1000) % 60
  const clock = `${pad(h)}:${pad(m)}:${pad(s)}.${pad(total % 1000, 3)}`
  return days > 0 ? `${days}d ${clock}` : clock
}

/** A virtual instant as UTC: `2026-01-01 00:00:01.250 UTC`. */
export function formatInstant(epochMs: number): string {
  return `${new Date(epochMs).toISOString().replace('T', ' ').replace('Z', '')} UTC`
}

/** `×0.25`, `×1`, `×1,000`, as in "real time ×4". */
export function formatSpeed(speed: number): string {
  const rounded = speed >= 10 ? Math.round(speed) : Math.round(speed * 100) / 100
  return `×${formatCount(rounded)}`
}

/**
 * The speeds the Speed slider stops at: readable values on a roughly logarithmic scale, so each arrow
 * key press moves one visible step (a continuous log slider snapped back to the same value).
 */
export const SPEED_STEPS: readonly number[] = [
  0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000,
]

/** The slider step closest to `speed` on a log scale (a speed set elsewhere may fall between steps). */
export function nearestSpeedStep(speed: number): number {
  let best = 0
  for (let i = 1; i < SPEED_STEPS.length; i++) {
    const distance = (n: number) => Math.abs(Math.log(SPEED_STEPS[n]) - Math.log(speed))
    if (distance(i) < distance(best)) best = i
  }
  return best
}
