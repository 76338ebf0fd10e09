import { describe, expect, it } from 'vitest'
import { describeAttempt, describeInvocationRecords, recordRange } from './invocationWords'

const labels = new Map([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => [i, `order-${i}`]))

describe('an invocation row names its records (issue 11, "Each invocation\'s records")', () => {
  it('writes a run of records as a range, others one by one', () => {
    expect(recordRange([3, 4, 5, 6, 7, 8])).toBe('#3–#8')
    expect(recordRange([3])).toBe('#3')
    expect(recordRange([3, 5])).toBe('#3, #5')
    expect(recordRange([])).toBe('no records')
  })

  it('names the first keys and counts the rest, so the row stays short', () => {
    expect(describeInvocationRecords([3, 4, 5, 6, 7, 8], labels)).toBe(
      '#3–#8 · order-3, order-4, order-5 (+3)',
    )
    expect(describeInvocationRecords([2, 3], labels)).toBe('#2–#3 · order-2, order-3')
  })

  it('names a record the store no longer holds by its number', () => {
    expect(describeInvocationRecords([40, 41], labels)).toBe('#40–#41 · #40, #41')
  })

  it('says a bisected half starts again at attempt 1 (docs/semantics.md A4.6)', () => {
    expect(describeAttempt({ attempt: 1, splitHalf: true })).toBe('1 · split half')
    expect(describeAttempt({ attempt: 3, splitHalf: false })).toBe('3')
  })
})
