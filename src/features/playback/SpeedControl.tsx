import { formatSpeed, positionFromSpeed, speedFromPosition } from '../../lib/units'
import { MAX_SPEED, MIN_SPEED, selectSpeed, useAppActions, useAppStore } from '../../store'

const STEPS = 1000

/** Speed on a log scale from 0.25× to 10,000×. */
export function SpeedControl() {
  const speed = useAppStore(selectSpeed)
  const { setSpeed } = useAppActions()
  const position = Math.round(positionFromSpeed(speed, MIN_SPEED, MAX_SPEED) * STEPS)
  return (
    <label className="speed">
      <span>Speed</span>
      <input
        type="range"
        min={0}
        max={STEPS}
        value={position}
        data-testid="playback.speed"
        aria-valuetext={formatSpeed(speed)}
        onChange={(e) =>
          setSpeed(speedFromPosition(Number(e.target.value) / STEPS, MIN_SPEED, MAX_SPEED))
        }
      />
      <output data-testid="playback.speedValue">{formatSpeed(speed)}</output>
    </label>
  )
}
