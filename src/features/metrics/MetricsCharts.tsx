import { useDeferredValue } from 'react'
import {
  selectDurationMs,
  selectMappingInEffect,
  selectMetrics,
  selectSimTimeMs,
  selectStatus,
  useAppActions,
  useAppStore,
} from '../../store'
import { chartsFor, eventCountsEnabled } from './charts'
import { MetricChart } from './MetricChart'

/**
 * The run's metric series as CloudWatch charts them (docs/semantics.md A11). While playing the charts span
 * the run so far and grow with it; paused or finished they span the whole scenario, with "now" marked.
 * Deferred values let React drop chart redraws that frames overtake, so playback never waits on Recharts.
 */
export default function MetricsCharts() {
  const metrics = useDeferredValue(useAppStore(selectMetrics))
  const nowMs = useDeferredValue(useAppStore(selectSimTimeMs))
  const durationMs = useAppStore(selectDurationMs)
  const running = useAppStore(selectStatus) === 'running'
  const mapping = useAppStore(selectMappingInEffect)
  const { seekTo } = useAppActions()
  const charts = chartsFor(eventCountsEnabled(mapping?.description), metrics)
  const endMs = running ? nowMs : durationMs
  return (
    <div className="metrics__charts">
      {charts.map((spec) => (
        <MetricChart
          key={spec.id}
          spec={spec}
          metrics={metrics}
          endMs={endMs}
          nowMs={nowMs}
          onSeek={seekTo}
        />
      ))}
    </div>
  )
}
