// Issue 13: an `every` write is checked once per digit count of i (templateSites.ts), yet reports exactly what
// checking every repetition one by one reports, "(repetition i=k)" naming the first that fails.
import { describe, expect, it } from 'vitest'
import { substitute } from './attributes'
import { validateScenario } from './index'
import { templateSites } from './templateSites'
import { withSection } from './testFixture'
import type { WriteOp } from './writeRequest'

function errorsOf(writes: unknown[]) {
  const result = validateScenario(withSection('writes', writes))
  return result.ok ? [] : result.errors
}

/** The oracle: each repetition validated on its own, the first that fails reported with its i. */
function oneByOne(op: WriteOp, raw: unknown, count: number) {
  for (let k = 0; k < count; k++) {
    const errors = errorsOf([{ atMs: 0, [op]: substitute(raw, k) }])
    if (errors.length > 0)
      return errors.map((e) => ({ ...e, message: `${e.message} (repetition i=${k})` }))
  }
  return []
}

/** The errors of an `every` entry of `count` repetitions, once they are known to be the oracle's. */
function everyErrors(op: WriteOp, raw: unknown, count: number) {
  const errors = errorsOf([{ atMs: 0, every: { intervalMs: 1, count }, [op]: raw }])
  expect(errors).toEqual(oneByOne(op, raw, count))
  return errors
}

const HASH_KEY_TOO_BIG =
  'ValidationException: One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes'
const ITEM_TOO_BIG = 'ValidationException: Item size has exceeded the maximum allowed size'

describe('every: the first failing repetition, found without checking each one', () => {
  it('a hash key that crosses 2,048 bytes when i reaches two digits fails at i=10', () => {
    expect(everyErrors('put', { pk: `${'k'.repeat(2047)}{{i}}`, sk: 1 }, 50)).toEqual([
      { path: 'writes[0]', message: `${HASH_KEY_TOO_BIG} (repetition i=10)` },
    ])
  })

  it('an item that crosses 400 KB (A1.9) when i reaches three digits fails at i=100', () => {
    // pk + "k" + sk + 1 (2 bytes as a number) + "big" = 10 bytes around the string.
    const raw = { pk: 'k', sk: 1, big: `${'x'.repeat(409_600 - 12)}{{i}}` }
    expect(everyErrors('put', raw, 150)).toEqual([
      { path: 'writes[0]', message: `${ITEM_TOO_BIG} (repetition i=100)` },
    ])
  })

  it('an UpdateItem key of four-digit i fails at i=1000, the update value being a string of i', () => {
    const raw = {
      Key: { pk: { S: `${'k'.repeat(2045)}{{i}}` }, sk: { N: '1' } },
      UpdateExpression: 'SET v = :v',
      ExpressionAttributeValues: { ':v': { S: 'v{{i}}' } },
    }
    expect(templateSites('UpdateItem', raw)).toBe('text')
    expect(everyErrors('UpdateItem', raw, 1005)).toEqual([
      { path: 'writes[0]', message: `${HASH_KEY_TOO_BIG} (repetition i=1000)` },
    ])
  })

  it('an N of i is sized by its significant digits: the item fails first at i=101, inside a digit count (A1.7 sizes, A1.9 limit)', () => {
    // 100 and 110 have fewer significant digits than 101: a number of 1 or 2 digits takes 2 bytes, 101 takes 3.
    const raw = {
      Item: { pk: { S: 'k' }, sk: { N: '{{i}}' }, big: { S: 'x'.repeat(409_600 - 10) } },
    }
    expect(templateSites('PutItem', raw)).toBe('numbers')
    expect(everyErrors('PutItem', raw, 200)).toEqual([
      { path: 'writes[0]', message: `${ITEM_TOO_BIG} (repetition i=101)` },
    ])
  })

  it('where the value of i matters (a set, a BETWEEN), every repetition is checked: failures at i=1 and i=6', () => {
    const set = { Item: { pk: { S: 'k' }, sk: { N: '1' }, tags: { SS: ['{{i}}', '1'] } } }
    expect(templateSites('PutItem', set)).toBe('any')
    expect(everyErrors('PutItem', set, 20)).toEqual([
      {
        path: 'writes[0].PutItem.Item.tags',
        message:
          'ValidationException: One or more parameter values were invalid: Input collection [1, 1] contains duplicates. (repetition i=1)',
      },
    ])
    const between = {
      Key: { pk: { S: 'k' }, sk: { N: '1' } },
      ConditionExpression: 'v BETWEEN :low AND :high',
      ExpressionAttributeValues: { ':low': { S: '{{i}}' }, ':high': { S: '5' } },
    }
    expect(templateSites('DeleteItem', between)).toBe('any')
    expect(everyErrors('DeleteItem', between, 20)).toEqual([
      {
        path: 'writes[0]',
        message:
          'ValidationException: Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:6}, upper bound operand: AttributeValue: {S:5} (repetition i=6)',
      },
    ])
  })

  it('i in an attribute name, a number that is more than i, or an expression is value-dependent: "any"', () => {
    expect(templateSites('put', { pk: 'k', 'a{{i}}': 1 })).toBe('any')
    expect(templateSites('PutItem', { Item: { pk: { S: 'k' }, n: { N: '1{{i}}' } } })).toBe('any')
    expect(
      templateSites('UpdateItem', { Key: { pk: 'k' }, UpdateExpression: 'SET a[{{i}}] = :v' }),
    ).toBe('any')
    expect(templateSites('put', { pk: 'k-{{i}}', nested: { list: ['{{i}}'] } })).toBe('text')
  })
})
