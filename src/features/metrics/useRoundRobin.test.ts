import { describe, expect, it } from 'vitest'
import { allTake, takeTurn } from './useRoundRobin'

describe('the charts take a new state in turn while playing (useRoundRobin)', () => {
  it('while active, one view takes each change, and the turns past the views redraw none', () => {
    let held = allTake('s0', 2, true)
    const seen: (readonly string[])[] = []
    for (const value of ['s1', 's2', 's3', 's4', 's5']) {
      held = takeTurn(held, value, 2, 4, true)
      seen.push(held.values)
    }
    expect(seen).toEqual([
      ['s1', 's0'],
      ['s1', 's2'],
      ['s1', 's2'],
      ['s1', 's2'],
      ['s5', 's2'],
    ])
  })

  it('paused (inactive), every view takes the state at once', () => {
    const playing = takeTurn(allTake('s0', 3, true), 's1', 3, 9, true)
    expect(playing.values).toEqual(['s1', 's0', 's0'])
    expect(takeTurn(playing, 's2', 3, 9, false).values).toEqual(['s2', 's2', 's2'])
  })

  it('a new number of views starts with all of them on the new state', () => {
    const held = takeTurn(allTake('s0', 3, true), 's1', 4, 12, true)
    expect(held.values).toEqual(['s1', 's1', 's1', 's1'])
  })
})
