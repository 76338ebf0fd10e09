import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileFilters } from './filterMatch'
import { record } from './filterMatchFixture'
import { PatternNumber, isPatternObject, parsePattern } from './filterMatchParse'
import type { PatternValue } from './filterMatchParse'

const order = { pk: { S: 'order#1' } }
const insert = record({
  eventName: 'INSERT',
  keys: order,
  newImage: { ...order, status: { S: 'pending' }, total: { N: '42' }, gift: { BOOL: true } },
})
const modify = record({
  eventName: 'MODIFY',
  keys: order,
  oldImage: { ...order, status: { S: 'pending' }, total: { N: '42' } },
  newImage: { ...order, status: { S: 'shipped' }, total: { N: '101' } },
})
const userDelete = record({
  eventName: 'REMOVE',
  keys: order,
  oldImage: { ...order, status: { S: 'x' } },
})
const ttlDelete = record({
  ttl: true,
  keys: order,
  oldImage: { ...order, status: { S: 'expired' } },
})

function matches(pattern: unknown, rec: unknown): boolean {
  return compileFilters([JSON.stringify(pattern)])(rec)
}

describe('filter criteria: OR across patterns', () => {
  it('no patterns means every record matches', () => {
    expect(compileFilters([])(insert)).toBe(true)
  })
  it('a record passes when any one pattern matches', () => {
    const both = compileFilters(['{"eventName":["MODIFY"]}', '{"eventName":["REMOVE"]}'])
    expect([insert, modify, userDelete].map(both)).toEqual([false, true, true])
  })
  it('a pattern AWS would reject matches nothing', () => {
    expect(compileFilters(['not json'])(insert)).toBe(false)
    expect(compileFilters(['["INSERT"]'])(insert)).toBe(false)
    expect(compileFilters(['{"eventName":"INSERT"}'])(insert)).toBe(false)
    expect(compileFilters(['{"eventName":[{"wildcard":"INS*"}]}'])(insert)).toBe(false)
  })
})

describe('observed on AWS (docs/semantics.md A8.5)', () => {
  it('eventName metadata is filterable', () => {
    expect([insert, modify].map((r) => matches({ eventName: ['INSERT'] }, r))).toEqual([
      true,
      false,
    ])
  })
  it('eventName and eventSource together (AND) match', () => {
    expect(matches({ eventName: ['INSERT'], eventSource: ['aws:dynamodb'] }, insert)).toBe(true)
  })
  it('numeric never matches an N value, anything-but on the string does', () => {
    const p = {
      dynamodb: {
        NewImage: { total: { N: [{ numeric: ['>', 100] }, { 'anything-but': '101' }] } },
      },
    }
    expect(matches(p, modify)).toBe(false) // N "101": numeric ignores strings, anything-but excludes it
    expect(matches(p, insert)).toBe(true) // N "42" via anything-but
  })
  it('numeric matches ApproximateCreationDateTime, a JSON number, on every record', () => {
    const p = { dynamodb: { ApproximateCreationDateTime: [{ numeric: ['>', 0] }] } }
    expect([insert, modify, userDelete, ttlDelete].every((r) => matches(p, r))).toBe(true)
  })
  it('userIdentity of the DynamoDB service principal matches TTL deletes only', () => {
    const p = { userIdentity: { type: ['Service'], principalId: ['dynamodb.amazonaws.com'] } }
    expect([insert, modify, userDelete, ttlDelete].map((r) => matches(p, r))).toEqual([
      false,
      false,
      false,
      true,
    ])
  })
  it('exists:false on an attribute name matches an item that has it (an intermediate node counts as absent)', () => {
    expect(matches({ dynamodb: { NewImage: { status: [{ exists: false }] } } }, insert)).toBe(true)
    expect(matches({ dynamodb: { NewImage: { status: [{ exists: true }] } } }, insert)).toBe(false)
  })
})

describe('leaf tests', () => {
  const at = (test: unknown) => ({ dynamodb: { NewImage: { status: { S: [test] } } } })
  it('exact string equality is case sensitive', () => {
    expect([matches(at('pending'), insert), matches(at('Pending'), insert)]).toEqual([true, false])
  })
  it('equals-ignore-case ignores case', () => {
    expect(matches(at({ 'equals-ignore-case': 'PENDING' }), insert)).toBe(true)
  })
  it('prefix and suffix test the start and end of strings', () => {
    expect(matches(at({ prefix: 'pend' }), insert)).toBe(true)
    expect(matches(at({ suffix: 'ing' }), insert)).toBe(true)
    expect(matches(at({ prefix: 'ing' }), insert)).toBe(false)
  })
  it('anything-but matches any other value, given as a string or a list', () => {
    expect(matches(at({ 'anything-but': ['shipped', 'lost'] }), insert)).toBe(true)
    expect(matches(at({ 'anything-but': ['shipped', 'pending'] }), insert)).toBe(false)
  })
  it('anything-but needs the field to exist', () => {
    expect(
      matches({ dynamodb: { NewImage: { missing: { S: [{ 'anything-but': 'x' }] } } } }, insert),
    ).toBe(false)
  })
  it('a string never equals a number', () => {
    expect(matches({ dynamodb: { NewImage: { total: { N: [42] } } } }, insert)).toBe(false)
    expect(matches({ dynamodb: { SizeBytes: ['42'] } }, insert)).toBe(false)
    expect(matches({ dynamodb: { SizeBytes: [42] } }, insert)).toBe(true)
  })
  it('numbers compare by JSON text: 42.0 and 4.2e1 differ from 42', () => {
    expect(compileFilters(['{"dynamodb":{"SizeBytes":[42.0]}}'])(insert)).toBe(false)
    expect(compileFilters(['{"dynamodb":{"SizeBytes":[4.2e1]}}'])(insert)).toBe(false)
    expect(compileFilters(['{"dynamodb":{"SizeBytes":[{"anything-but":42.0}]}}'])(insert)).toBe(
      true,
    )
    expect(compileFilters(['{"dynamodb":{"SizeBytes":[{"anything-but":42}]}}'])(insert)).toBe(false)
  })
  it('numeric ranges combine their bounds with AND', () => {
    const range = (lo: number, hi: number) => ({
      dynamodb: { SizeBytes: [{ numeric: ['>', lo, '<=', hi] }] },
    })
    expect([matches(range(10, 42), insert), matches(range(42, 50), insert)]).toEqual([true, false])
    expect(matches({ dynamodb: { SizeBytes: [{ numeric: ['=', 42] }] } }, insert)).toBe(true)
  })
  it('exists:true matches a present leaf, exists:false an absent one', () => {
    expect(matches(at({ exists: true }), insert)).toBe(true)
    expect(
      matches({ dynamodb: { OldImage: { status: { S: [{ exists: false }] } } } }, insert),
    ).toBe(true)
    expect(matches({ dynamodb: { OldImage: { status: { S: [{ exists: true }] } } } }, insert)).toBe(
      false,
    )
  })
  it('a BOOL attribute matches JSON true, not the string "true"', () => {
    expect(matches({ dynamodb: { NewImage: { gift: { BOOL: [true] } } } }, insert)).toBe(true)
    expect(matches({ dynamodb: { NewImage: { gift: { BOOL: ['true'] } } } }, insert)).toBe(false)
  })
  it('the empty string matches only an empty string, null only a JSON null', () => {
    const rec = { a: '', b: null }
    expect([matches({ a: [''] }, rec), matches({ a: [null] }, rec)]).toEqual([true, false])
    expect([
      matches({ b: [null] }, rec),
      matches({ b: [''] }, rec),
      matches({ c: [null] }, rec),
    ]).toEqual([true, false, false])
  })
  it('a pattern array is OR: any element may match', () => {
    expect(matches({ eventName: ['REMOVE', 'INSERT'] }, insert)).toBe(true)
  })
})

describe('structure', () => {
  it('every key must match (AND)', () => {
    expect(
      matches(
        { eventName: ['INSERT'], dynamodb: { NewImage: { status: { S: ['shipped'] } } } },
        insert,
      ),
    ).toBe(false)
  })
  it('$or matches when any branch matches, ANDed with its siblings', () => {
    const p = {
      eventSource: ['aws:dynamodb'],
      $or: [{ eventName: ['REMOVE'] }, { dynamodb: { NewImage: { status: { S: ['shipped'] } } } }],
    }
    expect([insert, modify, userDelete].map((r) => matches(p, r))).toEqual([false, true, true])
    expect(matches({ ...p, eventSource: ['aws:kinesis'] }, modify)).toBe(false)
  })
  it('$or works below the top level', () => {
    const p = {
      dynamodb: { $or: [{ OldImage: { status: { S: ['pending'] } } }, { SizeBytes: [1] }] },
    }
    expect([insert, modify].map((r) => matches(p, r))).toEqual([false, true])
  })
  it('a repeated key: the last value wins', () => {
    expect(compileFilters(['{"eventName":["INSERT"],"eventName":["MODIFY"]}'])(modify)).toBe(true)
    expect(compileFilters(['{"eventName":["INSERT"],"eventName":["MODIFY"]}'])(insert)).toBe(false)
  })
  it('a record array matches when any element matches (SS, L)', () => {
    const rec = record({
      newImage: { tags: { SS: ['a', 'b'] }, lines: { L: [{ S: 'x' }, { N: '1' }] } },
    })
    expect(matches({ dynamodb: { NewImage: { tags: { SS: ['b'] } } } }, rec)).toBe(true)
    expect(matches({ dynamodb: { NewImage: { lines: { L: { N: ['1'] } } } } }, rec)).toBe(true)
    expect(matches({ dynamodb: { NewImage: { lines: { L: { S: ['x'], N: ['1'] } } } } }, rec)).toBe(
      false,
    )
  })
  it('an empty record array holds no leaf, so it counts as absent', () => {
    expect(matches({ a: [{ exists: false }] }, { a: [] })).toBe(true)
    expect(matches({ a: [{ exists: true }] }, { a: [] })).toBe(false)
  })
  it('keys such as __proto__ or constructor are plain keys', () => {
    expect(compileFilters(['{"__proto__":[{"exists":true}]}'])({})).toBe(false)
    expect(matches({ constructor: [{ exists: false }] }, {})).toBe(true)
  })
})

describe('pattern text', () => {
  function plain(value: PatternValue): unknown {
    if (value instanceof PatternNumber) return value.value
    if (Array.isArray(value)) return value.map(plain)
    if (isPatternObject(value))
      return Object.fromEntries(Object.keys(value).map((k) => [k, plain(value[k])]))
    return value
  }
  it('reads any JSON text as JSON.parse does, keeping number text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(plain(parsePattern(text))).toEqual(JSON.parse(text))
      }),
      { numRuns: 500 },
    )
    expect(parsePattern('[3.0e2]')).toEqual([new PatternNumber('3.0e2', 300)])
  })
  it('rejects text that is not JSON', () => {
    for (const text of [
      '',
      '{"a":[01]}',
      '{"a":["\u0001"]}',
      '{"a":[1]} x',
      "{'a':[1]}",
      '{"a":[1,]}',
    ]) {
      expect(() => parsePattern(text)).toThrow(SyntaxError)
    }
  })
})
