import { describe, expect, it } from 'vitest'
import { plural } from './plural'

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'invocation')).toBe('1 invocation')
    expect(plural(0, 'record')).toBe('0 records')
    expect(plural(2, 'event')).toBe('2 events')
  })

  it('takes an irregular plural and groups thousands', () => {
    expect(plural(4338, 'retry', 'retries')).toBe('4,338 retries')
    expect(plural(1, 'retry', 'retries')).toBe('1 retry')
  })
})
