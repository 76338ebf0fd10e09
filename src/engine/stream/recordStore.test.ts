import { describe, expect, it } from 'vitest'
import { createRng } from '../rng'
import { virtualMs } from '../clock'
import { RecordStore } from './recordStore'
import type { EpochMs } from '../clock'

const CONTEXT = {
  region: 'us-east-1',
  streamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/T/stream/x',
  clockStartMs: 1_700_000_000_000 as EpochMs,
  keySchema: { hash: { name: 'pk', type: 'S' as const } },
  streamViewType: 'NEW_AND_OLD_IMAGES' as const,
  shards: 1,
}

/** Appends an INSERT of `{pk: "a"}` whose sequence number is `step` above the previous one. */
function append(store: RecordStore, step: number, eventIdWord: () => number): number {
  return store.append(undefined, { pk: { S: 'a' } }, 0, virtualMs(1500), step, eventIdWord)
}

const zeros = () => 0

describe('the columnar record store (issue 13)', () => {
  it.each([
    ['the carry out of the low 15 digits', 3n * 10n ** 20n + 10n ** 15n - 5000n],
    ['a carry into the kept digits before the last nine', 10n ** 20n + 2n * 10n ** 9n - 5000n],
  ])('gives the sequence numbers BigInt arithmetic gives, across %s', (_, base) => {
    const store = new RecordStore(CONTEXT, base)
    let expected = base
    const got: string[] = []
    const want: string[] = []
    for (const step of [1, 999, 4000, 4096, 4096, 1]) {
      expected += BigInt(step)
      want.push(expected.toString())
      got.push(store.sequenceNumber(append(store, step, zeros)))
    }
    // Printed again out of order, each is still its own.
    want.push(want[0])
    got.push(store.sequenceNumber(0))
    expect(got).toEqual(want)
  })

  it('prints the eventID as the rng prints the same 128 bits', () => {
    const a = createRng(5, 'eventId')
    const b = createRng(5, 'eventId')
    const store = new RecordStore(CONTEXT, 10n ** 20n)
    const index = append(store, 1, b.word)
    expect(store.eventId(index)).toBe(a.hex(32))
  })

  it('copies independently: a fate set or a record appended in the copy leaves the original as it was', () => {
    const store = new RecordStore(CONTEXT, 10n ** 20n)
    for (let i = 0; i < 1500; i++) append(store, 1, () => i)
    const copy = store.clone()
    copy.setFate(3, 'processed')
    append(copy, 1, () => 9)
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
    const index = store.append(undefined, itemOfWrite(42), 42, virtualMs(1500), 1, () => 0, true)
    expect(store.delivered(index).dynamodb.NewImage).toEqual({ pk: { S: 'a' }, n: { N: '42' } })
    expect(store.keys(index)).toEqual({ pk: { S: 'a' } })
  })
})
