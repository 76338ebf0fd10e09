import './metrics.css'
import { lazy, Suspense } from 'react'

/** Recharts loads with this chunk, when the Metrics tab first opens: it stays out of the first load. */
const MetricsCharts = lazy(() => import('./MetricsCharts'))

/** The Metrics section: the run's CloudWatch-like charts, each with its values in words. */
export function MetricsPanel() {
  return (
    <section className="metrics" aria-label="Metrics">
      <p className="muted metrics__intro">
        One point per virtual second with activity, as CloudWatch records them; the dashed line is
        now.
      </p>
      <Suspense
        fallback={
          <p className="muted" aria-busy="true">
            Loading charts…
          </p>
        }
      >
        <MetricsCharts />
      </Suspense>
    </section>
  )
}
