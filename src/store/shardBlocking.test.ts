import { describe, expect, it } from 'vitest'
import type { RecordFate } from '../engine'
import type { RecordView } from '../protocol/simProtocol'
import { describeShard, formatSpan } from './shardBlocking'
import type { InvocationView } from './simView'

function inv(
  id: number,
  recordIndexes: number[],
  outcome: InvocationView['outcome'],
  startMs: number,
  shard = 0,
): InvocationView {
  return {
    ordinal: id,
    id,
    startMs,
    shard,
    recordIndexes,
    attempt: 1,
    splitHalf: false,
    coldStart: false,
    outcome,
    endMs: startMs + 100,
    errorMessage: undefined,
  }
}

const record = (index: number, fate: RecordFate, shard = 0) =>
  ({ index, shard, fate }) as unknown as RecordView

const labels = new Map([
  [0, 'job-1'],
  [1, 'job-2'],
  [2, 'job-3'],
])

describe('formatSpan', () => {
  it('says a span in its two largest units, rounded down', () => {
    expect(formatSpan(86_371_000)).toBe('23 h 59 m')
    expect(formatSpan(252_900)).toBe('4 m 12 s')
    expect(formatSpan(7_999)).toBe('7 s')
    expect(formatSpan(120)).toBe('120 ms')
  })
})

describe('a shard in words (issue 11, "Shard blocking", "Records lost without a delivery")', () => {
  // docs/semantics.md A4.2: a failing batch is retried and blocks its shard until its records expire.
  const day = [
    inv(1, [0], 'error', 3_000),
    inv(2, [0], 'error', 5_000),
    inv(3, [0], 'error', 86_373_000),
  ]

  it('names the record that kept failing, the span and the attempts', () => {
    const words = describeShard(0, [record(0, 'expired')], day, labels, true)
    expect(words.blocking).toBe('blocked 23 h 59 m by #0 (job-1), 3 attempts')
  })

  it('warns about a record that expired without a delivery, behind the blocker (A4.5)', () => {
    const records = [record(0, 'expired'), record(1, 'expired')]
    expect(describeShard(0, records, day, labels, true)).toEqual({
      blocking: 'blocked 23 h 59 m by #0 (job-1), 3 attempts',
      lost: ['job-2 was never processed: it expired behind job-1'],
      moreLost: 0,
    })
  })

  it('calls nothing lost when older invocations were dropped from the store', () => {
    const records = [record(0, 'expired'), record(1, 'expired')]
    expect(describeShard(0, records, day, labels, false).lost).toEqual([])
  })

  it('picks the isolated record under bisect, not the head of the first batch', () => {
    const bisect = [
      inv(1, [0, 1, 2, 3], 'error', 0),
      inv(2, [0, 1], 'success', 200),
      inv(3, [2, 3], 'error', 400),
      inv(4, [2], 'error', 600),
      inv(5, [2], 'error', 1_800),
      inv(6, [2], 'error', 3_000),
      inv(7, [3], 'success', 3_200),
    ]
    expect(describeShard(0, [], bisect, labels, true).blocking).toBe(
      'blocked 3 s by #2 (job-3), 5 attempts',
    )
  })

  it('says nothing for a shard whose records failed once at most, or for another shard', () => {
    const once = [inv(1, [0], 'error', 0), inv(2, [0], 'success', 1_000)]
    expect(describeShard(0, [], once, labels, true)).toEqual({
      blocking: undefined,
      lost: [],
      moreLost: 0,
    })
    expect(describeShard(1, [], day, labels, true).blocking).toBeUndefined()
  })

  it('names the first lost records and counts the rest', () => {
    const records = [0, 1, 2, 3, 4].map((i) => record(i, 'expired'))
    const words = describeShard(0, records, [], labels, true)
    expect(words.lost).toEqual([
      'job-1 was never processed: it expired',
      'job-2 was never processed: it expired',
      'job-3 was never processed: it expired',
    ])
    expect(words.moreLost).toBe(2)
  })
})
