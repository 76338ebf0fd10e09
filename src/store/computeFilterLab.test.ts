import { describe, expect, it } from 'vitest'
import type { RecordView } from '../protocol/simProtocol'
import { computeFilterLab } from './selectors'

const record = (index: number) =>
  ({ index, record: { eventName: index % 2 === 0 ? 'INSERT' : 'MODIFY' } }) as unknown as RecordView

const records = Array.from({ length: 60 }, (_, i) => record(i))

describe('computeFilterLab', () => {
  it('lists the newest 50 records', () => {
    const rows = computeFilterLab(records, ['{"eventName":["INSERT"]}'])
    expect(rows.map((r) => r.record.index)).toEqual(Array.from({ length: 50 }, (_, i) => i + 10))
    expect(rows[0].verdicts).toEqual([
      { pattern: 0, matched: true, reason: 'eventName: "INSERT" matches "INSERT"' },
    ])
  })

  // Issue 11: a filtered record's "Why?" opens the Filter lab on it, even when it is older than the newest 50.
  it('puts an older focused record first, and a recent one in its place', () => {
    expect(
      computeFilterLab(records, [], 3)
        .map((r) => r.record.index)
        .slice(0, 3),
    ).toEqual([3, 10, 11])
    expect(computeFilterLab(records, [], 30)).toHaveLength(50)
    expect(computeFilterLab(records, [], 99)).toHaveLength(50)
  })
})
