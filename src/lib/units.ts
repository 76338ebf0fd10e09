/** Display formats for virtual time and speeds. */

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

/** `0.25×`, `1×`, `1,000×`. */
export function formatSpeed(speed: number): string {
  const rounded = speed >= 10 ? Math.round(speed) : Math.round(speed * 100) / 100
  return `${rounded.toLocaleString('en-US')}×`
}

/** Maps a slider position in [0, 1] to a speed on a log scale between min and max, and back. */
export function speedFromPosition(position: number, min: number, max: number): number {
  const raw = min * Math.pow(max / min, position)
  // Snap to two significant digits so the slider lands on readable speeds (1×, 25×, 1,000×).
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)) - 1)
  return Math.min(max, Math.max(min, Math.round(raw / magnitude) * magnitude))
}

export function positionFromSpeed(speed: number, min: number, max: number): number {
  return Math.log(speed / min) / Math.log(max / min)
}
