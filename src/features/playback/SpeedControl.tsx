import { SPEED_STEPS, formatSpeed, nearestSpeedStep } from '../../lib/units'
import { selectRunningToEnd, selectSpeed, useAppActions, useAppStore } from '../../store'

/**
 * Speed from 0.25× to 10,000× in readable steps: ← → (and ↑ ↓, Home, End) move one step at a time,
 * as a native range input does. While "Run to end" runs, the clock ignores the speed: the label says so.
 */
export function SpeedControl() {
  const speed = useAppStore(selectSpeed)
  const runningToEnd = useAppStore(selectRunningToEnd)
  const { setSpeed } = useAppActions()
  const label = runningToEnd ? 'full speed (Run to end)' : formatSpeed(speed)
  return (
    <label className="speed">
      <span>Speed</span>
      <input
        type="range"
        min={0}
        max={SPEED_STEPS.length - 1}
        step={1}
        value={nearestSpeedStep(speed)}
        data-testid="playback.speed"
        aria-valuetext={label}
        onChange={(e) => setSpeed(SPEED_STEPS[Number(e.target.value)])}
      />
      <output data-testid="playback.speedValue">{label}</output>
    </label>
  )
}
