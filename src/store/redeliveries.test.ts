import { describe, expect, it } from 'vitest'
import { EMPTY_REDELIVERIES, foldRedeliveries } from './redeliveries'
import { BISECT_EVENTS, PARTIAL_EVENTS } from './testing/bisectEvents'

function fold(events: typeof PARTIAL_EVENTS, perFrame = events.length, firstKept = 0) {
  let state = EMPTY_REDELIVERIES
  for (let i = 0; i < events.length; i += perFrame)
    state = foldRedeliveries(state, events.slice(i, i + perFrame), firstKept)
  return state
}

describe('foldRedeliveries (docs/semantics.md A5.2, A2.5)', () => {
  it('counts the retried record of a partial batch response 4 times, the others once', () => {
    const state = fold(PARTIAL_EVENTS)
    expect([...state.repeated]).toEqual([[2, 4]])
    // Settled records can never be delivered again: no live count is kept for them.
    expect([...state.live]).toEqual([])
  })

  it('shows ×2 as soon as the first retry starts', () => {
    const upToFirstRetry = PARTIAL_EVENTS.slice(0, 5)
    expect([...fold(upToFirstRetry).repeated]).toEqual([[2, 2]])
  })

  it('rewinds the shard to the lowest reported failure; the retries of that record alone are no rewind', () => {
    expect([...fold(PARTIAL_EVENTS).rewinds]).toEqual([
      [0, { atMs: 2020, shard: 0, lane: 0, batch: [0, 1, 2], toIndex: 2 }],
    ])
    expect(fold(PARTIAL_EVENTS.slice(0, 3)).rewinds.size).toBe(0)
  })

  it('gives the same counts when events arrive one per frame', () => {
    expect(fold(PARTIAL_EVENTS, 1)).toEqual(fold(PARTIAL_EVENTS))
  })

  it('counts every delivery of a bisect, and a bisect is no rewind', () => {
    const state = fold(BISECT_EVENTS)
    expect([...state.repeated].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 2],
      [1, 2],
      [2, 5],
      [3, 3],
    ])
    expect(state.rewinds.size).toBe(0)
  })

  it('drops the counts of records the store no longer holds', () => {
    expect([...fold(BISECT_EVENTS, BISECT_EVENTS.length, 2).repeated.keys()].sort()).toEqual([2, 3])
  })

  it('returns the same state for a frame without invocations or fates', () => {
    const state = fold(PARTIAL_EVENTS)
    expect(foldRedeliveries(state, [], 0)).toBe(state)
  })
})
