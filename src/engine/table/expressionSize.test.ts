// DynamoDB refuses an expression over 4 KB before parsing it (docs/semantics.md D19): a long, deeply
// parenthesised text gets that message, never the parser's stack overflow.
import { describe, expect, it } from 'vitest'
import { checkWrite } from './validation'
import type { KeySchema } from '../model/dynamo'

const keySchema: KeySchema = { hash: { name: 'pk', type: 'S' } }
const Key = { pk: { S: 'a' } }
const ExpressionAttributeValues = { ':v': { S: 'x' } }
const nested = (levels: number) => `${'('.repeat(levels)}a = :v${')'.repeat(levels)}`

describe('expression size limit: 4,096 UTF-8 bytes (docs/semantics.md D19)', () => {
  it('refuses a ConditionExpression of 100,006 bytes with its size', () => {
    const write = {
      op: 'DeleteItem' as const,
      request: { Key, ConditionExpression: nested(50_000), ExpressionAttributeValues },
    }
    expect(checkWrite(write, keySchema)).toEqual([
      'Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 100006',
    ])
  })

  it('counts UTF-8 bytes: 2,049 two-byte characters are 4,098 bytes', () => {
    const write = {
      op: 'UpdateItem' as const,
      request: { Key, UpdateExpression: `SET ${'é'.repeat(2049)} = :v`, ExpressionAttributeValues },
    }
    expect(checkWrite(write, keySchema)).toEqual([
      'Invalid UpdateExpression: Expression size has exceeded the maximum allowed size; expression size: 4107',
    ])
  })

  it('parses an expression of exactly 4,096 bytes', () => {
    const padding = ' '.repeat(4096 - 'attribute_exists(a)'.length)
    const write = {
      op: 'DeleteItem' as const,
      request: { Key, ConditionExpression: `attribute_exists(a)${padding}` },
    }
    expect(checkWrite(write, keySchema)).toEqual([])
  })
})
