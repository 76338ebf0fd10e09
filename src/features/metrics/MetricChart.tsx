import { memo, useMemo } from 'react'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { MetricName, MetricSeries } from '../../engine'
import { formatElapsed } from '../../lib/units'
import { formatValue, summarize, trend } from './charts'
import type { ChartSpec } from './charts'
import { downsample } from './downsample'

/** Distinct in light and dark themes; one colour per line of a chart, in the spec's order. */
const COLOURS = ['#3b82f6', '#ef4444', '#f59e0b', '#10b981', '#a855f7', '#ec4899']

/** Up to this many points a chart marks each one: a short run's few seconds would be specks otherwise. */
const FEW_POINTS = 60

/** `00:01:02`: the axis needs no milliseconds. */
const clock = (ms: number) => formatElapsed(ms).replace(/\.\d{3}$/, '')

export interface MetricChartProps {
  readonly spec: ChartSpec
  readonly metrics: MetricSeries
  /** The visible time range, from 0 (virtual ms). */
  readonly endMs: number
  readonly nowMs: number
  /** Clicking a point moves the run there (the Timeline's seek). */
  readonly onSeek?: (atMs: number) => void
}

/** One chart with its name and its values in words (the summary is what a screen reader reads). */
export const MetricChart = memo(function MetricChart({
  spec,
  metrics,
  endMs,
  nowMs,
  onSeek,
}: MetricChartProps) {
  const rows = useMemo(() => {
    const series = Object.fromEntries(spec.metrics.map((name) => [name, metrics[name] ?? []]))
    return downsample(series, spec.fold)
  }, [spec, metrics])
  const titleId = `metrics-${spec.id}-title`
  const summaryId = `metrics-${spec.id}-summary`
  const span = trend(spec, metrics)
  return (
    <figure
      className="metrics__chart"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-testid={`metrics.chart.${spec.id}`}
      data-points={rows.length}
    >
      <figcaption className="metrics__caption">
        <h3 className="metrics__title" id={titleId}>
          {spec.title}
        </h3>
        <p className="metrics__summary" id={summaryId} data-testid={`metrics.summary.${spec.id}`}>
          {summarize(spec, metrics)}
        </p>
        {span !== undefined && (
          <p className="metrics__trend muted" data-testid={`metrics.trend.${spec.id}`}>
            {span}
          </p>
        )}
      </figcaption>
      <ResponsiveContainer width="100%" height={170}>
        <LineChart
          data={rows}
          title={spec.title}
          margin={{ top: 18, right: 16, bottom: 0, left: 8 }}
          style={onSeek ? { cursor: 'pointer' } : undefined}
          onClick={(state) => {
            // Only a click on a point (its tooltip showing) seeks; a click beside the lines does nothing.
            const index = state.activeTooltipIndex
            if (index === undefined || index === null || !state.isTooltipActive) return
            const row = rows[Number(index)] as { t: number } | undefined
            if (row !== undefined) onSeek?.(row.t)
          }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            domain={[0, Math.max(endMs, 1000)]}
            allowDataOverflow
            tickFormatter={clock}
            stroke="currentColor"
            fontSize={11}
          />
          <YAxis
            width={spec.duration ? 72 : 48}
            tickFormatter={(v: number) => formatValue(spec, v)}
            allowDecimals={false}
            stroke="currentColor"
            fontSize={11}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(t) => clock(Number(t))}
            formatter={(value) => formatValue(spec, Number(value))}
            contentStyle={{ background: 'var(--bg)', color: 'var(--fg)' }}
          />
          {/* Legend in the spec's order (CloudWatch's), not sorted by name. */}
          {spec.metrics.length > 1 && (
            <Legend
              itemSorter={(item) => spec.metrics.indexOf(item.value as MetricName)}
              wrapperStyle={{ fontSize: 11 }}
            />
          )}
          <ReferenceLine
            x={nowMs}
            stroke="var(--accent)"
            strokeDasharray="4 2"
            label={{ value: 'now', position: 'top', fill: 'currentColor', fontSize: 11 }}
          />
          {spec.metrics.map((name, i) => (
            <Line
              key={name}
              dataKey={name}
              name={name}
              type="linear"
              stroke={COLOURS[i % COLOURS.length]}
              dot={rows.length <= FEW_POINTS ? { r: 2 } : false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  )
})
