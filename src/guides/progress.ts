/**
 * Which steps of a guide have happened, folded from the run's events: pure, so the store (frame by frame, and
 * again from the whole journal after a seek) and the headless test agree on every trigger.
 */
import type { SimEvent } from '../engine'
import type { Guide, GuideTrigger } from './types'

export interface GuideProgress {
  /** Matching events seen so far, per step (event triggers only). */
  readonly counts: readonly number[]
  /** The virtual time at which each step's trigger happened, or undefined while it has not. */
  readonly firedAtMs: readonly (number | undefined)[]
}

export function startProgress(guide: Guide): GuideProgress {
  return {
    counts: guide.steps.map(() => 0),
    firedAtMs: guide.steps.map(() => undefined),
  }
}

function matches(trigger: GuideTrigger, event: SimEvent): boolean {
  if (!('event' in trigger) || trigger.event !== event.type) return false
  const fields = event as unknown as Record<string, unknown>
  return Object.entries(trigger.where ?? {}).every(([key, value]) => fields[key] === value)
}

/** Adds events (in run order) and the time the run has reached. */
export function foldProgress(
  guide: Guide,
  progress: GuideProgress,
  events: readonly SimEvent[],
  reachedMs: number,
): GuideProgress {
  const counts = [...progress.counts]
  const firedAtMs = [...progress.firedAtMs]
  guide.steps.forEach(({ trigger }, i) => {
    if (firedAtMs[i] !== undefined) return
    if ('atMs' in trigger) {
      if (reachedMs >= trigger.atMs) firedAtMs[i] = trigger.atMs
      return
    }
    for (const event of events) {
      if (!matches(trigger, event)) continue
      counts[i]++
      if (counts[i] === (trigger.nth ?? 1)) {
        firedAtMs[i] = event.atMs
        break
      }
    }
  })
  return { counts, firedAtMs }
}
