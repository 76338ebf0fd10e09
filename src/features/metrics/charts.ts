import { EVENT_COUNT_METRICS } from '../../engine'
import type { MetricName, MetricPoint, MetricSeries } from '../../engine'
import { formatElapsed } from '../../lib/units'
import type { Fold } from './downsample'

/** One chart of the Metrics section, as CloudWatch's console groups the Lambda and mapping metrics. */
export interface ChartSpec {
  readonly id: string
  readonly title: string
  readonly metrics: readonly MetricName[]
  readonly fold: Fold
  /** Values are milliseconds (IteratorAge): axis, tooltip and summary show durations. */
  readonly duration: boolean
}

const BASE_CHARTS: readonly ChartSpec[] = [
  {
    id: 'iterator-age',
    title: 'IteratorAge (max)',
    metrics: ['IteratorAge'],
    fold: 'max',
    duration: true,
  },
  {
    id: 'invocations',
    title: 'Invocations, Errors, Throttles (sum)',
    metrics: ['Invocations', 'Errors', 'Throttles'],
    fold: 'sum',
    duration: false,
  },
  {
    id: 'concurrency',
    title: 'ConcurrentExecutions (max)',
    metrics: ['ConcurrentExecutions'],
    fold: 'max',
    duration: false,
  },
]

const EVENT_COUNT_CHART: ChartSpec = {
  id: 'event-counts',
  title: 'Event source mapping event counts (sum)',
  metrics: EVENT_COUNT_METRICS,
  fold: 'sum',
  duration: false,
}

/** Failure records that could not be delivered (docs/semantics.md D17): charted once there are any. */
const DELIVERY_FAILURES_CHART: ChartSpec = {
  id: 'delivery-failures',
  title: 'DestinationDeliveryFailures (sum)',
  metrics: ['DestinationDeliveryFailures'],
  fold: 'sum',
  duration: false,
}

/**
 * The charts to draw. The mapping's event counts only exist with `MetricsConfig: {Metrics: ["EventCount"]}`
 * (docs/semantics.md A11): their chart shows when that is on, or when an earlier setting left points.
 */
export function chartsFor(eventCountsOn: boolean, metrics: MetricSeries): readonly ChartSpec[] {
  const hasEventCounts = EVENT_COUNT_METRICS.some((name) => (metrics[name]?.length ?? 0) > 0)
  const charts = eventCountsOn || hasEventCounts ? [...BASE_CHARTS, EVENT_COUNT_CHART] : BASE_CHARTS
  const failures = (metrics.DestinationDeliveryFailures?.length ?? 0) > 0
  return failures ? [...charts, DELIVERY_FAILURES_CHART] : charts
}

/** Whether GetEventSourceMapping's description has the event-count metrics on. */
export function eventCountsEnabled(description: Record<string, unknown> | undefined): boolean {
  const config = description?.MetricsConfig as { Metrics?: unknown } | undefined
  return Array.isArray(config?.Metrics) && config.Metrics.includes('EventCount')
}

/** `850 ms`, `1.6 s`, `42 s`, `3 m 5 s`, `23 h 59 m`: an IteratorAge a reader takes in at a glance. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 10_000) return `${Math.floor(ms / 100) / 10} s`
  const s = Math.floor(ms / 1000)
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)} m ${s % 60} s`
  return `${Math.floor(s / 3600)} h ${Math.floor(s / 60) % 60} m`
}

export function formatValue(spec: ChartSpec, value: number): string {
  return spec.duration ? formatDuration(value) : value.toLocaleString('en-US')
}

const total = (points: readonly MetricPoint[]) => points.reduce((sum, [, v]) => sum + v, 0)
const peak = (points: readonly MetricPoint[]) => points.reduce((max, [, v]) => Math.max(max, v), 0)

/** The chart in words, for screen readers and a glance: "IteratorAge max 23 h 59 m", "Invocations 3 · Errors 1". */
export function summarize(spec: ChartSpec, metrics: MetricSeries): string {
  return spec.metrics
    .map((name) => {
      const points = metrics[name] ?? []
      if (spec.fold === 'max') {
        return points.length === 0
          ? `${name}: no data`
          : `${name} max ${formatValue(spec, peak(points))}`
      }
      return `${name} ${formatValue(spec, total(points))}`
    })
    .join(' · ')
}

/** A gauge's first and last point: "from 1 s at 00:00:01 to 23 h 59 m at 23:59:32" (how it moved). */
export function trend(spec: ChartSpec, metrics: MetricSeries): string | undefined {
  if (spec.metrics.length !== 1) return undefined
  const points = metrics[spec.metrics[0]] ?? []
  if (points.length === 0) return undefined
  const [firstT, firstV] = points[0]
  const [lastT, lastV] = points[points.length - 1]
  const at = (t: number) => formatElapsed(t).replace(/\.\d{3}$/, '')
  return `from ${formatValue(spec, firstV)} at ${at(firstT)} to ${formatValue(spec, lastV)} at ${at(lastT)}`
}
