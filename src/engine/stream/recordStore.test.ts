import { describe, expect, it } from 'vitest'
import { createRng } from '../rng'
import { virtualMs } from '../clock'
import { RecordStore } from './recordStore'
import { STREAM_CONTEXT as CONTEXT } from './streamContextFixture'

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

  it("lists each shard's records in stream order; a stream of one shard lists them by position", () => {
    const store = new RecordStore({ ...CONTEXT, shards: 3 }, 10n ** 20n)
    const keys = ['a', 'b', 'c', 'd', 'e', 'f']
    for (const key of keys) store.append(undefined, { pk: { S: key } }, 0, virtualMs(1), 1, zeros)
    const lists = [0, 1, 2].map((shard) =>
      Array.from({ length: store.shardLength(shard) }, (_, at) => store.shardRecord(shard, at)),
    )
    expect(lists.flat().sort()).toEqual([0, 1, 2, 3, 4, 5])
    for (const [shard, list] of lists.entries()) {
      expect(list).toEqual([...list].sort())
      for (const index of list) expect(store.shard(index)).toBe(shard)
    }
    const single = new RecordStore(CONTEXT, 10n ** 20n)
    append(single, 1, zeros)
    append(single, 1, zeros)
    expect([single.shardLength(0), single.shardRecord(0, 1)]).toEqual([2, 1])
  })

  it('new images of writes, own new images and removes mixed: each record delivers its own', () => {
    const itemOfWrite = (index: number) => ({ pk: { S: 'a' }, n: { N: String(index) } })
    const store = new RecordStore({ ...CONTEXT, itemOfWrite }, 10n ** 20n)
    const own = { pk: { S: 'a' }, n: { N: '7' } }
    store.append(undefined, itemOfWrite(1), 1, virtualMs(1), 1, zeros, true)
    store.append(itemOfWrite(1), undefined, 2, virtualMs(2), 1, zeros)
    store.append(undefined, own, 3, virtualMs(3), 1, zeros)
    store.append(own, itemOfWrite(4), 4, virtualMs(4), 1, zeros, true)
    const images = [0, 1, 2, 3].map((i) => store.delivered(i).dynamodb)
    expect(images.map((image) => [image.NewImage?.n, image.OldImage?.n])).toEqual([
      [{ N: '1' }, undefined],
      [undefined, { N: '1' }],
      [{ N: '7' }, undefined],
      [{ N: '4' }, { N: '7' }],
    ])
    expect(store.clone().delivered(2).dynamodb.NewImage).toEqual(own)
  })
})
