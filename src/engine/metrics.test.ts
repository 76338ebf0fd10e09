import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from './testing/fixtures'
import { fail, runScripted, succeed, type ScriptedHandler } from './testing/runScripted'
import { SQS_ARN, fates, onFailure, poison, returning } from './testing/expectations'
import type { MetricName, RunReport } from './model/report'

const EVENT_COUNT = { MetricsConfig: { Metrics: ['EventCount'] } }
const ESM_COUNTS: MetricName[] = [
  'PolledEventCount',
  'FilteredOutEventCount',
  'InvokedEventCount',
  'FailedInvokeEventCount',
  'DroppedEventCount',
  'OnFailureDestinationDeliveredEventCount',
]
const put = (key: string, color: string) => ({
  atMs: 0,
  PutItem: { Item: { pk: { S: key }, color: { S: color } } },
})
const blueOnly = {
  FilterCriteria: {
    Filters: [{ Pattern: JSON.stringify({ dynamodb: { NewImage: { color: { S: ['blue'] } } } }) }],
  },
}
const WRITES = [put('k0', 'blue'), put('k1', 'red'), put('k2', 'blue'), put('k3', 'blue')]

function nonEmpty(report: RunReport): Partial<Record<MetricName, Array<[number, number]>>> {
  return Object.fromEntries(
    Object.entries(report.metrics).filter(([, points]) => points.length > 0),
  )
}

describe('metrics (docs/semantics.md A11)', () => {
  it('A11: a filtered, failing, dropped batch gives these exact points (one-second buckets; gauges keep the max, counters sum)', () => {
    const file = scenarioFile({
      writes: WRITES,
      mapping: { MaximumRetryAttempts: 1, ...blueOnly, ...EVENT_COUNT },
    })
    const { report } = runScripted(normalized(file), poison('k2'))
    expect(fates(report)).toEqual(['dropped', 'filtered', 'dropped', 'dropped'])
    expect(report.metrics).toEqual({
      // Age of the last record of the batch when it is sent (C15): written at 0, sent at 1 000 and 2 020.
      IteratorAge: [
        [1_000, 1_000],
        [2_000, 2_020],
      ],
      Invocations: [
        [1_000, 1],
        [2_000, 1],
      ],
      Errors: [
        [1_000, 1],
        [2_000, 1],
      ],
      Throttles: [],
      PolledEventCount: [[1_000, 4]],
      FilteredOutEventCount: [[1_000, 1]],
      // Counts again on the retry.
      InvokedEventCount: [
        [1_000, 3],
        [2_000, 3],
      ],
      FailedInvokeEventCount: [
        [1_000, 3],
        [2_000, 3],
      ],
      DroppedEventCount: [[2_000, 3]],
      OnFailureDestinationDeliveredEventCount: [],
      ConcurrentExecutions: [
        [1_000, 1],
        [2_000, 1],
      ],
      DestinationDeliveryFailures: [],
    })
  })

  it('A11: records delivered to an on-failure destination count in OnFailureDestinationDeliveredEventCount, not DroppedEventCount', () => {
    const file = scenarioFile({
      writes: WRITES,
      mapping: { MaximumRetryAttempts: 1, ...blueOnly, ...EVENT_COUNT, ...onFailure(SQS_ARN) },
    })
    const { report } = runScripted(normalized(file), poison('k2'))
    expect(report.metrics.DroppedEventCount).toEqual([])
    expect(report.metrics.OnFailureDestinationDeliveredEventCount).toEqual([[2_000, 3]])
    expect(report.metrics.DestinationDeliveryFailures).toEqual([])
  })

  it('A11: throttles count as Throttles, neither Invocations nor Errors', () => {
    const file = scenarioFile({
      writes: puts(1),
      function: { ReservedConcurrentExecutions: 0 },
      mapping: EVENT_COUNT,
      actions: [{ atMs: 5_000, PutFunctionConcurrency: { ReservedConcurrentExecutions: null } }],
    })
    const { report } = runScripted(normalized(file), succeed)
    expect(nonEmpty(report)).toEqual({
      IteratorAge: [[8_000, 8_000]],
      Invocations: [[8_000, 1]],
      Throttles: [
        [1_000, 1],
        [2_000, 1],
        [4_000, 1],
      ],
      PolledEventCount: [[1_000, 1]],
      InvokedEventCount: [[8_000, 1]],
      ConcurrentExecutions: [[8_000, 1]],
    })
  })

  it('A11: FailedInvokeEventCount includes the events a partial response reports, at the end of the invocation', () => {
    let calls = 0
    const handler: ScriptedHandler = (_r, records) =>
      returning(
        calls++ === 0
          ? { batchItemFailures: [{ itemIdentifier: records[1].sequenceNumber }] }
          : null,
        1_500,
      )
    const file = scenarioFile({
      writes: puts(3),
      mapping: { FunctionResponseTypes: ['ReportBatchItemFailures'], ...EVENT_COUNT },
    })
    const { report } = runScripted(normalized(file), handler)
    expect(report.invocations.map((i) => [i.startMs, i.endMs, i.recordIndexes])).toEqual([
      [1_000, 2_520, [0, 1, 2]],
      [3_520, 5_040, [1, 2]],
    ])
    expect(nonEmpty(report)).toEqual({
      IteratorAge: [
        [1_000, 1_000],
        [3_000, 3_520],
      ],
      Invocations: [
        [1_000, 1],
        [3_000, 1],
      ],
      PolledEventCount: [[1_000, 3]],
      InvokedEventCount: [
        [1_000, 3],
        [3_000, 2],
      ],
      FailedInvokeEventCount: [[2_000, 2]],
      ConcurrentExecutions: [
        [1_000, 1],
        [3_000, 1],
      ],
    })
  })

  it('A11: DroppedEventCount excludes records that expire from the stream (24 h retention)', () => {
    const file = scenarioFile({ writes: puts(1), durationSeconds: 90_000, mapping: EVENT_COUNT })
    const { report } = runScripted(normalized(file), fail)
    expect(fates(report)).toEqual(['expired'])
    expect(report.metrics.DroppedEventCount).toEqual([])
    expect(report.metrics.Errors.reduce((sum, [, n]) => sum + n, 0)).toBe(report.invocations.length)
  })

  it('A11: ConcurrentExecutions is the number of invocations running at once', () => {
    const file = scenarioFile({
      writes: ['a', 'b', 'c'].map((k) => put(k, 'blue')),
      mapping: { ParallelizationFactor: 4, ...EVENT_COUNT },
    })
    const { report } = runScripted(normalized(file), () => returning(null, 100))
    expect(report.metrics.ConcurrentExecutions).toEqual([[1_000, 3]])
    expect(report.metrics.Invocations).toEqual([[1_000, 3]])
  })

  it('A11: the ESM event counts are opt-in: without MetricsConfig EventCount none are emitted', () => {
    const file = scenarioFile({ writes: WRITES, mapping: { MaximumRetryAttempts: 1, ...blueOnly } })
    const { report } = runScripted(normalized(file), poison('k2'))
    expect(ESM_COUNTS.map((name) => [name, report.metrics[name]])).toEqual(
      ESM_COUNTS.map((name) => [name, []]),
    )
    expect(report.metrics.Invocations).toEqual([
      [1_000, 1],
      [2_000, 1],
    ])
  })
})
