import { describe, expect, it } from 'vitest'
import { createClockDriver } from './clockDriver'
import { createFakeFrames } from './testDoubles'

function setup() {
  const frames = createFakeFrames()
  const targets: number[] = []
  const clock = createClockDriver({ frames, onAdvance: (t) => targets.push(t) })
  return { frames, targets, clock }
}

describe('clockDriver', () => {
  it('turns wall time × speed into virtual time, one animation frame at a time', () => {
    const { frames, targets, clock } = setup()
    clock.start(2)
    frames.tick(1000)
    frames.tick(1016)
    clock.setReached(32)
    frames.tick(1032)
    expect(targets).toEqual([32, 64])
  })

  it('ignores a wall gap over 500 ms (a hidden tab) instead of catching up on it', () => {
    const { frames, targets, clock } = setup()
    clock.start(1)
    frames.tick(0)
    frames.tick(10)
    clock.setReached(10)
    frames.tick(60_010)
    frames.tick(60_020)
    expect(targets).toEqual([10, 20])
  })

  it('never asks for more than 250 wall ms of playback past what the engine reached', () => {
    const { frames, targets, clock } = setup()
    clock.start(1000)
    for (let ts = 0; ts <= 400; ts += 16) {
      frames.tick(ts)
      clock.setReached(0) // each advance's frame comes back with the engine held at 0
    }
    expect(Math.max(...targets)).toBe(250_000)
  })

  it('asks for one advance at a time: ticks before its frame comes back send nothing', () => {
    const { frames, targets, clock } = setup()
    clock.start(10)
    for (let ts = 0; ts <= 160; ts += 16) frames.tick(ts)
    expect(targets).toEqual([160])
  })

  it('keeps the clock at speed × wall time played: time the engine fell behind is caught up (issue 11)', () => {
    const { frames, targets, clock } = setup()
    clock.start(10)
    frames.tick(0)
    frames.tick(16)
    // The engine holds at 0 for a second (a sandbox's cold start): 10 virtual seconds are owed.
    for (let ts = 32; ts <= 1016; ts += 16) frames.tick(ts)
    clock.setReached(0)
    frames.tick(1032)
    clock.setReached(2500)
    frames.tick(1048)
    clock.setReached(5000)
    frames.tick(1064)
    clock.setReached(7500)
    frames.tick(1080)
    clock.setReached(10_000)
    frames.tick(1096)
    // Each advance asks for at most 2.5 s past what was reached, until the clock is at 10 × 1096 ms again.
    expect(targets).toEqual([160, 2500, 5000, 7500, 10_000, 10_960])
  })

  it('owes at most 3 wall seconds of playback, and nothing played at an old speed', () => {
    const { frames, targets, clock } = setup()
    clock.start(10)
    for (let ts = 0; ts <= 10_000; ts += 16) frames.tick(ts) // the engine holds for 10 s
    for (let i = 0; i < 20; i++) {
      clock.setReached(targets.at(-1) === 160 ? 0 : (targets.at(-1) ?? 0))
      frames.tick(10_000) // no wall time passes: only the time owed is played
    }
    expect(targets.at(-1)).toBe(30_000)
    clock.setReached(30_000)
    frames.tick(10_016)
    frames.tick(10_032) // 160 ms more owed at ×10, not asked for yet…
    clock.setSpeed(1) // …which ×1 does not play
    clock.setReached(30_160)
    frames.tick(10_048)
    expect(targets.slice(-2)).toEqual([30_160, 30_176])
  })

  it('stops at the end of the scenario and after stop()', () => {
    const { frames, targets, clock } = setup()
    clock.setEnd(40)
    clock.start(1)
    for (let ts = 0; ts <= 100; ts += 10) {
      frames.tick(ts)
      clock.setReached(targets.at(-1) ?? 0)
    }
    expect(targets.at(-1)).toBe(40)
    clock.stop()
    expect(frames.pending()).toBe(0)
    expect(clock.isRunning()).toBe(false)
  })
})

describe('clockDriver, event-paced', () => {
  it('asks for one advance at a time and holds a frame with a pace stop for 800 wall ms', () => {
    const { frames, targets, clock } = setup()
    clock.setPaced(true)
    clock.start(1)
    frames.tick(0)
    frames.tick(16) // 16 wall ms idle at 2^0.16×
    frames.tick(32) // waits: the first advance's frame has not come back
    expect(targets).toEqual([17])
    clock.setReached(5, true) // the worker stopped at a pace stop at 5 ms
    for (let ts = 48; ts <= 832; ts += 16) frames.tick(ts)
    expect(targets).toEqual([17])
    frames.tick(848) // dwell over (800 ms after the frame's first tick): idle again from 5 ms
    expect(targets).toEqual([17, 5 + Math.floor(16 * 2 ** 0.16)])
  })

  it('real time ×N keeps its strict ratio after leaving event-paced mode', () => {
    const { frames, targets, clock } = setup()
    clock.setPaced(true)
    clock.setPaced(false)
    clock.start(4)
    frames.tick(0)
    frames.tick(10)
    clock.setReached(40, true)
    frames.tick(20)
    expect(targets).toEqual([40, 80])
  })
})
