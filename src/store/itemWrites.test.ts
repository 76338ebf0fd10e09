// The item editor's DynamoDB JSON mode names the attribute that is not DynamoDB JSON (docs/semantics.md D19).
import { describe, expect, it } from 'vitest'
import { parseItemWrite } from './itemWrites'

const target = {
  tableName: 'Orders',
  keySchema: {
    hash: { name: 'pk', type: 'S' as const },
    range: { name: 'sk', type: 'N' as const },
  },
}
const errorsOf = (text: string, format: 'plain' | 'dynamodb') => {
  const parsed = parseItemWrite(text, format, target)
  return parsed.ok ? [] : parsed.errors
}

describe('item editor, DynamoDB JSON: a malformed attribute is named, not read as plain JSON', () => {
  it('an unknown type key', () => {
    expect(errorsOf('{"pk":{"S":"a"},"sk":{"N":"1"},"x":{"Q":"1"}}', 'dynamodb')).toEqual([
      'item.PutItem.Item.x: ValidationException: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
    ])
  })

  it('two types in one value, and a bare string', () => {
    expect(
      errorsOf('{"pk":{"S":"a"},"sk":{"N":"1"},"x":{"S":"1","N":"2"},"y":"z"}', 'dynamodb'),
    ).toEqual([
      'item.PutItem.Item.x: ValidationException: Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
      'item.PutItem.Item.y: ValidationException: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
    ])
  })

  it('plain JSON still reads the same text as maps', () => {
    const parsed = parseItemWrite('{"pk":"a","sk":1,"x":{"Q":"1"}}', 'plain', target)
    expect(parsed).toEqual({
      ok: true,
      write: {
        op: 'PutItem',
        request: {
          Item: { pk: { S: 'a' }, sk: { N: '1' }, x: { M: { Q: { S: '1' } } } },
        },
      },
    })
  })
})
