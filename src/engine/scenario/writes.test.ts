import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { marshall } from '@aws-sdk/util-dynamodb'
import { substitute } from './attributes'
import { validateScenario } from './index'
import { expanded, withSection } from './testFixture'
import { itemsOfSeries } from './writeSchedule'

function run(writes: unknown) {
  return validateScenario(withSection('writes', writes))
}

describe('writes', () => {
  it('every expands with {{i}} in every string, N strings included; plain "{{i}}" stays a string; checked writes are marked', () => {
    const result = run([
      {
        atMs: 1000,
        every: { intervalMs: 100, count: 3 },
        PutItem: { Item: { pk: { S: 'load-{{i}}' }, sk: { N: '{{i}}' } } },
      },
      {
        atMs: 50,
        every: { intervalMs: 10, count: 2 },
        put: { pk: 'p-{{i}}', sk: 7, label: '{{i}}' },
      },
    ])
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(expanded(result.scenario.writes)).toEqual([
      {
        index: 3,
        path: 'writes[1]',
        atMs: 50,
        checked: true,
        repeated: true,
        // pk p-0 (2 + 3 bytes), sk 7 (2 + 2), label 0 (5 + 1): every {{i}} in a string.
        itemSizeBytes: 15,
        storedForm: true,
        write: {
          op: 'PutItem',
          request: { Item: { pk: { S: 'p-0' }, sk: { N: '7' }, label: { S: '0' } } },
        },
      },
      {
        index: 4,
        path: 'writes[1]',
        atMs: 60,
        checked: true,
        repeated: true,
        // pk p-1 (2 + 3 bytes), sk 7 (2 + 2), label 1 (5 + 1): every {{i}} in a string.
        itemSizeBytes: 15,
        storedForm: true,
        write: {
          op: 'PutItem',
          request: { Item: { pk: { S: 'p-1' }, sk: { N: '7' }, label: { S: '1' } } },
        },
      },
      {
        index: 0,
        path: 'writes[0]',
        atMs: 1000,
        checked: true,
        repeated: true,
        write: { op: 'PutItem', request: { Item: { pk: { S: 'load-0' }, sk: { N: '0' } } } },
      },
      {
        index: 1,
        path: 'writes[0]',
        atMs: 1100,
        checked: true,
        repeated: true,
        write: { op: 'PutItem', request: { Item: { pk: { S: 'load-1' }, sk: { N: '1' } } } },
      },
      {
        index: 2,
        path: 'writes[0]',
        atMs: 1200,
        checked: true,
        repeated: true,
        write: { op: 'PutItem', request: { Item: { pk: { S: 'load-2' }, sk: { N: '2' } } } },
      },
    ])
    // A repetition's item is made again, equal, from its index; other indexes have none.
    const itemOfWrite = itemsOfSeries(result.scenario.writes)
    expect(itemOfWrite(4)).toEqual({ pk: { S: 'p-1' }, sk: { N: '7' }, label: { S: '1' } })
    expect(itemOfWrite(2)).toEqual({ pk: { S: 'load-2' }, sk: { N: '2' } })
    expect(itemOfWrite(5)).toBeUndefined()
  })

  it('sorts by (atMs, file position) and keeps request fields; plain JSON per map', () => {
    const result = run([
      { atMs: 5, delete: { pk: 'a', sk: 1 } },
      {
        atMs: 5,
        UpdateItem: {
          Key: { pk: 'a', sk: 2 },
          UpdateExpression: 'SET #n = :v',
          ExpressionAttributeNames: { '#n': 'n' },
          ExpressionAttributeValues: { ':v': 3 },
        },
      },
      {
        atMs: 0,
        DeleteItem: {
          Key: { pk: { S: 'z' }, sk: { N: '9' } },
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
    ])
    expect(result.ok && expanded(result.scenario.writes)).toEqual([
      {
        index: 2,
        path: 'writes[2]',
        atMs: 0,
        checked: true,
        write: {
          op: 'DeleteItem',
          request: {
            Key: { pk: { S: 'z' }, sk: { N: '9' } },
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      },
      {
        index: 0,
        path: 'writes[0]',
        atMs: 5,
        checked: true,
        write: { op: 'DeleteItem', request: { Key: { pk: { S: 'a' }, sk: { N: '1' } } } },
      },
      {
        index: 1,
        path: 'writes[1]',
        atMs: 5,
        checked: true,
        write: {
          op: 'UpdateItem',
          request: {
            Key: { pk: { S: 'a' }, sk: { N: '2' } },
            UpdateExpression: 'SET #n = :v',
            ExpressionAttributeNames: { '#n': 'n' },
            ExpressionAttributeValues: { ':v': { N: '3' } },
          },
        },
      },
    ])
  })

  it('each write has an integer atMs and exactly one operation', () => {
    const result = run([
      { atMs: -1, put: { pk: 'a', sk: 1 } },
      { atMs: 0 },
      { atMs: 0, put: {}, delete: {}, wen: 1 },
    ])
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'writes[0].atMs',
        message: 'atMs must be an integer >= 0 (virtual milliseconds), got -1',
      },
      {
        path: 'writes[1]',
        message:
          'A write needs exactly one of PutItem, UpdateItem, DeleteItem, put, delete; found none',
      },
      {
        path: 'writes[2].wen',
        message:
          'Unknown key "wen" in a write, must be one of: atMs, every, PutItem, UpdateItem, DeleteItem, put, delete',
      },
      {
        path: 'writes[2]',
        message:
          'A write needs exactly one of PutItem, UpdateItem, DeleteItem, put, delete; found put, delete',
      },
    ])
  })

  it('request shapes are checked botocore-style', () => {
    const result = run([
      { atMs: 0, PutItem: { Itme: {} } },
      { atMs: 0, UpdateItem: { Key: { pk: 'a', sk: 1 }, UpdateExpression: 5 } },
    ])
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'writes[0].PutItem.Itme',
        message:
          'Parameter validation failed: Unknown parameter in input: "Itme", must be one of: TableName, Item, ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues',
      },
      {
        path: 'writes[0].PutItem.Item',
        message: 'Parameter validation failed: Missing required parameter in input: "Item"',
      },
      {
        path: 'writes[1].UpdateItem.UpdateExpression',
        message:
          "Parameter validation failed: Invalid type for parameter UpdateExpression, value: 5, type: <class 'int'>, valid types: <class 'str'>",
      },
    ])
  })

  it('every is checked and the expanded total is capped at 1,000,000', () => {
    const bad = run([{ atMs: 0, every: { intervalMs: 0, count: 100001 }, put: { pk: 'a', sk: 1 } }])
    expect(bad.ok ? [] : bad.errors).toEqual([
      {
        path: 'writes[0].every.intervalMs',
        message: 'every.intervalMs must be an integer >= 1, got 0',
      },
      {
        path: 'writes[0].every.count',
        message: 'every.count must be an integer from 1 to 100000, got 100001',
      },
    ])
    const many = Array.from({ length: 11 }, () => ({
      atMs: 0,
      every: { intervalMs: 1, count: 100000 },
      put: { pk: 'a', sk: 1 },
    }))
    const capped = run(many)
    expect(capped.ok ? [] : capped.errors).toEqual([
      {
        path: 'writes',
        message:
          "The writes expand to 1100000 writes (counting every repetition); this simulator's limit is 1000000",
      },
    ])
  })

  it('plain JSON that cannot be marshalled is a ValidationException at the map', () => {
    const result = run([{ atMs: 0, put: { pk: 'a', sk: 2 ** 60 } }])
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'writes[0].put',
        message:
          'ValidationException: Number 1152921504606847000 is greater than Number.MAX_SAFE_INTEGER. Use NumberValue from @aws-sdk/lib-dynamodb.',
      },
    ])
  })

  it('a plain put marshalled once and substituted equals marshalling every repetition', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('{{i}}', 'x-{{i}}', '', 'plain'),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b{{i}}', '{{i}}', '1'), tie('value'), { maxKeys: 3 }),
      ),
    })).value
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('x', 'y{{i}}'), json, { maxKeys: 3 }), (rest) => {
        const raw = { ...rest, pk: 'k-{{i}}', sk: 1 }
        const result = run([{ atMs: 0, every: { intervalMs: 1, count: 3 }, put: raw }])
        const expected = [0, 1, 2].map((k) => ({
          Item: marshall(substitute(raw, k) as Record<string, unknown>, {
            removeUndefinedValues: true,
          }),
        }))
        const items = result.ok ? expanded(result.scenario.writes).map((w) => w.write.request) : []
        expect(items).toEqual(expected)
      }),
      { numRuns: 200 },
    )
  })
})
