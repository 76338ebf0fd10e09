import { describe, expect, it } from 'vitest'
import type { Item, KeySchema, WriteRequest } from '../model/dynamo'
import { checkItem, checkWrite } from './validation'

const schema: KeySchema = { hash: { name: 'pk', type: 'S' }, range: { name: 'sk', type: 'N' } }
const key = { pk: { S: 'a' }, sk: { N: '1' } }
const INVALID = 'One or more parameter values were invalid: '

describe('key schema checks', () => {
  it('PutItem names the missing or mistyped key attribute', () => {
    expect(checkItem({ pk: { S: 'a' } }, schema)).toEqual([
      `${INVALID}Missing the key sk in the item`,
    ])
    expect(checkItem({ pk: { N: '1' }, sk: { N: '1' } }, schema)).toEqual([
      `${INVALID}Type mismatch for key pk expected: S actual: N`,
    ])
  })

  it('key attributes cannot be empty strings or binaries', () => {
    expect(checkItem({ pk: { S: '' }, sk: { N: '1' } }, schema)).toEqual([
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk',
    ])
  })

  it('a Key with a missing, extra or mistyped attribute does not match the schema', () => {
    const message = 'The provided key element does not match the schema'
    const keys: Item[] = [
      { pk: { S: 'a' } },
      { ...key, x: { S: 'b' } },
      { pk: { S: 'a' }, sk: { S: '1' } },
    ]
    for (const Key of keys) {
      expect(checkWrite({ op: 'DeleteItem', request: { Key } }, schema)).toEqual([message])
    }
  })

  it('items over 400 KB (409,600 bytes, names included) are rejected', () => {
    const filler = (n: number) => ({ ...key, b: { S: 'x'.repeat(n) } })
    const base = 2 + 1 + 2 + 2 + 1 // pk, "a", sk, N 1, "b"
    expect(checkItem(filler(409_600 - base), schema)).toEqual([])
    expect(checkItem(filler(409_601 - base), schema)).toEqual([
      'Item size has exceeded the maximum allowed size',
    ])
  })
})

describe('write checks', () => {
  const update = (request: Partial<Extract<WriteRequest, { op: 'UpdateItem' }>['request']>) =>
    checkWrite({ op: 'UpdateItem', request: { Key: key, ...request } }, schema)

  it('cannot update a key attribute', () => {
    expect(
      update({ UpdateExpression: 'SET sk = :v', ExpressionAttributeValues: { ':v': { N: '2' } } }),
    ).toEqual([`${INVALID}Cannot update attribute sk. This attribute is part of the key`])
  })

  it('every supplied placeholder must be used', () => {
    expect(
      update({
        UpdateExpression: 'SET a = :v',
        ExpressionAttributeValues: { ':v': { N: '1' }, ':x': { N: '2' } },
      }),
    ).toEqual(['Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}'])
    expect(
      update({ UpdateExpression: 'REMOVE a', ExpressionAttributeNames: { '#a': 'a' } }),
    ).toEqual(['Value provided in ExpressionAttributeNames unused in expressions: keys: {#a}'])
  })

  it('placeholder maps are checked before expressions', () => {
    expect(update({ ExpressionAttributeValues: { ':v': { N: '1' } } })).toEqual([
      'ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null',
    ])
    expect(
      update({ UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': { N: 'x' } } }),
    ).toEqual([
      'ExpressionAttributeValues contains invalid value: The parameter cannot be converted to a numeric value: x for key :v',
    ])
    expect(update({ UpdateExpression: 'REMOVE a', ExpressionAttributeNames: { a: 'a' } })).toEqual([
      'ExpressionAttributeNames contains invalid key: Syntax error; key: "a"',
    ])
  })

  it('malformed attribute values are reported first', () => {
    expect(
      checkWrite(
        { op: 'PutItem', request: { Item: { ...key, bad: { NULL: false } as never } } },
        schema,
      ),
    ).toEqual([`${INVALID}Null attribute value types must have the value of true`])
  })

  it('a valid write has no errors', () => {
    expect(
      update({
        UpdateExpression: 'SET #c = if_not_exists(#c, :zero) + :one',
        ConditionExpression: 'attribute_not_exists(locked)',
        ExpressionAttributeNames: { '#c': 'count' },
        ExpressionAttributeValues: { ':zero': { N: '0' }, ':one': { N: '1' } },
      }),
    ).toEqual([])
  })
})
