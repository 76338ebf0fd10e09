// docs/semantics.md D18: the Timeline's snapshots within their share of the memory limit, and forgetting the
// stretch before a discard.
import { describe, expect, it } from 'vitest'
import type { SavedSimulation } from '../engine'
import { addCheckpoint, createTimeline, forgetBefore } from './timeline'
import type { Checkpoint } from './timeline'

const checkpoint = (atMs: number, bytes: number, cursor = 0): Checkpoint => ({
  atMs,
  events: atMs,
  cursor,
  sim: {} as SavedSimulation,
  traffic: undefined,
  nextUserWrite: 0,
  outstanding: [],
  bytes,
})

describe('the Timeline memory bound (D18)', () => {
  it('thins the snapshots when their bytes pass the bound, never dropping the first', () => {
    const t = createTimeline()
    for (const [atMs, bytes] of [
      [0, 0],
      [1, 30],
      [2, 40],
      [3, 50],
    ])
      addCheckpoint(t, checkpoint(atMs, bytes), 100)
    expect(t.checkpoints.map((c) => c.atMs)).toEqual([0, 2])
    expect(t.spacing).toBe(2_000)
  })

  it('does not keep a snapshot too big to fit beside the first', () => {
    const t = createTimeline()
    addCheckpoint(t, checkpoint(0, 0), 100)
    addCheckpoint(t, checkpoint(1, 101), 100)
    expect(t.checkpoints.map((c) => c.atMs)).toEqual([0])
  })

  it('forgets the log and the snapshots before the last snapshot at or before the discard', () => {
    const t = createTimeline()
    for (const [atMs, cursor] of [
      [0, 0],
      [10, 2],
      [20, 3],
    ])
      addCheckpoint(t, checkpoint(atMs, 1, cursor))
    t.log.push(...[1, 5, 12, 25].map((atMs) => ({ atMs, kind: 'traffic' as const, traffic: null })))
    t.cursor = 4
    expect(forgetBefore(t, 15, (c) => c)).toBe(10)
    expect(t.checkpoints.map((c) => [c.atMs, c.cursor])).toEqual([
      [10, 0],
      [20, 1],
    ])
    expect(t.log.map((e) => e.atMs)).toEqual([12, 25])
    expect(t.cursor).toBe(2)
  })
})
