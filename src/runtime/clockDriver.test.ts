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

  it('never runs more than 250 wall ms of playback ahead of what the engine reached', () => {
    const { frames, targets, clock } = setup()
    clock.start(1000)
    for (let ts = 0; ts <= 400; ts += 16) frames.tick(ts)
    expect(Math.max(...targets)).toBe(250_000)
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
