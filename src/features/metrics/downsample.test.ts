import { describe, expect, it } from 'vitest'
import type { MetricPoint } from '../../engine'
import { downsample } from './downsample'

const seconds = (n: number, value: (i: number) => number): MetricPoint[] =>
  Array.from({ length: n }, (_, i): MetricPoint => [i * 1000, value(i)])

describe('metric chart downsampling (docs/semantics.md A11)', () => {
  it('keeps every point of a short series', () => {
    expect(
      downsample(
        {
          IteratorAge: [
            [0, 5],
            [3000, 9],
          ],
        },
        'max',
      ),
    ).toEqual([
      { t: 0, IteratorAge: 5 },
      { t: 3000, IteratorAge: 9 },
    ])
  })

  it('caps a long series at 500 points and keeps its peak for gauges', () => {
    const rows = downsample(
      { IteratorAge: seconds(86_400, (i) => (i === 43_210 ? 1e9 : i)) },
      'max',
    )
    expect(rows.length).toBeLessThanOrEqual(500)
    expect(Math.max(...rows.map((r) => r.IteratorAge))).toBe(1e9)
    expect(rows[rows.length - 1].IteratorAge).toBe(86_399)
  })

  it('sums counters, so the total survives', () => {
    const rows = downsample({ Invocations: seconds(1_000, () => 2) }, 'sum', 100)
    expect(rows).toHaveLength(100)
    expect(rows[0]).toEqual({ t: 0, Invocations: 20 })
    expect(rows.reduce((sum, r) => sum + r.Invocations, 0)).toBe(2_000)
  })

  it('aligns several series on the same buckets', () => {
    const rows = downsample(
      {
        Invocations: [
          [0, 1],
          [5000, 1],
        ],
        Errors: [[5000, 1]],
      },
      'sum',
      3,
    )
    expect(rows).toEqual([
      { t: 0, Invocations: 1 },
      { t: 4000, Invocations: 1, Errors: 1 },
    ])
  })

  it('has no rows for no points', () => {
    expect(downsample({ Errors: [] }, 'sum')).toEqual([])
  })
})
