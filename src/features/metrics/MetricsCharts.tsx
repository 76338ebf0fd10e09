import { useDeferredValue, useMemo } from 'react'
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
import { useRoundRobin } from './useRoundRobin'

/**
 * The run's metric series as CloudWatch charts them (docs/semantics.md A11). While playing the charts span
 * the run so far and grow with it; paused or finished they span the whole scenario, with "now" marked.
 * Deferred values let React drop chart redraws that frames overtake, so playback never waits on Recharts; while
 * playing, the charts take the new state in turn (useRoundRobin), one chart every third time-lapse tick: SVG
 * charts cost the browser most of a frame to lay out and paint.
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
  // One object per new state: the round robin compares it by identity.
  const state = useMemo(() => ({ metrics, nowMs, endMs }), [metrics, nowMs, endMs])
  const shown = useRoundRobin(state, charts.length, 3 * charts.length, running)
  return (
    <div className="metrics__charts">
      {charts.map((spec, i) => (
        <MetricChart
          key={spec.id}
          spec={spec}
          metrics={shown[i].metrics}
          endMs={shown[i].endMs}
          nowMs={shown[i].nowMs}
          onSeek={seekTo}
        />
      ))}
    </div>
  )
}
