import { describe, expect, it } from 'vitest'
import { createRng } from '../rng'
import { virtualMs } from '../clock'
import { RecordStore } from './recordStore'
import { STREAM_CONTEXT as CONTEXT } from './streamContextFixture'

/** Appends an INSERT of `{pk: "a"}`. */
function append(store: RecordStore): number {
  return store.append(undefined, { pk: { S: 'a' } }, 0, virtualMs(1500))
}

/** Record positions read backwards, then every seventh, so reads jump behind the last one and far ahead. */
const READ_ORDER = (count: number) => [
  ...Array.from({ length: count }, (_, i) => count - 1 - i),
  ...Array.from({ length: count }, (_, i) => (i * 7) % count),
]

describe('the columnar record store (issue 13)', () => {
  it.each([
    ['the carry out of the low 15 digits', 3n * 10n ** 20n + 10n ** 15n - 5000n, 12],
    ['a carry into the kept digits before the last nine', 10n ** 20n + 2n * 10n ** 9n - 5000n, 12],
    ['many checkpoints of the draws', 10n ** 20n, 300],
  ])(
    'gives the sequence numbers BigInt arithmetic gives over the steps the rng draws, across %s',
    (_, base, count) => {
      const rng = createRng(5, 'sequence')
      const store = new RecordStore(CONTEXT, base)
      let expected = base
      const want: string[] = []
      for (let i = 0; i < count; i++) {
        expected += BigInt(rng.int(1, 4096))
        want.push(expected.toString())
        append(store)
      }
      const order = READ_ORDER(count)
      expect(order.map((i) => store.sequenceNumber(i))).toEqual(order.map((i) => want[i]))
    },
  )

  it('prints each eventID as the rng prints the same 128 bits, read in any order', () => {
    const rng = createRng(5, 'eventId')
    const store = new RecordStore(CONTEXT, 10n ** 20n)
    const want = Array.from({ length: 300 }, () => (append(store), rng.hex(32)))
    const order = READ_ORDER(300)
    expect(order.map((i) => store.eventId(i))).toEqual(order.map((i) => want[i]))
  })

  it('copies independently: a fate set or a record appended in the copy leaves the original as it was', () => {
    const store = new RecordStore(CONTEXT, 10n ** 20n)
    for (let i = 0; i < 1500; i++) append(store)
    const copy = store.clone()
    copy.setFate(3, 'processed')
    append(copy)
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
    const index = store.append(undefined, itemOfWrite(42), 42, virtualMs(1500), true)
    expect(store.delivered(index).dynamodb.NewImage).toEqual({ pk: { S: 'a' }, n: { N: '42' } })
    expect(store.keys(index)).toEqual({ pk: { S: 'a' } })
  })

  it("lists each shard's records in stream order; a stream of one shard lists them by position", () => {
    const store = new RecordStore({ ...CONTEXT, shards: 3 }, 10n ** 20n)
    const keys = ['a', 'b', 'c', 'd', 'e', 'f']
    for (const key of keys) store.append(undefined, { pk: { S: key } }, 0, virtualMs(1))
    const lists = [0, 1, 2].map((shard) =>
      Array.from({ length: store.shardLength(shard) }, (_, at) => store.shardRecord(shard, at)),
    )
    expect(lists.flat().sort()).toEqual([0, 1, 2, 3, 4, 5])
    for (const [shard, list] of lists.entries()) {
      expect(list).toEqual([...list].sort())
      for (const index of list) expect(store.shard(index)).toBe(shard)
    }
    const single = new RecordStore(CONTEXT, 10n ** 20n)
    append(single)
    append(single)
    expect([single.shardLength(0), single.shardRecord(0, 1)]).toEqual([2, 1])
  })

  it('new images of writes, own new images and removes mixed: each record delivers its own', () => {
    const itemOfWrite = (index: number) => ({ pk: { S: 'a' }, n: { N: String(index) } })
    const store = new RecordStore({ ...CONTEXT, itemOfWrite }, 10n ** 20n)
    const own = { pk: { S: 'a' }, n: { N: '7' } }
    store.append(undefined, itemOfWrite(1), 1, virtualMs(1), true)
    store.append(itemOfWrite(1), undefined, 2, virtualMs(2))
    store.append(undefined, own, 3, virtualMs(3))
    store.append(own, itemOfWrite(4), 4, virtualMs(4), true)
    const images = [0, 1, 2, 3].map((i) => store.delivered(i).dynamodb)
    expect(images.map((image) => [image.NewImage?.n, image.OldImage?.n])).toEqual([
      [{ N: '1' }, undefined],
      [undefined, { N: '1' }],
      [{ N: '7' }, undefined],
      [{ N: '4' }, { N: '7' }],
    ])
    expect(store.clone().delivered(2).dynamodb.NewImage).toEqual(own)
  })

  it('keeps creation times of any kind: whole milliseconds, fractions, past 49 days', () => {
    const store = new RecordStore(CONTEXT, 10n ** 20n)
    const times = [0, 1500, 2.5, 2 ** 32 - 2, 2 ** 32 - 1, 2 ** 40]
    for (const ms of times) store.append(undefined, { pk: { S: 'a' } }, 0, virtualMs(ms))
    const copy = store.clone()
    expect(times.map((_, i) => copy.createdAtMs(i))).toEqual(times)
  })
})
