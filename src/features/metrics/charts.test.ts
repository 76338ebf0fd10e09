import { describe, expect, it } from 'vitest'
import { chartsFor, formatDuration, summarize, trend } from './charts'

describe('metric charts in words (docs/semantics.md A11)', () => {
  it('formats IteratorAge durations at a glance', () => {
    expect([850, 1_600, 3_000, 42_000, 185_000, 86_340_000].map(formatDuration)).toEqual([
      '850 ms',
      '1.6 s',
      '3 s',
      '42 s',
      '3 m 5 s',
      '23 h 59 m',
    ])
  })

  it('summarises gauges by their maximum and counters by their total, with a gauge trend', () => {
    const metrics = {
      IteratorAge: [
        [1_000, 0],
        [2_000, 86_340_000],
        [4_000, 5],
      ] as [number, number][],
    }
    const [age, invocations] = chartsFor(false, metrics)
    expect(summarize(age, metrics)).toBe('IteratorAge max 23 h 59 m')
    expect(trend(age, metrics)).toBe('from 0 ms at 00:00:01 to 5 ms at 00:00:04')
    expect(
      summarize(invocations, {
        Errors: [
          [0, 2],
          [9_000, 1],
        ],
      }),
    ).toBe('Invocations 0 · Errors 3 · Throttles 0')
  })

  it('adds the event-count chart only with MetricsConfig EventCount', () => {
    expect(chartsFor(false, {}).map((c) => c.id)).toEqual([
      'iterator-age',
      'invocations',
      'concurrency',
    ])
    expect(chartsFor(true, {}).map((c) => c.id)).toContain('event-counts')
    expect(chartsFor(false, { PolledEventCount: [[0, 3]] }).map((c) => c.id)).toContain(
      'event-counts',
    )
  })
})

describe('DestinationDeliveryFailures (docs/semantics.md D17)', () => {
  it('D17: its chart joins once a delivery failed, with its total in words', () => {
    const metrics = { DestinationDeliveryFailures: [[1_000, 1]] as [number, number][] }
    const charts = chartsFor(false, metrics)
    expect(charts.map((c) => c.id)).toEqual([
      'iterator-age',
      'invocations',
      'concurrency',
      'delivery-failures',
    ])
    expect(summarize(charts[3], metrics)).toBe('DestinationDeliveryFailures 1')
  })
})
