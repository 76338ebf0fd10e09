import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted, succeed } from '../testing/runScripted'
import { validateScenario } from '../scenario'
import { EVENT_ID, SEQUENCE_NUMBER, STREAM_ARN, T0, fates, matching } from '../testing/expectations'

type Delivered = { eventName: string; dynamodb: Record<string, unknown>; [key: string]: unknown }

function table(
  keyName: string,
  keyType: string,
  viewType: string,
  extra: Record<string, unknown> = {},
) {
  return {
    KeySchema: [{ AttributeName: keyName, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: keyName, AttributeType: keyType }],
    StreamSpecification: { StreamEnabled: true, StreamViewType: viewType },
    ...extra,
  }
}

/** Runs the writes with a succeeding handler and returns every delivered record, in stream order. */
function deliver(overrides: Record<string, unknown>): Delivered[] {
  const { report } = runScripted(normalized(scenarioFile(overrides)), succeed)
  return report.invocations.flatMap((i) => (i.event as { Records: Delivered[] }).Records)
}

const insertModifyRemove = [
  { atMs: 0, PutItem: { Item: { pk: { S: 'a' }, v: { N: '1' } } } },
  { atMs: 10, PutItem: { Item: { pk: { S: 'a' }, v: { N: '2' } } } },
  { atMs: 20, DeleteItem: { Key: { pk: { S: 'a' } } } },
]
const keys = { pk: { S: 'a' } }
const v1 = { pk: { S: 'a' }, v: { N: '1' } }
const v2 = { pk: { S: 'a' }, v: { N: '2' } }

describe('DynamoDB stream records', () => {
  it("A1.1: the record carries the table's StreamViewType (KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES)", () => {
    for (const view of ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']) {
      const records = deliver({ table: table('pk', 'S', view), writes: puts(1) })
      expect(records.map((r) => r.dynamodb.StreamViewType)).toEqual([view])
    }
  })

  it('A1.2: images by view type: INSERT/MODIFY/REMOVE carry exactly the images their view type allows', () => {
    const images = (view: string) =>
      deliver({ table: table('pk', 'S', view), writes: insertModifyRemove }).map((r) => ({
        eventName: r.eventName,
        Keys: r.dynamodb.Keys,
        OldImage: r.dynamodb.OldImage,
        NewImage: r.dynamodb.NewImage,
      }))
    const u = undefined
    expect(images('KEYS_ONLY')).toEqual([
      { eventName: 'INSERT', Keys: keys, OldImage: u, NewImage: u },
      { eventName: 'MODIFY', Keys: keys, OldImage: u, NewImage: u },
      { eventName: 'REMOVE', Keys: keys, OldImage: u, NewImage: u },
    ])
    expect(images('NEW_AND_OLD_IMAGES')).toEqual([
      { eventName: 'INSERT', Keys: keys, OldImage: u, NewImage: v1 },
      { eventName: 'MODIFY', Keys: keys, OldImage: v1, NewImage: v2 },
      { eventName: 'REMOVE', Keys: keys, OldImage: v2, NewImage: u },
    ])
    expect(images('NEW_IMAGE')).toEqual([
      { eventName: 'INSERT', Keys: keys, OldImage: u, NewImage: v1 },
      { eventName: 'MODIFY', Keys: keys, OldImage: u, NewImage: v2 },
      { eventName: 'REMOVE', Keys: keys, OldImage: u, NewImage: u },
    ])
    expect(images('OLD_IMAGE')).toEqual([
      { eventName: 'INSERT', Keys: keys, OldImage: u, NewImage: u },
      { eventName: 'MODIFY', Keys: keys, OldImage: v1, NewImage: u },
      { eventName: 'REMOVE', Keys: keys, OldImage: v2, NewImage: u },
    ])
  })

  it('A1.3: a PutItem, UpdateItem or DeleteItem that changes nothing writes no stream record', () => {
    const item = { pk: { S: 'a' }, v: { N: '1' } }
    const file = scenarioFile({
      writes: [
        { atMs: 0, PutItem: { Item: item } },
        { atMs: 10, PutItem: { Item: item } },
        {
          atMs: 20,
          UpdateItem: {
            Key: keys,
            UpdateExpression: 'SET v = :v',
            ExpressionAttributeValues: { ':v': { N: '1' } },
          },
        },
        { atMs: 30, DeleteItem: { Key: { pk: { S: 'missing' } } } },
        { atMs: 40, PutItem: { Item: { pk: { S: 'a' }, v: { N: '2' } } } },
      ],
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(report.writes.map((w) => [w.index, w.result, w.recordIndex])).toEqual([
      [0, 'record', 0],
      [1, 'noop', null],
      [2, 'noop', null],
      [3, 'noop', null],
      [4, 'record', 1],
    ])
    expect(report.records.map((r) => [r.eventName, r.createdAtMs])).toEqual([
      ['INSERT', 0],
      ['MODIFY', 40],
    ])
  })

  it('A1.4: each record appears exactly once, in the order of the modifications, with increasing sequence numbers', () => {
    const writes = Array.from({ length: 30 }, (_, i) => ({
      atMs: i * 100,
      PutItem: { Item: { pk: { S: `k${i % 3}` }, n: { N: String(i) } } },
    }))
    const { report } = runScripted(
      normalized(scenarioFile({ writes, mapping: { BatchSize: 4 } })),
      succeed,
    )
    const delivered = report.invocations.flatMap((i) => i.recordIndexes)
    expect(delivered).toEqual(Array.from({ length: 30 }, (_, i) => i))
    const seqs = report.records.map((r) => BigInt(r.sequenceNumber))
    expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1])).toBe(true)
    const perKey = (key: string) =>
      report.invocations
        .flatMap((i) => (i.event as { Records: Delivered[] }).Records)
        .filter((r) => (r.dynamodb.Keys as { pk: { S: string } }).pk.S === key)
        .map((r) => (r.dynamodb.NewImage as { n: { N: string } }).n.N)
    expect(perKey('k1')).toEqual(['1', '4', '7', '10', '13', '16', '19', '22', '25', '28'])
  })

  it('A1.5: a record left unread for 24 hours is trimmed (fate expired); younger ones are still read', () => {
    const file = scenarioFile({
      durationSeconds: 100_000,
      writes: [...puts(1), ...puts(1, { atMs: 86_000_000, prefix: 'late' })],
      mappingCreatedAtMs: 86_400_000,
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(fates(report)).toEqual(['expired', 'processed'])
    expect(report.invocations.map((i) => [i.startMs, i.recordIndexes])).toEqual([[86_401_000, [1]]])
  })

  it('A1.5: with the mapping disabled, records older than 24 h at the end of the run are reported expired', () => {
    const file = scenarioFile({
      durationSeconds: 90_000,
      mapping: { Enabled: false },
      writes: [...puts(1, { atMs: 1_000 }), ...puts(1, { atMs: 10_000_000, prefix: 'young' })],
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(fates(report)).toEqual(['expired', 'pending'])
    expect(report.invocations).toEqual([])
  })

  it('A1.6: the delivered record has the exact JSON shape, eventVersion 1.1 and ApproximateCreationDateTime in epoch seconds', () => {
    const file = scenarioFile({
      writes: [{ atMs: 1_999, PutItem: { Item: { pk: { S: 'a' }, bin: { B: 'Zm9vYmFy' } } } }],
    })
    const { report } = runScripted(normalized(file), succeed)
    const record = (report.invocations[0].event as { Records: Delivered[] }).Records[0]
    expect(record).toEqual({
      eventID: matching(EVENT_ID),
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: T0 / 1000 + 1,
        Keys: { pk: { S: 'a' } },
        NewImage: { pk: { S: 'a' }, bin: { B: 'Zm9vYmFy' } },
        SequenceNumber: report.records[0].sequenceNumber,
        SizeBytes: 3 + 3 + 9, // Keys pk+"a"; NewImage adds bin + 6 raw bytes
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: STREAM_ARN,
    })
    expect(Object.keys(record)).toEqual([
      'eventID',
      'eventName',
      'eventVersion',
      'eventSource',
      'awsRegion',
      'dynamodb',
      'eventSourceARN',
    ])
    expect(report.records[0].sequenceNumber).toMatch(SEQUENCE_NUMBER)
    expect(report.streamArn).toBe(STREAM_ARN)
  })

  it('A1.7: SizeBytes worked examples: 70, 12, 26 then 59, and 80 for a MODIFY with both images', () => {
    const size = (overrides: Record<string, unknown>) =>
      deliver(overrides).map((r) => [r.eventName, r.dynamodb.SizeBytes])
    expect(
      size({
        table: table('my_partition_key', 'S', 'NEW_IMAGE'),
        writes: [
          {
            atMs: 0,
            PutItem: {
              Item: { my_partition_key: { S: 'hello world' }, binary_key: { B: 'Zm9vYmFy' } },
            },
          },
        ],
      }),
    ).toEqual([['INSERT', 70]])
    expect(
      size({
        table: table('Username', 'S', 'KEYS_ONLY'),
        writes: [{ atMs: 0, PutItem: { Item: { Username: { S: 'Fred' } } } }],
      }),
    ).toEqual([['INSERT', 12]])
    expect(
      size({
        table: table('Id', 'N', 'NEW_AND_OLD_IMAGES'),
        writes: [
          { atMs: 0, PutItem: { Item: { Message: { S: 'New item!' }, Id: { N: '101' } } } },
          {
            atMs: 10,
            PutItem: { Item: { Message: { S: 'This item has changed' }, Id: { N: '101' } } },
          },
        ],
      }),
    ).toEqual([
      ['INSERT', 26],
      ['MODIFY', 59],
    ])
    // Keys 11 (pk + "user-0001") + OldImage 25 + NewImage 44 ("Alice Smith-Jones, Ph.D.", age 31).
    expect(
      size({
        writes: [
          {
            atMs: 0,
            PutItem: { Item: { pk: { S: 'user-0001' }, name: { S: 'Alice' }, age: { N: '30' } } },
          },
          {
            atMs: 10,
            PutItem: {
              Item: {
                pk: { S: 'user-0001' },
                name: { S: 'Alice Smith-Jones, Ph.D.' },
                age: { N: '31' },
              },
            },
          },
        ],
      }),
    ).toEqual([
      ['INSERT', 36],
      ['MODIFY', 80],
    ])
  })

  it('A1.8: a TTL expiry makes a REMOVE record with the DynamoDB service userIdentity at the first whole minute', () => {
    const expiresAt = T0 / 1000 + 90 // expired at 90 000 ms, deleted at 120 000 ms
    const file = scenarioFile({
      table: { TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true } },
      writes: [
        { atMs: 0, PutItem: { Item: { pk: { S: 'a' }, expiresAt: { N: String(expiresAt) } } } },
      ],
      durationSeconds: 180,
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(report.records.map((r) => [r.eventName, r.createdAtMs])).toEqual([
      ['INSERT', 0],
      ['REMOVE', 120_000],
    ])
    const remove = (report.invocations[1].event as { Records: Delivered[] }).Records[0]
    expect(remove).toEqual({
      eventID: matching(EVENT_ID),
      eventName: 'REMOVE',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: T0 / 1000 + 120,
        Keys: { pk: { S: 'a' } },
        OldImage: { pk: { S: 'a' }, expiresAt: { N: String(expiresAt) } },
        SequenceNumber: report.records[1].sequenceNumber,
        SizeBytes: 3 + 3 + 9 + 6, // Keys; OldImage: pk, expiresAt + N of 10 digits (ceil(10/2)+1)
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: STREAM_ARN,
      userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' },
    })
    expect(report.invocations.map((i) => i.startMs)).toEqual([1_000, 120_020]) // the lane last polled at 1 020 (after the first completion): 1 020 + 476 × 250
    const insert = (report.invocations[0].event as { Records: Delivered[] }).Records[0]
    expect('userIdentity' in insert).toBe(false)
  })

  it('A1.8: an item expiring exactly on a whole minute is deleted at that minute; one expiring just after waits a minute', () => {
    const item = (pk: string, offsetS: number) => ({
      atMs: 0,
      PutItem: { Item: { pk: { S: pk }, ttl: { N: String(T0 / 1000 + offsetS) } } },
    })
    const file = scenarioFile({
      table: { TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true } },
      writes: [item('on-minute', 120), item('just-after', 121)],
      durationSeconds: 300,
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(
      report.records.map((r) => [
        r.eventName,
        (r.keys as { pk: { S: string } }).pk.S,
        r.createdAtMs,
      ]),
    ).toEqual([
      ['INSERT', 'on-minute', 0],
      ['INSERT', 'just-after', 0],
      ['REMOVE', 'on-minute', 120_000],
      ['REMOVE', 'just-after', 180_000],
    ])
  })

  it('A1.9: an item over 400 KB is rejected with ValidationException and makes no record', () => {
    const tooBig = scenarioFile({
      writes: [
        { atMs: 0, PutItem: { Item: { pk: { S: 'big' }, blob: { S: 'x'.repeat(409_600) } } } },
      ],
    })
    const result = validateScenario(tooBig)
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'writes[0]',
        message: 'ValidationException: Item size has exceeded the maximum allowed size',
      },
    ])
    const growing = scenarioFile({
      writes: [
        { atMs: 0, PutItem: { Item: { pk: { S: 'a' }, blob: { S: 'x'.repeat(300_000) } } } },
        {
          atMs: 10,
          UpdateItem: {
            Key: keys,
            UpdateExpression: 'SET more = :m',
            ExpressionAttributeValues: { ':m': { S: 'y'.repeat(200_000) } },
          },
        },
      ],
    })
    const { report } = runScripted(normalized(growing), succeed)
    expect(report.writes.map((w) => [w.result, w.recordIndex, w.error])).toEqual([
      ['record', 0, null],
      [
        'rejected',
        null,
        'ValidationException: Item size to update has exceeded the maximum allowed size',
      ],
    ])
    expect(report.records.map((r) => r.eventName)).toEqual(['INSERT'])
  })

  it('A12: an UpdateItem whose result would nest 32 levels is rejected at run time and makes no record', () => {
    // 16 map levels around a string are stored; SET puts 16 more, plus a string, at level 17: 33 levels.
    const wrapped = (levels: number) => {
      let value: unknown = { S: 'leaf' }
      for (let i = 0; i < levels; i++) value = { M: { a: value } }
      return value
    }
    const value = wrapped(16)
    const path = Array<string>(17).fill('a').join('.')
    const deep = scenarioFile({
      writes: [
        { atMs: 0, PutItem: { Item: { pk: { S: 'a' }, a: value } } },
        {
          atMs: 10,
          UpdateItem: {
            Key: keys,
            UpdateExpression: `SET ${path} = :deep`,
            ExpressionAttributeValues: { ':deep': wrapped(16) },
          },
        },
      ],
    })
    const { report } = runScripted(normalized(deep), succeed)
    expect(report.writes.map((w) => [w.result, w.recordIndex, w.error])).toEqual([
      ['record', 0, null],
      [
        'rejected',
        null,
        'ValidationException: Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit',
      ],
    ])
    expect(report.records.map((r) => r.eventName)).toEqual(['INSERT'])
  })

  it('A1.10: one poll (GetRecords) reads at most 1,000 records', () => {
    const file = scenarioFile({ writes: puts(1_500), mapping: { BatchSize: 10_000 } })
    const { sim, report } = runScripted(normalized(file), succeed)
    const polls = sim
      .journal()
      .flatMap((e) => (e.type === 'polled' ? [[e.atMs, e.recordIndexes.length]] : []))
    expect(polls).toEqual([
      [1_000, 1_000],
      [1_020, 500],
    ])
    expect(report.invocations.map((i) => [i.startMs, i.recordIndexes.length])).toEqual([
      [1_000, 1_000],
      [1_020, 500],
    ])
  })
})
