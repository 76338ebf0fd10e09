import { describe, expect, it } from 'vitest'
import { explainFilters } from '../engine'
import type { MappingInEffect, RecordStep, RuleId } from '../engine'
import type { RecordView } from '../protocol/simProtocol'
import {
  filterNote,
  filterVerdictsOf,
  historySummary,
  LONG_HISTORY_STEPS,
  rewindNote,
  stepNotes,
  trimNote,
} from './historyNotes'
import type { HistoryContext } from './historyNotes'
import type { InvocationView } from './simView'

const at = (atMs: number, what: string, rule?: RuleId): RecordStep => ({
  atMs,
  what,
  rule,
  cites: [],
})

const inv = (id: number, recordIndexes: number[]) =>
  ({ id, recordIndexes, outcome: 'partial' }) as unknown as InvocationView

const labels = new Map([
  [0, 'payment-1'],
  [1, 'payment-2'],
  [2, 'payment-3'],
])

const context = (over: Partial<HistoryContext>): HistoryContext => ({
  recordIndex: 2,
  createdAtMs: 2000,
  invocations: [inv(1, [0, 1, 2]), inv(2, [1, 2])],
  labels,
  verdicts: [],
  ...over,
})

describe('the why behind a step (issue 11, "Why, in a record\'s history")', () => {
  // docs/semantics.md A5.2: the checkpoint goes to the lowest reported failure; later records come again.
  it('says a record after the lowest reported failure is delivered again because of the rewind', () => {
    const steps = [
      at(2000, 'sent in invocation 1 (batch of 3, attempt 1, cold start)'),
      at(2020, 'invocation 1 ended: partial'),
      at(2020, 'retry scheduled at 3020 ms', 'retry.backoff'),
      at(3020, 'sent in invocation 2 (batch of 2, attempt 2)'),
    ]
    const notes = stepNotes(steps, context({}))
    expect([...notes.keys()]).toEqual([1])
    expect(notes.get(1)).toEqual({
      text: 'Partial batch response: the lowest failure the handler reported is #1 (payment-2). The checkpoint rewound to it, so this record, later in the batch, is delivered again whether it succeeded or not: handlers must be idempotent.',
      rule: { id: 'A5.2', title: 'Reading the response', href: 'docs/semantics.html#A5.2' },
      filterLab: false,
    })
    expect(stepNotes(steps, context({ recordIndex: 1 })).get(1)?.text).toBe(
      'Partial batch response: this record is the lowest failure the handler reported, so the checkpoint stays before it and the retry starts with it.',
    )
  })

  it('names a record the store no longer holds by number, and says nothing without the retry', () => {
    expect(rewindNote(2, 7, labels)).toMatch(
      /^Partial batch response: the lowest failure the handler reported is #7\. /,
    )
    const steps = [
      at(2020, 'invocation 1 ended: partial'),
      at(2020, 'final fate: processed', 'partial.checkpoint'),
    ]
    expect(stepNotes(steps, context({})).size).toBe(0)
  })

  // docs/semantics.md A8.2: a record matching no pattern is filtered out; the verdicts say which condition failed.
  it("gives a filtered record's exact reason, pattern by pattern", () => {
    const record = {
      eventName: 'MODIFY',
      dynamodb: { NewImage: { status: { S: 'open' }, priority: { N: '500' } } },
    }
    const patterns = [
      '{"eventName":["INSERT"]}',
      '{"dynamodb":{"NewImage":{"priority":{"N":[{"numeric":[">",100]}]}}}}',
    ]
    const verdicts = explainFilters(patterns, record)
    const text =
      'Filtered out: it matches none of the 2 filter patterns.\nPattern 0: eventName: "MODIFY" is not one of ["INSERT"].\nPattern 1: dynamodb.NewImage.priority.N: "500" matches none of [numeric > 100] (numeric matches only JSON numbers; a DynamoDB N value is a string).'
    expect(filterNote(verdicts)).toBe(text)
    const steps = [at(4040, 'final fate: filtered', 'filter.match')]
    expect(stepNotes(steps, context({ verdicts })).get(0)).toEqual({
      text,
      rule: undefined,
      filterLab: true,
    })
    expect(filterNote(explainFilters(['{"eventName":["INSERT"]}'], record))).toBe(
      'Filtered out: it does not match the filter pattern.\nPattern 0: eventName: "MODIFY" is not one of ["INSERT"].',
    )
    expect(filterNote(explainFilters([], record))).toBeUndefined()
  })

  // docs/semantics.md A1.5: trimmed at exactly 24 h, stamped when a read finds the record gone.
  it('tells the trim instant from the instant the poller found the record gone', () => {
    expect(trimNote(2000, 86_433_900)).toBe(
      'Trimmed at 24 h (1d 00:00:02.000); the poller found it gone at 1d 00:00:33.900.',
    )
    expect(trimNote(0, 86_400_000)).toBe('Trimmed at 24 h (1d 00:00:00.000).')
    const steps = [at(86_433_900, 'final fate: expired', 'stream.retention')]
    expect(stepNotes(steps, context({})).get(0)).toEqual({
      text: 'Trimmed at 24 h (1d 00:00:02.000); the poller found it gone at 1d 00:00:33.900.',
      rule: undefined,
      filterLab: false,
    })
    expect(stepNotes(steps, context({ createdAtMs: undefined })).size).toBe(0)
  })
})

describe('historySummary', () => {
  const cycle = (n: number, ms: number, outcome = 'error'): RecordStep[] => [
    at(ms, `sent in invocation ${n} (batch of 1, attempt ${n})`),
    at(ms + 20, `invocation ${n} ended: ${outcome}`),
    at(ms + 20, `retry scheduled at ${ms + 1020} ms`, 'retry.backoff'),
  ]

  it('sums up a long history: how often, from when to when, how each ended, the fate', () => {
    const steps = [
      at(2000, 'written to shard 0 by write 0'),
      ...Array.from({ length: 1445 }, (_, i) => cycle(i + 1, 2000 + i * 60_000)).flat(),
      at(86_433_900, 'final fate: expired', 'stream.retention'),
    ]
    expect(historySummary(steps, 'expired')).toBe(
      'Sent to the handler 1,445 times from 00:00:02.000 to 1d 00:04:02.000 (1,444 retries; every invocation ended: error). Final fate: expired.',
    )
  })

  it('counts mixed outcomes, and leaves a short history alone', () => {
    const steps = [
      ...Array.from({ length: 8 }, (_, i) =>
        cycle(i + 1, i * 1000, i === 3 ? 'timeout' : 'error'),
      ).flat(),
      at(9000, 'final fate: dropped', 'retry.exhausted'),
    ]
    expect(steps.length).toBeGreaterThan(LONG_HISTORY_STEPS)
    expect(historySummary(steps, 'dropped')).toBe(
      'Sent to the handler 8 times from 00:00:00.000 to 00:00:07.000 (7 retries; 7 error, 1 timeout). Final fate: dropped.',
    )
    expect(historySummary(steps.slice(0, LONG_HISTORY_STEPS), 'pending')).toBeUndefined()
  })
})

describe('filterVerdictsOf', () => {
  const record = { record: { eventName: 'MODIFY' } } as unknown as RecordView
  const mapping = (description: Record<string, unknown>): MappingInEffect => ({
    state: 'Enabled',
    description,
    pending: {},
  })

  it("matches the record against the filters of the mapping in effect (GetEventSourceMapping's shape)", () => {
    const filtered = mapping({
      FilterCriteria: { Filters: [{ Pattern: '{"eventName":["INSERT"]}' }] },
    })
    expect(filterVerdictsOf(filtered, record)).toEqual([
      { pattern: 0, matched: false, reason: 'eventName: "MODIFY" is not one of ["INSERT"]' },
    ])
    expect(filterVerdictsOf(mapping({}), record)).toEqual([])
    expect(filterVerdictsOf(undefined, record)).toEqual([])
    expect(filterVerdictsOf(filtered, undefined)).toEqual([])
  })
})
