import { describe, expect, it } from 'vitest'
import { virtualMs } from '../../engine'
import type { SimEvent } from '../../engine'
import {
  anchorName,
  eventsSince,
  flightTimings,
  frameFlights,
  MAX_FLIGHT_TOKENS,
  MAX_FLIGHTS,
  MIN_FLIGHT_GAP_MS,
  planFlights,
  type Flight,
  type FlightContext,
} from './flights'

const t = virtualMs(2000)

/** Invocation 1 ran #0–#3 in environment 1; invocation 2 ran #2 in environment 2. */
const ctx: FlightContext = {
  invocation: (id) =>
    id === 1
      ? { shard: 0, lane: 0, environmentId: 1, recordIndexes: [0, 1, 2, 3] }
      : id === 2
        ? { shard: 0, lane: 0, environmentId: 2, recordIndexes: [2] }
        : undefined,
  shardOf: () => 0,
}

/** A flight as the overlay states it: kind, from → to, records, drawn tokens or chip. */
const said = (f: Flight) =>
  `${f.kind}: ${anchorName(f.from)} → ${anchorName(f.back ?? f.to)} · ${f.records} · ${f.chip ?? f.tokens.join(' ')}`

const started = (
  invocationId: number,
  recordIndexes: number[],
  environmentId?: number,
): SimEvent => ({
  type: 'invocationStarted',
  atMs: t,
  invocationId,
  shard: 0,
  lane: 0,
  recordIndexes,
  attempt: 1,
  coldStart: true,
  environmentId,
})

const completed = (
  invocationId: number,
  outcome: 'success' | 'error' | 'partial' = 'error',
): SimEvent => ({
  type: 'invocationCompleted',
  atMs: t,
  invocationId,
  outcome,
})

describe('frameFlights: which tokens travel in one change (issue 11, the pipeline view)', () => {
  it('writes fly into their shard, one flight per shard', () => {
    const written = (recordIndex: number, shard: number): SimEvent => ({
      type: 'recordWritten',
      atMs: t,
      recordIndex,
      shard,
      writeIndex: recordIndex,
    })
    expect(frameFlights([written(0, 0), written(1, 1), written(2, 0)], ctx).map(said)).toEqual([
      'write: table writes → shard 0 · #0, #2 · 0 2',
      'write: table writes → shard 1 · #1 · 1',
    ])
  })

  it('a batch travels from its mapping lane to the environment serving its invocation (D3)', () => {
    expect(frameFlights([started(1, [0, 1, 2, 3], 1)], ctx).map(said)).toEqual([
      'invoke: mapping shard 0 → environment 1 · #0–#3 · 0 1 2 3',
    ])
    expect(frameFlights([started(1, [0], undefined)], ctx).map(said)).toEqual([
      'invoke: mapping shard 0 → function · #0 · 0',
    ])
  })

  it('a failed batch splits in two from its environment back to the mapping lane (A4.6)', () => {
    const split: SimEvent = {
      type: 'batchSplit',
      atMs: t,
      shard: 0,
      lane: 0,
      halves: [
        [0, 1],
        [2, 3],
      ],
    }
    const flights = frameFlights([completed(1), split], ctx)
    expect(flights.map(said)).toEqual([
      'split: environment 1 → mapping shard 0 · #0–#1 · 0 1',
      'split: environment 1 → mapping shard 0 · #2–#3 · 2 3',
    ])
    expect(flights.map((f) => f.spread)).toEqual([-1, 1])
  })

  it('on completion records go to processed, back to the shard to retry, or to the failure destination (A4.2)', () => {
    const processed: SimEvent = {
      type: 'fate',
      atMs: t,
      recordIndexes: [0, 1],
      fate: 'processed',
      rule: 'success.checkpoint',
    }
    const retry: SimEvent = {
      type: 'retryScheduled',
      atMs: t,
      shard: 0,
      lane: 0,
      retryAtMs: virtualMs(3000),
      recordIndexes: [2, 3],
      rule: 'retry.backoff',
    }
    expect(frameFlights([completed(1, 'partial'), processed, retry], ctx).map(said)).toEqual([
      'processed: environment 1 → processed · #0–#1 · 0 1',
      'retry: environment 1 → shard 0 · #2–#3 · 2 3',
    ])
    const toSqs: SimEvent[] = [
      completed(2),
      { type: 'fate', atMs: t, recordIndexes: [2], fate: 'destination', rule: 'retry.exhausted' },
      { type: 'destinationDelivered', atMs: t, kind: 'sqs', destinationIndex: 0 },
    ]
    expect(frameFlights(toSqs, ctx).map(said)).toEqual([
      'destination: environment 2 → SQS · #2 · 2',
    ])
    // Too old to invoke: the record leaves from its shard.
    expect(frameFlights(toSqs.slice(1), ctx).map(said)).toEqual([
      'destination: shard 0 → SQS · #2 · 2',
    ])
  })

  it('a throttled batch bounces off the function back to its shard; its retry adds no flight (D7)', () => {
    const events: SimEvent[] = [
      { type: 'throttled', atMs: t, shard: 0, lane: 0, recordIndexes: [0] },
      {
        type: 'retryScheduled',
        atMs: t,
        shard: 0,
        lane: 0,
        retryAtMs: virtualMs(3000),
        recordIndexes: [0],
        rule: 'retry.throttle',
      },
    ]
    const flights = frameFlights(events, ctx)
    expect(flights.map(said)).toEqual(['throttle: mapping shard 0 → shard 0 · #0 · 0'])
    expect(flights[0].to).toEqual({ kind: 'function' })
  })

  it('a big batch flies as one counted chip, and a change draws at most MAX_FLIGHTS flights', () => {
    const big = Array.from({ length: 120 }, (_, i) => i)
    expect(frameFlights([started(1, big, 1)], ctx).map(said)).toEqual([
      'invoke: mapping shard 0 → environment 1 · #0–#119 · ×120',
    ])
    const many = Array.from({ length: 40 }, (_, i) => started(i, [i], 1))
    const flights = frameFlights(many, ctx)
    expect(flights).toHaveLength(MAX_FLIGHTS)
    const tokens = flights.reduce((sum, f) => sum + f.tokens.length, 0)
    expect(tokens).toBeLessThanOrEqual(MAX_FLIGHTS * MAX_FLIGHT_TOKENS)
  })
})

describe('flightTimings: one instant told in order', () => {
  it('settles the finished batch before the next one leaves; one phase takes the whole glide', () => {
    const split = frameFlights(
      [
        completed(1),
        {
          type: 'batchSplit',
          atMs: t,
          shard: 0,
          lane: 0,
          halves: [
            [0, 1],
            [2, 3],
          ],
        },
        started(3, [0, 1], 1),
      ],
      ctx,
    )
    expect(flightTimings(split, 720)).toEqual([
      { delay: 0, duration: 360 },
      { delay: 0, duration: 360 },
      { delay: 360, duration: 360 },
    ])
    expect(flightTimings(split.slice(0, 2), 720)).toEqual([
      { delay: 0, duration: 720 },
      { delay: 0, duration: 720 },
    ])
  })
})

describe('planFlights: motion only when it helps', () => {
  const events = [started(1, [0, 1], 1), completed(1, 'success')]
  const view = { events, eventCount: 12 }
  const plan = (over: Partial<Parameters<typeof planFlights>[0]>) =>
    planFlights({
      view,
      seenCount: 11,
      maxEvents: 40,
      timeLapse: false,
      reducedMotion: false,
      sinceFlightsMs: 5000,
      ctx,
      ...over,
    }).map(said)

  it('flies only the events new since the change drawn before', () => {
    expect(eventsSince(view, 11, 40)).toEqual([completed(1, 'success')])
    expect(plan({ seenCount: 10 })).toEqual([
      'invoke: mapping shard 0 → environment 1 · #0–#1 · 0 1',
    ])
    expect(plan({})).toEqual([])
  })

  it('draws no flight in time-lapse, under prefers-reduced-motion, right after other flights, after a jump back or too many events', () => {
    expect(plan({ seenCount: 10, timeLapse: true })).toEqual([])
    expect(plan({ seenCount: 10, reducedMotion: true })).toEqual([])
    expect(plan({ seenCount: 20 })).toEqual([])
    expect(plan({ seenCount: 10, maxEvents: 1 })).toEqual([])
    expect(plan({ seenCount: 10, sinceFlightsMs: MIN_FLIGHT_GAP_MS - 1 })).toEqual([])
    // More new events than the view still holds: they cannot be told apart.
    expect(plan({ seenCount: 5 })).toEqual([])
  })
})
