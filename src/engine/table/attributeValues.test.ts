import { describe, expect, it } from 'vitest'
import { checkAttributeMap } from './attributeValues'

const one = (value: unknown) => checkAttributeMap({ a: value })

describe('attribute value validation', () => {
  it('requires exactly one datatype per attribute value', () => {
    const empty =
      'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'
    expect(one({})).toEqual([empty])
    expect(one({ a: '' })).toEqual([empty])
    expect(one({ M: { b: {} } })).toEqual([empty])
    expect(one({ L: [{}] })).toEqual([empty])
    expect(one({ S: 'a', N: '1' })).toEqual([
      'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
    ])
  })

  it('rejects empty sets with DynamoDB messages', () => {
    expect(one({ SS: [] })).toEqual([
      'One or more parameter values were invalid: An string set  may not be empty',
    ])
    expect(one({ NS: [] })).toEqual([
      'One or more parameter values were invalid: An number set  may not be empty',
    ])
    expect(one({ BS: [] })).toEqual([
      'One or more parameter values were invalid: Binary sets should not be empty',
    ])
  })

  it('rejects duplicate set elements with DynamoDB messages', () => {
    expect(one({ SS: ['a', 'a'] })).toEqual([
      'One or more parameter values were invalid: Input collection [a, a] contains duplicates.',
    ])
    expect(one({ NS: ['1', '1.0'] })).toEqual(['Input collection contains duplicates'])
    expect(one({ BS: ['Yg==', 'Yg=='] })).toEqual([
      'One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.',
    ])
  })

  it('rejects NULL other than true and unparseable numbers', () => {
    expect(one({ NULL: false })).toEqual([
      'One or more parameter values were invalid: Null attribute value types must have the value of true',
    ])
    expect(one({ NS: ['1', 'b'] })).toEqual([
      'The parameter cannot be converted to a numeric value: b',
    ])
  })

  it('accepts empty strings and binaries outside keys (DynamoDB since 2020)', () => {
    expect(checkAttributeMap({ a: { S: '' }, b: { B: '' }, c: { SS: ['', 'x'] } })).toEqual([])
  })
})
