// Issue 13: the schedule makes each write when it is read, in exactly the order and numbering of the list it
// replaces (every repetition unrolled in file order, then sorted by atMs and index).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ScheduledWrite } from '../model/scenario'
import { itemSizeBytes } from '../table'
import { validateScenario } from './index'
import { expanded, withSection } from './testFixture'
import { writeCursor } from './writeSchedule'

const entry = fc.record({
  atMs: fc.integer({ min: 0, max: 40 }),
  every: fc.option(
    fc.record({
      intervalMs: fc.integer({ min: 1, max: 7 }),
      count: fc.integer({ min: 1, max: 6 }),
    }),
    { nil: undefined },
  ),
  pk: fc.constantFrom('p-{{i}}', 'same'),
})
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never

/** What the run reads, as [index, atMs, path, pk]. */
const seen = (w: ScheduledWrite) => [w.index, w.atMs, w.path, JSON.stringify(w.write)]

/** The list before issue 13: every repetition unrolled in file order, then sorted. */
function unrolled(entries: readonly Entry[]) {
  const all: { index: number; atMs: number; path: string; pk: string }[] = []
  entries.forEach((e, position) => {
    for (let k = 0; k < (e.every?.count ?? 1); k++)
      all.push({
        index: all.length,
        atMs: e.atMs + k * (e.every?.intervalMs ?? 0),
        path: `writes[${position}]`,
        pk: e.pk.replaceAll('{{i}}', String(k)),
      })
  })
  return all
    .sort((a, b) => a.atMs - b.atMs || a.index - b.index)
    .map((w) => [
      w.index,
      w.atMs,
      w.path,
      JSON.stringify({ op: 'PutItem', request: { Item: { pk: { S: w.pk }, sk: { N: '1' } } } }),
    ])
}

function readAll(next: () => ScheduledWrite | undefined): ScheduledWrite[] {
  const writes: ScheduledWrite[] = []
  for (let w = next(); w !== undefined; w = next()) writes.push(w)
  return writes
}

describe('writeCursor', () => {
  it('reads the writes in (atMs, index) order, and resumes from any position the same', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.nat(), (entries, cut) => {
        const file = entries.map(({ pk, ...e }) => ({ ...e, put: { pk, sk: 1 } }))
        const result = validateScenario(withSection('writes', file))
        if (!result.ok) throw new Error(JSON.stringify(result.errors))
        const schedule = result.scenario.writes
        const expected = unrolled(entries)
        expect(schedule.length).toBe(expected.length)
        const cursor = writeCursor(schedule)
        expect(readAll(() => cursor.next()).map(seen)).toEqual(expected)

        const split = expected.length === 0 ? 0 : cut % (expected.length + 1)
        const first = writeCursor(schedule)
        const head = Array.from({ length: split }, () => first.next() as ScheduledWrite)
        const resumed = writeCursor(schedule, first.position())
        const rest = readAll(() => resumed.next())
        expect([...head, ...rest].map(seen)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('gives a repetition its item size (once per digit count) and stored form (once), only where {{i}} sits in strings', () => {
    const schedule = (put: unknown) => {
      const result = validateScenario(
        withSection('writes', [{ atMs: 0, every: { intervalMs: 1, count: 120 }, PutItem: put }]),
      )
      if (!result.ok) throw new Error(JSON.stringify(result.errors))
      return expanded(result.scenario.writes)
    }
    const sized = schedule({
      Item: { pk: { S: 'é-{{i}}' }, sk: { N: '7' }, note: { L: [{ S: '{{i}}{{i}}' }] } },
    })
    const itemOf = (w: ScheduledWrite) => (w.write.op === 'PutItem' ? w.write.request.Item : {})
    expect(sized.map((w) => w.itemSizeBytes)).toEqual(sized.map((w) => itemSizeBytes(itemOf(w))))
    expect(new Set(sized.map((w) => w.itemSizeBytes)).size).toBe(3)
    // A list is not looked into by isStoredForm: the table copies such an item (and a non-canonical number's).
    expect(sized.every((w) => w.storedForm === undefined)).toBe(true)
    const stored = schedule({ Item: { pk: { S: '{{i}}' }, sk: { N: '7' } } })
    expect(stored.every((w) => w.storedForm === true && w.itemSizeBytes !== undefined)).toBe(true)
    const copied = schedule({ Item: { pk: { S: '{{i}}' }, sk: { N: '7.0' } } })
    expect(copied.every((w) => w.storedForm === undefined && w.itemSizeBytes !== undefined)).toBe(
      true,
    )
    // A number's size follows its significant digits (10 is smaller than 19): measured per write.
    const numbers = schedule({ Item: { pk: { S: 'p' }, sk: { N: '{{i}}' } } })
    expect(numbers.every((w) => w.itemSizeBytes === undefined)).toBe(true)
  })
})
