// A filter pattern over Lambda's 4,096 characters is refused before it is parsed or explained (docs/semantics.md
// D19): nested deeper than the recursion could go, it still gives a verdict, never a stack overflow.
import { describe, expect, it } from 'vitest'
import { explainFilters, lintFilterPattern } from './filterMatch'
import { checkFilterPattern } from './filterSyntax'

const deep = (levels: number) => `${'{"a":'.repeat(levels)}[1]${'}'.repeat(levels)}`

describe('filter pattern length limit (docs/semantics.md D19)', () => {
  it('the filter lab says a 20,003-character pattern is invalid', () => {
    expect(explainFilters([deep(4000)], { dynamodb: {} })).toEqual([
      {
        pattern: 0,
        matched: false,
        reason: 'invalid pattern, AWS rejects it: longer than 4096 characters',
      },
    ])
  })

  it('the syntax check and the lints say so too', () => {
    expect(checkFilterPattern(deep(4000))).toBe('The pattern is longer than 4096 characters')
    expect(lintFilterPattern(deep(4000))).toEqual([
      '$: longer than 4096 characters, so it cannot be linted',
    ])
  })

  it('a pattern of 4,095 characters nested 682 levels is still explained', () => {
    expect(deep(682).length).toBe(4095)
    const [verdict] = explainFilters([deep(682)], { dynamodb: {} })
    const path = Array<string>(682).fill('a').join('.')
    expect(verdict).toEqual({
      pattern: 0,
      matched: false,
      reason: `${path}: absent is not one of [1]`,
    })
  })
})
