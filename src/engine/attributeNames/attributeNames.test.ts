import { describe, expect, it } from 'vitest'
import { encodeShareHash, decodeShareHash } from '../../lib/shareLink'
import { utf8Length } from '../../lib/utf8'
import { normalized, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed } from '../testing/runScripted'

/**
 * An object with exactly these own keys: Object.fromEntries defines them, so `__proto__` stays a key. Images are
 * compared as JSON text, which lists every own key in order.
 */
const obj = (...entries: Array<[string, unknown]>) => Object.fromEntries(entries)

const LONG_ASCII = 'a'.repeat(255)
// 85 three-byte characters: 255 bytes of UTF-8 in 85 UTF-16 units.
const LONG_EURO = '€'.repeat(85)

// Names that are also properties of every JavaScript object, and names at DynamoDB's 255-byte limit.
const NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  LONG_ASCII,
  LONG_EURO,
]

function run(writes: unknown[], extra: Record<string, unknown> = {}) {
  return runScripted(normalized(scenarioFile({ writes, ...extra })), succeed)
}

function deliveredRecords(report: ReturnType<typeof run>['report']) {
  return report.invocations.flatMap(
    (invocation) =>
      (
        invocation.event as {
          Records: Array<{ eventName: string; dynamodb: Record<string, unknown> }>
        }
      ).Records,
  )
}

describe('attribute names are data (DynamoDB accepts any name of 1..255 bytes)', () => {
  it('the long names are 255 bytes of UTF-8', () => {
    expect([utf8Length(LONG_ASCII), utf8Length(LONG_EURO)]).toEqual([255, 255])
  })

  describe.each(
    NAMES.map((name) => [
      name.length > 20 ? `${name.slice(0, 3)}…(${name.length} units)` : name,
      name,
    ]),
  )('the name %s', (_label, name) => {
    it('table.Items keeps the attribute in the item and in the next OLD image', () => {
      const { sim, report } = run(
        [
          {
            atMs: 0,
            UpdateItem: {
              Key: { pk: { S: 'a' } },
              UpdateExpression: 'SET #o = :o',
              ExpressionAttributeNames: { '#o': 'other' },
              ExpressionAttributeValues: { ':o': { N: '1' } },
            },
          },
        ],
        { table: { Items: [obj(['pk', { S: 'a' }], [name, { S: 'v' }])] } },
      )
      const [record] = deliveredRecords(report)
      expect(record.eventName).toBe('MODIFY')
      expect(JSON.stringify(record.dynamodb.OldImage)).toBe(
        JSON.stringify(obj(['pk', { S: 'a' }], [name, { S: 'v' }])),
      )
      expect(Object.keys(sim.tableItems()[0])).toEqual(['pk', name, 'other'])
    })

    it.each([
      ['plain JSON put', { atMs: 0, put: obj(['pk', 'a'], [name, 'v']) }],
      [
        'DynamoDB JSON PutItem',
        { atMs: 0, PutItem: { Item: obj(['pk', { S: 'a' }], [name, { S: 'v' }]) } },
      ],
    ])('%s gives an INSERT whose NewImage has the attribute', (_kind, write) => {
      const { report } = run([write])
      const [record] = deliveredRecords(report)
      expect(record.eventName).toBe('INSERT')
      expect(Object.keys(record.dynamodb.NewImage as object)).toEqual(['pk', name])
      expect(Object.getOwnPropertyDescriptor(record.dynamodb.NewImage, name)?.value).toEqual({
        S: 'v',
      })
    })

    it('UpdateItem SET then REMOVE through #a give MODIFY records with the right images; a repeat SET is a no-op', () => {
      const update = (atMs: number, expression: string, values?: Record<string, unknown>) => ({
        atMs,
        UpdateItem: {
          Key: { pk: { S: 'a' } },
          UpdateExpression: expression,
          ExpressionAttributeNames: { '#a': name },
          ...(values ? { ExpressionAttributeValues: values } : {}),
        },
      })
      const { report } = run([
        { atMs: 0, put: { pk: 'a' } },
        update(10, 'SET #a = :v', { ':v': { S: 'x' } }),
        update(20, 'SET #a = :v', { ':v': { S: 'x' } }),
        update(30, 'REMOVE #a'),
      ])
      expect(report.writes.map((w) => w.result)).toEqual(['record', 'record', 'noop', 'record'])
      const records = deliveredRecords(report)
      expect(records.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'MODIFY'])
      expect(records[1].dynamodb.OldImage).toEqual({ pk: { S: 'a' } })
      expect(JSON.stringify(records[1].dynamodb.NewImage)).toBe(
        JSON.stringify(obj(['pk', { S: 'a' }], [name, { S: 'x' }])),
      )
      expect(JSON.stringify(records[2].dynamodb.OldImage)).toBe(
        JSON.stringify(obj(['pk', { S: 'a' }], [name, { S: 'x' }])),
      )
      expect(records[2].dynamodb.NewImage).toEqual({ pk: { S: 'a' } })
    })

    it('a ConditionExpression sees the attribute only when the item has it', () => {
      const guarded = (atMs: number, condition: string) => ({
        atMs,
        PutItem: {
          Item: { pk: { S: 'a' }, n: { N: String(atMs) } },
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#a': name },
        },
      })
      const { report } = run([
        { atMs: 0, put: { pk: 'a' } },
        guarded(10, 'attribute_exists(#a)'),
        { atMs: 20, put: obj(['pk', 'a'], [name, 'v']) },
        guarded(30, 'attribute_not_exists(#a)'),
        guarded(40, 'attribute_exists(#a)'),
      ])
      expect(report.writes.map((w) => [w.result, w.error])).toEqual([
        ['record', null],
        ['rejected', 'ConditionalCheckFailedException: The conditional request failed'],
        ['record', null],
        ['rejected', 'ConditionalCheckFailedException: The conditional request failed'],
        ['record', null],
      ])
    })

    it('a filter pattern on the attribute matches only the records that have it', () => {
      const pattern = JSON.stringify({ dynamodb: { NewImage: obj([name, { S: ['v'] }]) } })
      const { report } = run(
        [
          { atMs: 0, put: { pk: 'a' } },
          { atMs: 0, put: obj(['pk', 'b'], [name, 'v']) },
          { atMs: 0, put: obj(['pk', 'c'], [name, 'w']) },
        ],
        {
          mapping: {
            StartingPosition: 'TRIM_HORIZON',
            FilterCriteria: { Filters: [{ Pattern: pattern }] },
          },
        },
      )
      expect(report.records.map((r) => r.fate)).toEqual(['filtered', 'processed', 'filtered'])
    })

    it('the report JSON keeps the attribute as a key', () => {
      const { report } = run([{ atMs: 0, put: obj(['pk', name], [name, 'v']) }])
      const parsed = JSON.parse(JSON.stringify(report)) as typeof report
      const [record] = deliveredRecords(parsed)
      expect(Object.getOwnPropertyDescriptor(record.dynamodb.NewImage, name)?.value).toEqual({
        S: 'v',
      })
    })

    it('a share link keeps the attribute', () => {
      const file = scenarioFile({ writes: [{ atMs: 0, put: obj(['pk', 'a'], [name, 'v']) }] })
      const decoded = decodeShareHash(encodeShareHash(file))
      expect(decoded).toEqual({ ok: true, json: file })
      if (!decoded.ok) return
      const { writes } = decoded.json as { writes: Array<{ put: object }> }
      expect(Object.keys(writes[0].put)).toEqual(['pk', name])
    })
  })

  it('a key attribute may be named like an Object property too', () => {
    const { report } = runScripted(
      normalized(
        scenarioFile({
          table: {
            KeySchema: [
              { AttributeName: 'constructor', KeyType: 'HASH' },
              { AttributeName: '__proto__', KeyType: 'RANGE' },
            ],
            AttributeDefinitions: [
              { AttributeName: 'constructor', AttributeType: 'S' },
              { AttributeName: '__proto__', AttributeType: 'N' },
            ],
          },
          writes: [{ atMs: 0, put: obj(['constructor', 'c'], ['__proto__', 1]) }],
        }),
      ),
      succeed,
    )
    expect(JSON.stringify(report.records.map((r) => r.keys))).toBe(
      '[{"constructor":{"S":"c"},"__proto__":{"N":"1"}}]',
    )
  })
})
