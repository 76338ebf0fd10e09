import { describe, expect, it } from 'vitest'
import { DWELL_WALL_MS, PACE_START, dwell, idleSpeed, paceTick } from './pacing'

describe('event pacing', () => {
  it('idle time passes at 1× after a dwell, doubling every 100 wall ms, capped at 1,000,000×', () => {
    expect([0, 100, 250, 1_000, 10_000].map(idleSpeed)).toEqual([1, 2, 2 ** 2.5, 1_024, 1_000_000])
  })

  it('holds a pace stop on screen for 800 wall ms, then spends the rest of the frame on idle time', () => {
    let state = dwell()
    expect(state).toEqual({ dwellLeftMs: DWELL_WALL_MS, idleWallMs: 0 })
    const advances: number[] = []
    for (let i = 0; i < 5; i++) {
      const tick = paceTick(state, 200)
      state = tick.state
      advances.push(tick.advanceMs)
    }
    // Four frames of dwell (800 ms), then 200 ms idle at the speed it reached, 4× (200 × 4).
    expect(advances).toEqual([0, 0, 0, 0, 800])
    expect(state).toEqual({ dwellLeftMs: 0, idleWallMs: 200 })
  })

  it('a frame that ends the dwell advances only by its idle part', () => {
    const tick = paceTick({ dwellLeftMs: 10, idleWallMs: 0 }, 16)
    expect(tick).toEqual({ state: { dwellLeftMs: 0, idleWallMs: 6 }, advanceMs: 6 * 2 ** 0.06 })
  })

  it('a 60 s backoff passes in under a second of wall time at 60 frames a second', () => {
    let state = PACE_START
    let virtualMs = 0
    let frames = 0
    while (virtualMs < 60_000) {
      const tick = paceTick(state, 16)
      state = tick.state
      virtualMs += tick.advanceMs
      frames++
    }
    expect(frames).toBe(54)
  })
})
