import type { MetricName } from './model/report'
import { SECOND_MS } from './clock'

/**
 * CloudWatch-like series at one-second resolution (docs/semantics.md A11). Gauges keep the per-second maximum
 * (IteratorAge, ConcurrentExecutions), counters the per-second sum. Only seconds with activity get a point.
 */
const GAUGES: ReadonlySet<MetricName> = new Set(['IteratorAge', 'ConcurrentExecutions'])

export const METRIC_NAMES: readonly MetricName[] = [
  'IteratorAge',
  'Invocations',
  'Errors',
  'Throttles',
  'PolledEventCount',
  'FilteredOutEventCount',
  'InvokedEventCount',
  'FailedInvokeEventCount',
  'DroppedEventCount',
  'OnFailureDestinationDeliveredEventCount',
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
  series(): Record<MetricName, Array<[number, number]>>
}

export function createMetrics(eventCountsEnabled: () => boolean): Metrics {
  const buckets = new Map<MetricName, Map<number, number>>()
  for (const name of METRIC_NAMES) buckets.set(name, new Map())

  return {
    record(name, atMs, value) {
      const series = buckets.get(name)
      if (series === undefined || (EVENT_COUNTS.has(name) && !eventCountsEnabled())) return
      const second = Math.floor(atMs / SECOND_MS) * SECOND_MS
      const previous = series.get(second)
      if (previous === undefined) series.set(second, value)
      else series.set(second, GAUGES.has(name) ? Math.max(previous, value) : previous + value)
    },
    series() {
      const out = {} as Record<MetricName, Array<[number, number]>>
      for (const name of METRIC_NAMES) {
        const points = [...(buckets.get(name) ?? new Map<number, number>())]
        points.sort((a, b) => a[0] - b[0])
        out[name] = points
      }
      return out
    },
  }
}
