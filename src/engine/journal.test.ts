import { describe, expect, it, vi } from 'vitest'
import { virtualMs } from './clock'
import { Journal } from './journal'
import type { SimEvent } from './model/events'
import { RecordStore } from './stream/recordStore'
import { WriteLog } from './stream/writeLog'
import { STREAM_CONTEXT as CONTEXT } from './stream/streamContextFixture'

function journalWithRecords(count: number): Journal {
  const records = new RecordStore(CONTEXT, 10n ** 20n)
  const writes = new WriteLog(records)
  const journal = new Journal(records, writes)
  for (let i = 0; i < count; i++) {
    const index = records.append(undefined, { pk: { S: `k${i}` } }, i, virtualMs(i))
    writes.push(i, virtualMs(i), 'PutItem', index)
    journal.pushRecord(index)
  }
  return journal
}

const polled = (atMs: number, recordIndexes: number[]): SimEvent => ({
  type: 'polled',
  atMs: virtualMs(atMs),
  shard: 0,
  lane: 0,
  recordIndexes,
})
const fate = (atMs: number, recordIndexes: number[]): SimEvent => ({
  type: 'fate',
  atMs: virtualMs(atMs),
  recordIndexes,
  fate: 'processed',
  rule: 'stream.retention',
})

describe('the compact journal (issue 13)', () => {
  it('gives back the events as emitted, keys in order, whether their records run on or not', () => {
    const journal = journalWithRecords(3)
    const run = Array.from({ length: 10 }, (_, i) => 100 + i)
    const list = Array.from({ length: 70 }, (_, i) => (i * 7) % 70)
    const emitted = [polled(5, run), fate(6, list), polled(7, []), fate(8, [2, 0]), fate(9, [1])]
    for (const event of emitted) journal.push(event)
    const read = journal.slice(3)
    expect(read).toEqual(emitted)
    expect(read.map((event) => JSON.stringify(event))).toEqual(
      emitted.map((event) => JSON.stringify(event)),
    )
    expect(journal.objectCount).toBe(5)
  })

  it('drops events from the front, records, writes and objects alike, and reads the rest as before', () => {
    const journal = journalWithRecords(2)
    journal.push(polled(5, [0, 1, 2, 3, 4]))
    journal.pushWrite(1)
    journal.push(fate(6, [0, 1]))
    journal.dropFirst(3)
    expect([journal.dropped, journal.length, journal.objectCount, journal.atMs(1)]).toEqual([
      3, 2, 1, 6,
    ])
    expect(journal.slice()).toEqual([
      { type: 'writeApplied', atMs: 1, writeIndex: 1, result: 'noop' },
      fate(6, [0, 1]),
    ])
  })

  it('reads a range without making the events around it; a range past the end gives what there is', () => {
    const journal = journalWithRecords(1_000)
    const all = journal.slice()
    const made = vi.spyOn(journal, 'at')
    expect(journal.slice(990, 1_000)).toEqual(all.slice(990))
    expect(made).toHaveBeenCalledTimes(10)
    expect(journal.slice(995, 1_200)).toEqual(all.slice(995))
    expect(journal.slice(2_000, 2_010)).toEqual([])
  })

  it('copies independently: events pushed or dropped in the copy stay out of the original', () => {
    const journal = journalWithRecords(1)
    journal.push(polled(5, [0]))
    const records = new RecordStore(CONTEXT, 10n ** 20n)
    const copy = journal.clone(records, new WriteLog(records))
    copy.dropFirst(1)
    copy.push(fate(6, [0]))
    expect([journal.length, journal.at(1), copy.length, copy.at(1)]).toEqual([
      2,
      polled(5, [0]),
      2,
      fate(6, [0]),
    ])
  })
})
