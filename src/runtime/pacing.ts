/**
 * Event-paced playback, as numbers: each frame that shows a pace stop (src/protocol/pacing.ts) stays on
 * screen for DWELL_WALL_MS; between them, idle virtual time passes ever faster, so a 20 ms bisect and a
 * 60 s backoff both take about a second to watch. Pure: the clock driver feeds it wall time.
 */

/** How long a frame with a pace stop stays on screen, in wall milliseconds. */
export const DWELL_WALL_MS = 800
/** The idle speed right after a dwell (virtual ms per wall ms)… */
export const IDLE_START_SPEED = 1
/** …which doubles every this many wall milliseconds of idle time… */
export const IDLE_DOUBLING_WALL_MS = 100
/** …up to this, so even a day-long backoff passes in about two seconds. */
export const MAX_IDLE_SPEED = 1_000_000

/** Virtual milliseconds per wall millisecond after `idleWallMs` of idle playback. */
export function idleSpeed(idleWallMs: number): number {
  return Math.min(MAX_IDLE_SPEED, IDLE_START_SPEED * 2 ** (idleWallMs / IDLE_DOUBLING_WALL_MS))
}

export interface PaceState {
  /** Wall milliseconds of dwell left on the frame now shown. */
  readonly dwellLeftMs: number
  /** Wall milliseconds of idle playback since the last dwell ended. */
  readonly idleWallMs: number
}

export const PACE_START: PaceState = { dwellLeftMs: 0, idleWallMs: 0 }

/** A frame with a pace stop arrived: hold it, and start the idle ramp again afterwards. */
export function dwell(): PaceState {
  return { dwellLeftMs: DWELL_WALL_MS, idleWallMs: 0 }
}

/**
 * One animation frame of `dtMs` wall time: what is left of the dwell, and how much virtual time to advance
 * (0 while dwelling). A frame's wall time is spent on the dwell first, the rest on idle playback.
 */
export function paceTick(state: PaceState, dtMs: number): { state: PaceState; advanceMs: number } {
  const dwelt = Math.min(state.dwellLeftMs, dtMs)
  const idleMs = dtMs - dwelt
  if (idleMs <= 0)
    return { state: { ...state, dwellLeftMs: state.dwellLeftMs - dwelt }, advanceMs: 0 }
  const idleWallMs = state.idleWallMs + idleMs
  return {
    state: { dwellLeftMs: 0, idleWallMs },
    advanceMs: idleMs * idleSpeed(idleWallMs),
  }
}
