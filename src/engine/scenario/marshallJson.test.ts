import { describe, expect, it } from 'vitest'
import { marshall } from '@aws-sdk/util-dynamodb'
import { marshallMap } from './marshallJson'

const JSON_SAMPLE = {
  s: 'text',
  empty: '',
  n: -12.5,
  big: 9007199254740991,
  t: true,
  nil: null,
  list: [1, 'a', [false], { x: null }],
  map: { nested: { deeper: [] } },
}

describe('marshallMap: plain JSON to DynamoDB JSON', () => {
  it('gives what @aws-sdk/util-dynamodb marshall gives for ordinary JSON', () => {
    expect(marshallMap(JSON_SAMPLE)).toEqual(marshall(JSON_SAMPLE, { removeUndefinedValues: true }))
  })

  it('keeps `__proto__` and `constructor` as attribute names, nested maps too (the library loses or rejects them)', () => {
    const value = JSON.parse(
      '{"__proto__":{"constructor":"c"},"constructor":{"__proto__":1}}',
    ) as Record<string, unknown>
    const map = marshallMap(value)
    expect(JSON.stringify(map)).toBe(
      '{"__proto__":{"M":{"constructor":{"S":"c"}}},"constructor":{"M":{"__proto__":{"N":"1"}}}}',
    )
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype)
  })

  it('drops undefined values and rejects what JSON cannot hold, with the library messages', () => {
    expect(marshallMap({ a: undefined, b: [undefined, 1] })).toEqual({ b: { L: [{ N: '1' }] } })
    expect(() => marshallMap({ n: Number.NaN })).toThrow('Special numeric value NaN is not allowed')
    expect(() => marshallMap({ n: 2 ** 60 })).toThrow(
      'Number 1152921504606847000 is greater than Number.MAX_SAFE_INTEGER. Use NumberValue from @aws-sdk/lib-dynamodb.',
    )
    expect(() => marshallMap({ d: new Date(0) })).toThrow('Unsupported type passed')
  })
})
