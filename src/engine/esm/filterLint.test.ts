import { describe, expect, it } from 'vitest'
import { lintFilterPattern } from './filterLint'

const lint = (pattern: unknown) => lintFilterPattern(JSON.stringify(pattern))

describe('lintFilterPattern', () => {
  it('accepts a correct DynamoDB pattern without warnings', () => {
    expect(
      lint({
        eventName: ['INSERT', 'MODIFY'],
        dynamodb: {
          ApproximateCreationDateTime: [{ numeric: ['>', 0] }],
          NewImage: {
            status: { S: ['shipped', { exists: true }] },
            total: { N: [{ 'anything-but': '0' }] },
          },
        },
        userIdentity: { type: ['Service'], principalId: ['dynamodb.amazonaws.com'] },
      }),
    ).toEqual([])
  })

  it('warns that numeric never matches a DynamoDB N value (it is a string)', () => {
    expect(lint({ dynamodb: { NewImage: { total: { N: [{ numeric: ['>', 100] }] } } } })).toEqual([
      'dynamodb.NewImage.total.N: numeric never matches a DynamoDB attribute value: N values are strings in the record (e.g. "101"); use exact strings, prefix or anything-but',
    ])
  })

  it('warns that numeric never matches a string metadata field', () => {
    expect(lint({ dynamodb: { SequenceNumber: [{ numeric: ['>', 5] }] } })).toEqual([
      'dynamodb.SequenceNumber: numeric only matches JSON numbers, and this field is a string',
    ])
  })

  it('warns about exists on a non-leaf node and shows the type-key form', () => {
    expect(lint({ dynamodb: { NewImage: { x: [{ exists: true }] } } })).toEqual([
      'dynamodb.NewImage.x: exists works only on leaf nodes and this is an object, so {"exists": true} never matches and {"exists": false} always matches; test a type key instead: {"x":{"S":[{"exists":true}]}}',
    ])
    expect(lint({ dynamodb: { OldImage: [{ exists: false }] } })).toEqual([
      'dynamodb.OldImage: exists works only on leaf nodes and this is an object, so {"exists": true} never matches and {"exists": false} always matches',
    ])
  })

  it('warns about an attribute filter without its type key', () => {
    expect(lint({ dynamodb: { NewImage: { status: ['shipped'] } } })).toEqual([
      'dynamodb.NewImage.status: an attribute filter needs its type key: the value is an object such as {"S": "…"}, so write {"status":{"S":[…]}}',
    ])
  })

  it('warns about a key that is not a DynamoDB type key', () => {
    expect(lint({ dynamodb: { Keys: { pk: { s: ['order#1'] } } } })).toEqual([
      'dynamodb.Keys.pk.s: "s" is not a DynamoDB type key (S, N, B, SS, NS, BS, BOOL, NULL, M, L), so it never matches',
    ])
  })

  it('follows M maps and L lists into nested attribute values', () => {
    expect(lint({ dynamodb: { NewImage: { addr: { M: { city: ['Paris'] } } } } })).toEqual([
      'dynamodb.NewImage.addr.M.city: an attribute filter needs its type key: the value is an object such as {"S": "…"}, so write {"city":{"S":[…]}}',
    ])
    expect(
      lint({ dynamodb: { NewImage: { lines: { L: { N: [{ numeric: ['=', 1] }] } } } } }),
    ).toEqual([
      'dynamodb.NewImage.lines.L.N: numeric never matches a DynamoDB attribute value: N values are strings in the record (e.g. "101"); use exact strings, prefix or anything-but',
    ])
  })

  it('warns about keys the record does not have, such as NewImage at the top level', () => {
    expect(lint({ NewImage: { status: { S: ['x'] } } })).toEqual([
      'NewImage: a DynamoDB stream record has no key "NewImage" at the top level (known: eventID, eventName, eventVersion, eventSource, awsRegion, dynamodb, eventSourceARN, userIdentity)',
    ])
  })

  it('warns about literals of the wrong JSON type', () => {
    expect(
      lint({
        dynamodb: {
          NewImage: { total: { N: [101] }, gift: { BOOL: ['true'] } },
          SizeBytes: ['42'],
        },
      }),
    ).toEqual([
      'dynamodb.NewImage.total.N: 101 is a JSON number, but this field is a string: write "101"',
      'dynamodb.NewImage.gift.BOOL: BOOL values are JSON booleans: write true, not "true"',
      'dynamodb.SizeBytes: this field is a JSON number, so the string "42" never equals it; use numeric',
    ])
  })

  it('warns about an eventName that never occurs', () => {
    expect(lint({ $or: [{ eventName: ['insert'] }, { eventName: ['REMOVE'] }] })).toEqual([
      '$or[0].eventName: "insert" never matches; eventName is one of "INSERT", "MODIFY", "REMOVE"',
    ])
    expect(lint({ eventName: ['insert'] })).toEqual([
      'eventName: "insert" never matches; eventName is one of "INSERT", "MODIFY", "REMOVE"',
    ])
  })

  it('lints inside $or branches with the branch in the path', () => {
    expect(
      lint({
        $or: [{ eventName: ['REMOVE'] }, { dynamodb: { NewImage: { x: [{ exists: false }] } } }],
      }),
    ).toEqual([
      '$or[1].dynamodb.NewImage.x: exists works only on leaf nodes and this is an object, so {"exists": true} never matches and {"exists": false} always matches; test a type key instead: {"x":{"S":[{"exists":true}]}}',
    ])
  })

  it('reports a pattern it cannot read instead of throwing', () => {
    expect(lintFilterPattern('{"eventName":')).toEqual([
      '$: not valid JSON, so it cannot be linted',
    ])
    expect(lintFilterPattern('["INSERT"]')).toEqual(['$: a filter pattern must be a JSON object'])
  })
})
