import type { MetricPoint } from '../../engine'

/** How a bucket of seconds folds into one point: gauges keep the maximum, counters the sum (A11). */
export type Fold = 'max' | 'sum'

/** One chart row: its time and a value per series that has one in the bucket. */
export type ChartRow = { readonly t: number } & Readonly<Record<string, number>>

/** The charts' point cap per series: enough for the eye, cheap for Recharts to redraw. */
export const MAX_CHART_POINTS = 500

const SECOND_MS = 1000

/**
 * Folds series into at most `maxPoints` rows over shared time buckets of whole seconds, so a chart with
 * several lines keeps them aligned. A bucket is stamped with its start time; a series without points in a
 * bucket has no value there.
 */
export function downsample(
  series: Readonly<Record<string, readonly MetricPoint[]>>,
  fold: Fold,
  maxPoints = MAX_CHART_POINTS,
): ChartRow[] {
  // Each series is in time order: its ends bound the span (no spread: a day has 86,400 seconds).
  const filled = Object.values(series).filter((points) => points.length > 0)
  if (filled.length === 0) return []
  const first = Math.min(...filled.map((points) => points[0][0]))
  const last = Math.max(...filled.map((points) => points[points.length - 1][0]))
  const seconds = (last - first) / SECOND_MS + 1
  const width = Math.ceil(seconds / maxPoints) * SECOND_MS
  const rows = new Map<number, Record<string, number>>()
  for (const [name, points] of Object.entries(series)) {
    for (const [t, value] of points) {
      const start = first + Math.floor((t - first) / width) * width
      let row = rows.get(start)
      if (row === undefined) rows.set(start, (row = { t: start }))
      const previous = row[name]
      if (previous === undefined) row[name] = value
      else row[name] = fold === 'max' ? Math.max(previous, value) : previous + value
    }
  }
  return [...rows.values()].sort((a, b) => a.t - b.t) as ChartRow[]
}
