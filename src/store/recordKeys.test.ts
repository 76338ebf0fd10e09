import { describe, expect, it } from 'vitest'
import { keyLabel } from './recordKeys'

describe('keyLabel', () => {
  it('names a record by its key values, without type wrappers', () => {
    expect(keyLabel({ pk: { S: 'order-3' } })).toBe('order-3')
    expect(keyLabel({ pk: { S: 'order-3' }, sk: { N: '2' } })).toBe('order-3/2')
  })
})
