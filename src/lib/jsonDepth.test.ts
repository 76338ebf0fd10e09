import { describe, expect, it } from 'vitest'
import { nestsDeeperThan } from './jsonDepth'

describe('nestsDeeperThan: JSON nesting, strings skipped (docs/semantics.md D19)', () => {
  const nested = (levels: number) =>
    JSON.stringify(Array.from({ length: levels }).reduce((o) => ({ o }), 1))
  it.each([
    [nested(3), 3, false],
    [nested(4), 3, true],
    ['[[[[]]]]', 3, true],
    [JSON.stringify(['[[[[[[[[[[[[', '\\"[[[[[[[[[[']), 1, false],
    [JSON.stringify({ a: '"{{{{{{{{{{{{{{{{' }), 1, false],
    ['[1,[2],[3],[4],[5],[6],[7]]', 2, false],
  ])('%s deeper than %i: %s', (json, max, deeper) => {
    expect(nestsDeeperThan(json, max)).toBe(deeper)
  })
})
