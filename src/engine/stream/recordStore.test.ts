import { describe, expect, it } from 'vitest'
import { createRng } from '../rng'
import { virtualMs } from '../clock'
import { RecordStore, type NewRecord } from './recordStore'
import type { EpochMs } from '../clock'

const CONTEXT = {
  region: 'us-east-1',
  streamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/T/stream/x',
  clockStartMs: 1_700_000_000_000 as EpochMs,
  keySchema: { hash: { name: 'pk', type: 'S' as const } },
  streamViewType: 'NEW_AND_OLD_IMAGES' as const,
}

function record(step: number, words: [number, number, number, number]): NewRecord {
  return {
    shard: 0,
    keyHash: 7,
    createdAtMs: virtualMs(1500),
    eventName: 'INSERT',
    sizeBytes: 10,
    writeIndex: 0,
    sequenceStep: step,
    eventIdWords: words,
    newImage: { pk: { S: 'a' } },
    oldImage: undefined,
    keys: undefined,
  }
}

describe('the columnar record store (issue 13)', () => {
  it('gives the sequence numbers BigInt arithmetic gives, across the carry out of the low 15 digits', () => {
    const base = 3n * 10n ** 20n + 10n ** 15n - 5000n
    const store = new RecordStore(CONTEXT, base)
    let expected = base
    const got: string[] = []
    const want: string[] = []
    for (const step of [1, 999, 4000, 4096, 4096, 1]) {
      expected += BigInt(step)
      want.push(expected.toString())
      got.push(store.sequenceNumber(store.append(record(step, [0, 0, 0, 0]))))
    }
    expect(got).toEqual(want)
  })

  it('prints the eventID as the rng prints the same 128 bits', () => {
    const a = createRng(5, 'eventId')
    const b = createRng(5, 'eventId')
    const store = new RecordStore(CONTEXT, 10n ** 20n)
    const index = store.append(record(1, [b.word(), b.word(), b.word(), b.word()]))
    expect(store.eventId(index)).toBe(a.hex(32))
  })

  it('copies independently: a fate set or a record appended in the copy leaves the original as it was', () => {
    const store = new RecordStore(CONTEXT, 10n ** 20n)
    for (let i = 0; i < 1500; i++) store.append(record(1, [i, 0, 0, 0]))
    const copy = store.clone()
    copy.setFate(3, 'processed')
    copy.append(record(1, [9, 9, 9, 9]))
    expect([store.fate(3), store.length, copy.fate(3), copy.length]).toEqual([
      'pending',
      1500,
      'processed',
      1501,
    ])
    expect(copy.delivered(1499)).toEqual(store.delivered(1499))
  })

  it('a new image kept as its write index is made again, equal, when the record is delivered', () => {
    const itemOfWrite = (index: number) => ({ pk: { S: 'a' }, n: { N: String(index) } })
    const store = new RecordStore({ ...CONTEXT, itemOfWrite }, 10n ** 20n)
    const index = store.append({
      ...record(1, [0, 0, 0, 0]),
      writeIndex: 42,
      newImage: itemOfWrite(42),
      newImageOfWrite: true,
    })
    expect(store.delivered(index).dynamodb.NewImage).toEqual({ pk: { S: 'a' }, n: { N: '42' } })
    expect(store.keys(index)).toEqual({ pk: { S: 'a' } })
  })
})
