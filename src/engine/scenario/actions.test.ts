import { describe, expect, it } from 'vitest'
import { validateScenario } from './index'
import { withSection } from './testFixture'

describe('actions', () => {
  it('are normalised to partial settings and sorted by (atMs, position)', () => {
    const result = validateScenario(
      withSection('actions', [
        {
          atMs: 60000,
          UpdateEventSourceMapping: { Enabled: true, BatchSize: 10, DestinationConfig: {} },
        },
        { atMs: 30000, UpdateEventSourceMapping: { Enabled: false } },
        { atMs: 30000, PutFunctionConcurrency: { ReservedConcurrentExecutions: 0 } },
      ]),
    )
    expect(result.ok && result.scenario.actions).toEqual([
      {
        kind: 'UpdateEventSourceMapping',
        atMs: 30000,
        path: 'actions[1]',
        settings: {},
        enabled: false,
      },
      { kind: 'PutFunctionConcurrency', atMs: 30000, path: 'actions[2]', reservedConcurrency: 0 },
      {
        kind: 'UpdateEventSourceMapping',
        atMs: 60000,
        path: 'actions[0]',
        settings: { batchSize: 10, onFailure: undefined },
        enabled: true,
      },
    ])
  })

  it('StartingPosition is not updatable', () => {
    const result = validateScenario(
      withSection('actions', [
        { atMs: 0, UpdateEventSourceMapping: { StartingPosition: 'LATEST' } },
      ]),
    )
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'actions[0].UpdateEventSourceMapping.StartingPosition',
        message:
          'Parameter validation failed: Unknown parameter in input: "StartingPosition", must be one of: FunctionName, Enabled, BatchSize, FilterCriteria, MaximumBatchingWindowInSeconds, DestinationConfig, MaximumRecordAgeInSeconds, BisectBatchOnFunctionError, MaximumRetryAttempts, ParallelizationFactor, TumblingWindowInSeconds, FunctionResponseTypes, MetricsConfig',
      },
    ])
  })

  it('PutFunctionConcurrency takes 0..1000 or null', () => {
    const result = validateScenario(
      withSection('actions', [
        { atMs: 0, PutFunctionConcurrency: { ReservedConcurrentExecutions: -1 } },
      ]),
    )
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'actions[0].PutFunctionConcurrency.ReservedConcurrentExecutions',
        message:
          "ValidationException: 1 validation error detected: Value '-1' at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 0",
      },
    ])
  })
})
