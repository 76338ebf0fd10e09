// The item editor's DynamoDB JSON mode names the attribute that is not DynamoDB JSON (docs/semantics.md D19).
import { describe, expect, it } from 'vitest'
import { parseItemWrite, textInFormat } from './itemWrites'

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

// Issue 11 "errors a newcomer cannot act on": the rows show DynamoDB JSON, so that is what a newcomer types first.
describe('item editor: text in the other format says so after AWS message', () => {
  it('DynamoDB JSON with Plain JSON chosen', () => {
    expect(errorsOf('{"pk":{"S":"a"},"sk":{"N":"1"}}', 'plain')).toEqual([
      'ValidationException: One or more parameter values were invalid: Type mismatch for key pk expected: S actual: M',
      'This is DynamoDB JSON (each value inside {"S": …}, {"N": …}…): choose DynamoDB JSON under Format, or write plain values.',
    ])
  })

  it('plain JSON with DynamoDB JSON chosen', () => {
    expect(errorsOf('{"pk":"a","sk":1}', 'dynamodb')).toEqual([
      'item.PutItem.Item.pk: ValidationException: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
      'item.PutItem.Item.sk: ValidationException: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
      'This is plain JSON: choose Plain JSON under Format, or write each value inside its type, as {"S": "text"} or {"N": "42"}.',
    ])
  })

  it('a mix of both, or an empty item, has no hint', () => {
    expect(errorsOf('{"pk":{"S":"a"},"sk":1}', 'plain')).toEqual([
      'ValidationException: One or more parameter values were invalid: Type mismatch for key pk expected: S actual: M',
    ])
    expect(errorsOf('{}', 'dynamodb')).toEqual([
      'ValidationException: One or more parameter values were invalid: Missing the key pk in the item',
    ])
  })
})

describe('item editor: switching the format keeps what was typed', () => {
  it('an item typed in the old format is written in the new one', () => {
    expect(textInFormat('{"pk":"a","sk":1}', 'plain', 'dynamodb', target)).toBe(
      '{\n  "pk": {\n    "S": "a"\n  },\n  "sk": {\n    "N": "1"\n  }\n}',
    )
    expect(textInFormat('{"pk":{"S":"a"},"sk":{"N":"1"}}', 'dynamodb', 'plain', target)).toBe(
      '{\n  "pk": "a",\n  "sk": 1\n}',
    )
  })

  it('text that is not an item of the old format stays as typed', () => {
    const typed = '{"pk": {"S": "a"}, "sk": {"N": "1"}}'
    expect(textInFormat(typed, 'plain', 'dynamodb', target)).toBe(typed)
    expect(textInFormat('{"pk": ', 'plain', 'dynamodb', target)).toBe('{"pk": ')
  })
})
