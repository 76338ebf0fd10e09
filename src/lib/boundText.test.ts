import { describe, expect, it } from 'vitest'
import { boundText } from './boundText'

describe('boundText', () => {
  it('keeps short text and cuts long text, saying how long it was', () => {
    expect(boundText('short')).toBe('short')
    expect(boundText('y'.repeat(100))).toBe('y'.repeat(100))
    expect(boundText('y'.repeat(12_345))).toBe(`${'y'.repeat(100)}… (12,345 characters)`)
    expect(boundText('abcdef', 3)).toBe('abc… (6 characters)')
  })
})
