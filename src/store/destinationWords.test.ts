import { describe, expect, it } from 'vitest'
import type { RecordFate } from '../engine'
import type { RecordView } from '../protocol/simProtocol'
import {
  batchPointerOf,
  compareSequenceNumbers,
  describeCoverage,
  destinationCoverages,
  pointerNote,
  sameCoverage,
  snsInnerMessage,
} from './destinationWords'

const SHARDS = ['shardId-a', 'shardId-b']

const record = (index: number, shard: number, seq: string, fate: RecordFate = 'destination') =>
  ({
    index,
    shard,
    fate,
    record: { dynamodb: { SequenceNumber: seq, Keys: { pk: { S: `job-${index + 1}` } } } },
  }) as unknown as RecordView

const records = [
  record(0, 0, '900000000000000000100', 'processed'),
  record(1, 0, '900000000000000000200'),
  record(2, 1, '900000000000000000250', 'processed'),
  record(3, 0, '900000000000000000300', 'filtered'),
  record(4, 0, '900000000000000000400'),
  record(5, 0, '900000000000000000500', 'processed'),
]

const message = (shardId: string, start: string, end: string, batchSize: number) => ({
  requestContext: { condition: 'RetryAttemptsExhausted' },
  DDBStreamBatchInfo: { shardId, startSequenceNumber: start, endSequenceNumber: end, batchSize },
})

describe('a destination message in words (issue 11, "What a destination message covers")', () => {
  it('compares sequence numbers as numbers, not as text', () => {
    expect(compareSequenceNumbers('99', '100')).toBeLessThan(0)
    expect(compareSequenceNumbers('200', '200')).toBe(0)
    expect(compareSequenceNumbers('201', '200')).toBeGreaterThan(0)
  })

  it('reads the batch pointer, and nothing from a message without one', () => {
    expect(batchPointerOf(message('shardId-a', '1', '2', 2))).toEqual({
      shardId: 'shardId-a',
      startSequenceNumber: '1',
      endSequenceNumber: '2',
      batchSize: 2,
    })
    expect(batchPointerOf({ requestContext: {} })).toBeUndefined()
    expect(batchPointerOf({ DDBStreamBatchInfo: { shardId: 1 } })).toBeUndefined()
  })

  // docs/semantics.md A6.2: the failure record names a shard and a range of sequence numbers.
  it('names the records of its shard in its range by key, leaving filtered ones out', () => {
    const d = { message: message('shardId-a', '900000000000000000200', '900000000000000000400', 2) }
    const [coverage] = destinationCoverages([d], records, SHARDS)
    expect(coverage?.shard).toBe(0)
    expect(coverage?.records).toEqual([
      { index: 1, label: 'job-2' },
      { index: 4, label: 'job-5' },
    ])
    expect(coverage && describeCoverage(coverage)).toBe('Covers 2 records of shard 0:')
  })

  it('says how many records of the range the list no longer holds, and an unknown shard by id', () => {
    const d = { message: message('shardId-z', '1', '9', 3) }
    const [coverage] = destinationCoverages([d], records, SHARDS)
    expect(coverage?.records).toEqual([])
    expect(coverage && describeCoverage(coverage)).toBe(
      'Covers 3 records of shardId-z (3 no longer listed here):',
    )
    const [one, none] = destinationCoverages(
      [
        { message: message('shardId-b', '900000000000000000250', '900000000000000000250', 1) },
        { message: {} },
      ],
      records,
      SHARDS,
    )
    expect(one && describeCoverage(one)).toBe('Covers 1 record of shard 1:')
    expect(none).toBeUndefined()
  })

  it('says SQS and SNS receive a pointer, S3 the records too', () => {
    expect(pointerNote('sqs')).toBe(
      'An SQS destination receives a pointer to the records (their shard and sequence numbers), not their data: read them from the stream within 24 h, before they are trimmed.',
    )
    expect(pointerNote('sns')).toMatch(/^An SNS destination receives a pointer/)
    expect(pointerNote('s3')).toBe(
      'An S3 destination receives the records themselves (payload) besides their shard and sequence numbers.',
    )
  })

  it("parses SNS's inner Message, and gives up on one that is not JSON", () => {
    expect(snsInnerMessage({ Type: 'Notification', Message: '{"a":{"b":[1,2]}}' })).toEqual({
      a: { b: [1, 2] },
    })
    expect(snsInnerMessage({ Message: 'not json' })).toBeUndefined()
    expect(snsInnerMessage({ Message: 3 })).toBeUndefined()
    expect(snsInnerMessage(null)).toBeUndefined()
  })

  it("tells when a message's words change, so the list redraws only that message", () => {
    const d = { message: message('shardId-a', '900000000000000000200', '900000000000000000400', 2) }
    const [before] = destinationCoverages([d], records.slice(0, 2), SHARDS)
    const [same] = destinationCoverages([d], records.slice(0, 3), SHARDS)
    const [more] = destinationCoverages([d], records, SHARDS)
    expect(sameCoverage(before, same)).toBe(true)
    expect(sameCoverage(before, more)).toBe(false)
    expect(sameCoverage(undefined, undefined)).toBe(true)
    expect(sameCoverage(before, undefined)).toBe(false)
  })
})
