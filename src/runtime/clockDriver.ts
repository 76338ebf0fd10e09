import { PACE_START, dwell, paceTick } from './pacing'
import type { PaceState } from './pacing'

/**
 * Turns wall time × speed into virtual time, one requestAnimationFrame tick at a
 * time, as raftscope's loop does. A gap over 500 ms between ticks (a hidden tab, a stalled page) counts as
 * no time at all, so nothing piles up. Real time ×N keeps the virtual clock at N × the wall time played:
 * when the engine falls behind (a sandbox's cold start, a busy machine) the time owed is kept, up to
 * MAX_BACKLOG_WALL_MS, and the engine catches up on it, doing more per frame (issue 11: at ×10 the four-shard
 * load played 178 of 200 virtual seconds in 20 s). One advance is in flight at a time and none asks for more
 * than MAX_LEAD_WALL_MS of playback past what the engine reached, so the worker never queues up advances
 * (each would make a frame) and a slow handler holds the clock back instead of building an endless backlog.
 *
 * Event-paced (the default): the worker stops each advance at the next pace stop, and the clock holds the
 * frame that shows it for a dwell before asking for more (one advance in flight at a time, so no frame is
 * skipped), then hurries through the idle time after it (runtime/pacing.ts).
 */
export interface FrameScheduler {
  request(callback: (timestampMs: number) => void): number
  cancel(id: number): void
}

export interface ClockDriver {
  /** Starts ticking from the engine's current time at this speed (virtual ms per wall ms). */
  start(speed: number): void
  stop(): void
  setSpeed(speed: number): void
  /** Event-paced playback (true) or strict real time × speed (false). */
  setPaced(paced: boolean): void
  isPaced(): boolean
  /**
   * The engine reached this time (from a frame): the next target builds on it. `paceStop`: the frame shows
   * a pace stop, which event-paced playback keeps on screen for a while.
   */
  setReached(simTimeMs: number, paceStop?: boolean): void
  setEnd(endMs: number): void
  isRunning(): boolean
}

/** Wall gaps above this are a hidden tab or a stall, not time to catch up on. */
export const MAX_TICK_GAP_MS = 500
/** How far past what the engine reached one advance may ask, in wall milliseconds of playback. */
export const MAX_LEAD_WALL_MS = 250
/** How much playback time the clock may owe the engine, in wall milliseconds: more is dropped. */
export const MAX_BACKLOG_WALL_MS = 3_000

export function createClockDriver(options: {
  frames: FrameScheduler
  onAdvance: (targetMs: number) => void
}): ClockDriver {
  const { frames, onAdvance } = options
  let speed = 1
  let reachedMs = 0
  let targetMs = 0
  /** Real time ×N: where the virtual clock is owed to be (speed × wall time played), ahead of `targetMs`. */
  let owedMs = 0
  let endMs = Number.POSITIVE_INFINITY
  let lastTs: number | undefined
  let handle: number | undefined
  let paced = false
  let pace: PaceState = PACE_START
  /** An advance was sent and no frame has come back since. */
  let awaitingFrame = false

  function pacedTick(dt: number): void {
    if (awaitingFrame) return
    const { state, advanceMs } = paceTick(pace, dt)
    pace = state
    if (advanceMs <= 0) return
    const next = Math.min(Math.max(targetMs, reachedMs) + advanceMs, endMs)
    if (next <= reachedMs) return
    targetMs = next
    awaitingFrame = true
    onAdvance(Math.floor(targetMs))
  }

  function tick(ts: number): void {
    handle = frames.request(tick)
    const gap = lastTs === undefined ? 0 : ts - lastTs
    lastTs = ts
    const dt = gap > MAX_TICK_GAP_MS || gap < 0 ? 0 : gap
    if (paced) {
      pacedTick(dt)
      return
    }
    const backlog = Math.max(speed * MAX_BACKLOG_WALL_MS, 50)
    owedMs = Math.min(Math.max(owedMs, reachedMs) + dt * speed, reachedMs + backlog, endMs)
    if (awaitingFrame) return
    const lead = Math.max(speed * MAX_LEAD_WALL_MS, 50)
    const next = Math.min(owedMs, reachedMs + lead)
    if (next > targetMs) {
      targetMs = next
      awaitingFrame = true
      onAdvance(Math.floor(targetMs))
    }
  }

  return {
    start(newSpeed) {
      speed = newSpeed
      if (handle !== undefined) return
      lastTs = undefined
      targetMs = reachedMs
      owedMs = reachedMs
      awaitingFrame = false
      handle = frames.request(tick)
    },
    stop() {
      if (handle !== undefined) frames.cancel(handle)
      handle = undefined
      lastTs = undefined
    },
    setSpeed(newSpeed) {
      speed = newSpeed
      // Time owed at the old speed is not played at the new one.
      owedMs = Math.min(owedMs, Math.max(targetMs, reachedMs))
    },
    setPaced(value) {
      paced = value
      awaitingFrame = false
      pace = PACE_START
    },
    isPaced: () => paced,
    setReached(simTimeMs, paceStop = false) {
      reachedMs = simTimeMs
      awaitingFrame = false
      if (paced && paceStop) {
        // The advance stopped at this event: show it for a while, then carry on from here.
        pace = dwell()
        targetMs = reachedMs
      }
      if (targetMs < reachedMs) targetMs = reachedMs
      if (owedMs < reachedMs) owedMs = reachedMs
    },
    setEnd(ms) {
      endMs = ms
    },
    isRunning: () => handle !== undefined,
  }
}
