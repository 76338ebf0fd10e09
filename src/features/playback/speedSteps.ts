/**
 * The Speed slider's stops: Event-paced first (the default: every event long enough to see), then strict
 * real time from ×0.25 to ×10,000 on the readable log steps of lib/units.
 */
import { SPEED_STEPS, formatSpeed, nearestSpeedStep } from '../../lib/units'

export type SpeedSetting =
  { readonly paced: true } | { readonly paced: false; readonly speed: number }

/** Slider positions: 0 is Event-paced, 1… the real-time speeds. */
export const SPEED_STOPS = SPEED_STEPS.length + 1

export function stopOf(paced: boolean, speed: number): number {
  return paced ? 0 : nearestSpeedStep(speed) + 1
}

export function settingAt(stop: number): SpeedSetting {
  return stop <= 0 ? { paced: true } : { paced: false, speed: SPEED_STEPS[stop - 1] }
}

/** What the slider says: `Event-paced`, `real time ×4`, `real time ×10,000`. */
export function speedLabel(paced: boolean, speed: number): string {
  return paced ? 'Event-paced' : `real time ${formatSpeed(speed)}`
}
