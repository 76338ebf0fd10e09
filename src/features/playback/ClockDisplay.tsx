import { formatElapsed, formatInstant } from '../../lib/units'
import { selectClockStartMs, selectSimTimeMs, useAppStore } from '../../store'

/** The virtual clock: elapsed since the start, and the simulated UTC instant. */
export function ClockDisplay() {
  const simTimeMs = useAppStore(selectSimTimeMs)
  const startMs = useAppStore(selectClockStartMs)
  return (
    <div className="clock" role="timer" aria-label="Virtual clock">
      <span className="clock__elapsed" data-testid="playback.clock.elapsed" data-ms={simTimeMs}>
        {formatElapsed(simTimeMs)}
      </span>
      <span className="clock__instant" data-testid="playback.clock.instant">
        {formatInstant(startMs + simTimeMs)}
      </span>
    </div>
  )
}
