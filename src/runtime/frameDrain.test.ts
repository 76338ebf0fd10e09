import { describe, expect, it } from 'vitest'
import { createFrameDrain } from './frameDrain'
import { createFakeFrames } from './testDoubles'

describe('frameDrain', () => {
  it('flushes everything pushed during a frame once, at the next animation frame', () => {
    const frames = createFakeFrames()
    const flushes: number[][] = []
    const drain = createFrameDrain<number>(frames, (items) => flushes.push(items))
    drain.push(1)
    drain.push(2)
    drain.push(3)
    expect(flushes).toEqual([])
    expect(frames.pending()).toBe(1)
    frames.tick(16)
    drain.push(4)
    frames.tick(32)
    expect(flushes).toEqual([[1, 2, 3], [4]])
  })

  it('drops what is queued on clear()', () => {
    const frames = createFakeFrames()
    const flushes: number[][] = []
    const drain = createFrameDrain<number>(frames, (items) => flushes.push(items))
    drain.push(1)
    drain.clear()
    frames.tick(16)
    expect(flushes).toEqual([])
  })

  it('with a minimum interval, frames in between keep collecting', () => {
    const frames = createFakeFrames()
    const flushes: number[][] = []
    const drain = createFrameDrain<number>(frames, (items) => flushes.push(items))
    drain.setMinInterval(100)
    drain.push(1)
    frames.tick(16)
    drain.push(2)
    frames.tick(32)
    drain.push(3)
    frames.tick(100)
    expect(flushes).toEqual([[1]])
    frames.tick(116)
    expect(flushes).toEqual([[1], [2, 3]])
    drain.setMinInterval(0)
    drain.push(4)
    frames.tick(136)
    expect(flushes).toEqual([[1], [2, 3], [4]])
  })
})
