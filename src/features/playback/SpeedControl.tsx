import { memo } from 'react'
import {
  selectPaced,
  selectRunningToEnd,
  selectSpeed,
  useAppActions,
  useAppStore,
} from '../../store'
import { SPEED_STOPS, settingAt, speedLabel, stopOf } from './speedSteps'

/**
 * Event-paced, or real time from ×0.25 to ×10,000 in readable steps: ← → (and ↑ ↓, Home, End) move one step
 * at a time, as a native range input does. While "Run to end" runs, the clock ignores the speed: the label
 * says so. Memoised: the playback bar redraws every frame (its event count), the slider need not.
 */
export const SpeedControl = memo(function SpeedControl() {
  const speed = useAppStore(selectSpeed)
  const paced = useAppStore(selectPaced)
  const runningToEnd = useAppStore(selectRunningToEnd)
  const { setSpeed, setPaced } = useAppActions()
  const label = runningToEnd ? 'full speed (Run to end)' : speedLabel(paced, speed)
  return (
    <label className="speed">
      <span>Speed</span>
      <input
        type="range"
        min={0}
        max={SPEED_STOPS - 1}
        step={1}
        value={stopOf(paced, speed)}
        data-testid="playback.speed"
        aria-valuetext={label}
        onChange={(e) => {
          const setting = settingAt(Number(e.target.value))
          if (setting.paced) setPaced()
          else setSpeed(setting.speed)
        }}
      />
      <output data-testid="playback.speedValue">{label}</output>
    </label>
  )
})
