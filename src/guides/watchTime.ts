/**
 * How long a guide takes to watch, from the run's instants under event-paced playback (src/runtime/pacing.ts):
 * each instant with a pace stop stays on screen DWELL_WALL_MS, idle time between them passes ever faster,
 * and a step's `speedAfter` of ×N plays the stretch after it at N times real time. A `fast` stretch goes as
 * fast as the handlers run (the machine decides): not counted, the gallery says it is there. Time spent
 * reading a step's callout is the reader's, not counted either. The guides test measures every guide with it.
 */
import type { SimEvent } from '../engine'
import { isPaceStop } from '../protocol/pacing'
import {
  DWELL_WALL_MS,
  IDLE_DOUBLING_WALL_MS,
  IDLE_START_SPEED,
  MAX_IDLE_SPEED,
} from '../runtime/pacing'
import type { Guide, GuideSpeed } from './types'

/** Wall milliseconds the idle ramp (speed doubling every IDLE_DOUBLING_WALL_MS, capped) takes over `gapMs`. */
export function idleWallMs(gapMs: number): number {
  const d = IDLE_DOUBLING_WALL_MS
  const rampWallMs = d * Math.log2(MAX_IDLE_SPEED / IDLE_START_SPEED)
  const rampVirtualMs = ((IDLE_START_SPEED * d) / Math.LN2) * (2 ** (rampWallMs / d) - 1)
  if (gapMs <= rampVirtualMs) return d * Math.log2(1 + (gapMs * Math.LN2) / (IDLE_START_SPEED * d))
  return rampWallMs + (gapMs - rampVirtualMs) / MAX_IDLE_SPEED
}

function stretchWallMs(
  stops: readonly number[],
  fromMs: number,
  untilMs: number,
  speed: GuideSpeed,
  includeFrom: boolean,
): number {
  if (speed === 'fast') return 0
  if (speed !== 'paced') return (untilMs - fromMs) / speed
  let wall = 0
  let at = fromMs
  for (const stop of stops) {
    if (stop < fromMs || (stop === fromMs && !includeFrom) || stop > untilMs) continue
    wall += idleWallMs(stop - at)
    // The step's own instant pauses for the callout at once: no dwell there.
    if (stop !== untilMs) wall += DWELL_WALL_MS
    at = stop
  }
  return wall + idleWallMs(untilMs - at)
}

/** Seconds from Start to the last step, rounded up; `firedAtMs` are the steps' trigger times in order. */
export function watchSeconds(
  guide: Guide,
  journal: readonly SimEvent[],
  firedAtMs: readonly number[],
): number {
  const stops = [...new Set(journal.filter(isPaceStop).map((e) => e.atMs as number))]
  let wall = 0
  let from = 0
  /** The playback setting (Speed slider), and how the next stretch plays: the setting, or `fast`. */
  let setting: Exclude<GuideSpeed, 'fast'> = 'paced'
  let stretch: GuideSpeed = 'paced'
  guide.steps.forEach((step, i) => {
    wall += stretchWallMs(stops, from, firedAtMs[i], stretch, i === 0)
    from = firedAtMs[i]
    if (step.speedAfter !== undefined && step.speedAfter !== 'fast') setting = step.speedAfter
    stretch = step.speedAfter === 'fast' ? 'fast' : setting
  })
  return Math.ceil(wall / 1000)
}
