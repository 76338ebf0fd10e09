import type { MetricName, MetricPoint, MetricSeries } from './model/report'
import { SECOND_MS } from './clock'

/**
 * CloudWatch-like series at one-second resolution (docs/semantics.md A11). Gauges keep the per-second maximum
 * (IteratorAge, ConcurrentExecutions), counters the per-second sum. Only seconds with activity get a point.
 */
const GAUGES: ReadonlySet<MetricName> = new Set(['IteratorAge', 'ConcurrentExecutions'])

/** The mapping's opt-in event counts (`MetricsConfig`, docs/semantics.md A11), in CloudWatch's order. */
export const EVENT_COUNT_METRICS: readonly MetricName[] = [
  'PolledEventCount',
  'FilteredOutEventCount',
  'InvokedEventCount',
  'FailedInvokeEventCount',
  'DroppedEventCount',
  'OnFailureDestinationDeliveredEventCount',
]

export const METRIC_NAMES: readonly MetricName[] = [
  'IteratorAge',
  'Invocations',
  'Errors',
  'Throttles',
  ...EVENT_COUNT_METRICS,
  'ConcurrentExecutions',
  'DestinationDeliveryFailures',
]

/** The mapping's event-count metrics: emitted only with `MetricsConfig: {Metrics: ["EventCount"]}` (A11). */
const EVENT_COUNTS: ReadonlySet<MetricName> = new Set([
  'PolledEventCount',
  'FilteredOutEventCount',
  'InvokedEventCount',
  'FailedInvokeEventCount',
  'DroppedEventCount',
  'OnFailureDestinationDeliveredEventCount',
])

export interface Metrics {
  record(name: MetricName, atMs: number, value: number): void
  series(): Record<MetricName, MetricPoint[]>
  /** Points of the seconds from `fromMs` on, per metric with any: a frame's share of the series. */
  since(fromMs: number): MetricSeries
  /** An independent copy (a timeline snapshot) that asks the new world whether event counts are on. */
  clone(eventCountsEnabled: () => boolean): Metrics
}

/** Index of the first point at or after `atMs` (points are in time order). */
function firstFrom(points: readonly MetricPoint[], atMs: number): number {
  let lo = 0
  let hi = points.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (points[mid][0] < atMs) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function createMetrics(
  eventCountsEnabled: () => boolean,
  from?: ReadonlyMap<MetricName, readonly MetricPoint[]>,
): Metrics {
  // Kept in time order: the virtual clock only moves forward, so a point is appended or updates the last one.
  const buckets = new Map<MetricName, MetricPoint[]>()
  for (const name of METRIC_NAMES)
    buckets.set(
      name,
      (from?.get(name) ?? []).map(([t, v]): MetricPoint => [t, v]),
    )

  return {
    record(name, atMs, value) {
      const series = buckets.get(name)
      if (series === undefined || (EVENT_COUNTS.has(name) && !eventCountsEnabled())) return
      const second = Math.floor(atMs / SECOND_MS) * SECOND_MS
      const at = firstFrom(series, second)
      const previous = series[at]
      if (previous?.[0] !== second) series.splice(at, 0, [second, value])
      else previous[1] = GAUGES.has(name) ? Math.max(previous[1], value) : previous[1] + value
    },
    series() {
      const out = {} as Record<MetricName, MetricPoint[]>
      for (const name of METRIC_NAMES) {
        out[name] = (buckets.get(name) ?? []).map(([t, v]): MetricPoint => [t, v])
      }
      return out
    },
    since(fromMs) {
      const out: MetricSeries = {}
      for (const [name, points] of buckets) {
        const from = firstFrom(points, fromMs)
        if (from < points.length)
          out[name] = points.slice(from).map(([t, v]): MetricPoint => [t, v])
      }
      return out
    },
    clone: (enabled) => createMetrics(enabled, buckets),
  }
}
