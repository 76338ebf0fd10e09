import { describe, expect, it } from 'vitest'
import { virtualMs } from '../engine'
import { narrate } from './narration'

const PROBLEM =
  'PROBLEM: Cannot access stream arn:s. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.'

describe('narration of the execution role (docs/semantics.md D17)', () => {
  it('D17: a removed permission, the failed read, a refused delivery and the restored role, each with D17', () => {
    const sentences = narrate({
      events: [
        {
          type: 'roleChanged',
          atMs: virtualMs(3_000),
          removed: ['dynamodb:GetRecords'],
          live: true,
        },
        {
          type: 'permissionDenied',
          atMs: virtualMs(3_000),
          step: 'read',
          missing: ['dynamodb:GetRecords'],
          message: PROBLEM,
          recordIndexes: [],
        },
        {
          type: 'permissionDenied',
          atMs: virtualMs(4_000),
          step: 'destination',
          kind: 'sqs',
          missing: ['sqs:SendMessage'],
          message:
            'The provided execution role does not have permissions to call SendMessage on SQS',
          recordIndexes: [0],
        },
        { type: 'roleChanged', atMs: virtualMs(9_000), removed: [], live: true },
      ],
      firstEventNumber: 0,
      batches: new Map(),
      labels: new Map([[0, 'order-1']]),
    })
    expect(sentences.map((s) => [s.text, s.rule.id])).toEqual([
      ['The execution role no longer allows dynamodb:GetRecords.', 'D17'],
      [
        `Lambda can no longer read the stream, so nothing new is invoked. LastProcessingResult: ${PROBLEM}`,
        'D17',
      ],
      [
        'The failure record about #0 (order-1) was not delivered (The provided execution role does not have permissions to call SendMessage on SQS): the records are dropped.',
        'D17',
      ],
      ['The execution role has every permission again.', 'D17'],
    ])
  })
})
