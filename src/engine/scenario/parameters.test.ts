import { describe, expect, it } from 'vitest'
import { scenarioFile } from '../testing/fixtures'
import type { NormalizedScenario } from '../model/scenario'
import { DEFAULT_SETTINGS, MAPPING_DEFAULTS } from './defaults'
import { validateScenario } from './index'
import {
  FUNCTION_PARAMETERS,
  MAPPING_PARAMETERS,
  PARAMETERS,
  toEngineValue,
  type IntegerParameter,
  type Parameter,
  type RangeMessage,
} from './parameters'

const INTEGERS = PARAMETERS.filter((p): p is IntegerParameter => p.type === 'integer')

/** The scenario with one parameter set, validated: its value in the engine, or the errors. */
function run(p: Parameter, value: unknown) {
  const result = validateScenario(scenarioFile({ [p.section]: { [p.name]: value } }))
  if (!result.ok) return { errors: result.errors.map((e) => [e.path, e.message]) }
  return { value: engineValue(result.scenario, p) }
}

function engineValue(scenario: NormalizedScenario, p: Parameter): unknown {
  if (p.section === 'function') return (scenario.fn as unknown as Record<string, unknown>)[p.key]
  if (p.key === 'enabled') return scenario.mapping.enabled
  if (p.key === 'startingPosition') return scenario.mapping.startingPosition
  return (scenario.mapping.settings as unknown as Record<string, unknown>)[p.key]
}

/** AWS's wording, written out here so the test does not reuse the code it checks. */
function expected(p: IntegerParameter, value: number, message: RangeMessage, bound: string) {
  if (message === 'constraint') {
    return `ValidationException: 1 validation error detected: Value '${value}' at '${p.member}' failed to satisfy constraint: Member must have value ${bound}`
  }
  const text = message.text
    .replace('{value}', String(value))
    .replace('{max}', String(p.max))
    .replace('{from}', String(p.gap?.from))
  return `${message.exception}: ${text}`
}

function rejected(p: IntegerParameter, message: string) {
  return { errors: [[`${p.section}.${p.name}`, message]] }
}

describe('the parameter table against the validator (docs/semantics.md A12)', () => {
  it.each(INTEGERS.map((p) => [p.name, p] as const))(
    '%s: min and max are accepted, one past each bound gives the table message',
    (_, p) => {
      const lowest = p.gap !== undefined ? p.gap.from : p.min
      expect(run(p, lowest)).toEqual({ value: toEngineValue(p, lowest) })
      expect(run(p, p.max)).toEqual({ value: toEngineValue(p, p.max) })
      expect(run(p, p.min - 1)).toEqual(
        rejected(p, expected(p, p.min - 1, p.belowMin, `greater than or equal to ${p.min}`)),
      )
      expect(run(p, p.max + 1)).toEqual(
        rejected(p, expected(p, p.max + 1, p.aboveMax, `less than or equal to ${p.max}`)),
      )
    },
  )

  it.each(INTEGERS.filter((p) => p.special).map((p) => [p.name, p] as const))(
    '%s: the special value is accepted and kept as it is in engine units',
    (_, p) => {
      const special = p.special?.value ?? 0
      expect(run(p, special)).toEqual({ value: special })
    },
  )

  it('MaximumRecordAgeInSeconds: 0 and 59 fall in the gap and get Lambda’s own message', () => {
    const p = INTEGERS.find((q) => q.name === 'MaximumRecordAgeInSeconds')
    if (p?.gap === undefined) throw new Error('MaximumRecordAgeInSeconds has a gap')
    for (const value of [0, p.gap.from - 1]) {
      expect(run(p, value)).toEqual(rejected(p, expected(p, value, p.gap.message, '')))
    }
    expect(run(p, 30)).toEqual({
      errors: [
        [
          'mapping.MaximumRecordAgeInSeconds',
          'InvalidParameterValueException: MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)',
        ],
      ],
    })
  })

  it.each(
    PARAMETERS.filter((p) => p.default !== undefined && p.key !== 'startingPositionTimestamp').map(
      (p) => [p.name, p] as const,
    ),
  )('%s: a scenario without it gets the table default', (_, p) => {
    const result = validateScenario(scenarioFile())
    if (!result.ok) throw new Error('the fixture is valid')
    const value =
      p.type === 'integer'
        ? p.default === null
          ? null
          : toEngineValue(p, p.default)
        : p.type === 'boolean' || p.type === 'enum'
          ? p.default
          : p.engineDefault
    expect(engineValue(result.scenario, p)).toEqual(value)
  })

  it('the defaults are the values AWS echoes, in engine units', () => {
    expect(MAPPING_DEFAULTS).toEqual({
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 0,
      MaximumRetryAttempts: -1,
      MaximumRecordAgeInSeconds: -1,
      BisectBatchOnFunctionError: false,
      ParallelizationFactor: 1,
      FunctionResponseTypes: [],
      TumblingWindowInSeconds: 0,
      DestinationConfig: { OnFailure: {} },
      Enabled: true,
    })
    expect(DEFAULT_SETTINGS).toEqual({
      batchSize: 100,
      batchWindowMs: 0,
      maximumRetryAttempts: -1,
      maximumRecordAgeMs: -1,
      bisectBatchOnFunctionError: false,
      parallelizationFactor: 1,
      reportBatchItemFailures: false,
      tumblingWindowMs: 0,
      filterPatterns: [],
      onFailure: undefined,
      eventCountMetrics: false,
    })
  })

  it('a live mapping parameter is an UpdateEventSourceMapping member; the others are refused there', () => {
    const sample: Record<string, unknown> = {
      StartingPosition: 'LATEST',
      StartingPositionTimestamp: 1767225600,
      FilterCriteria: { Filters: [] },
      DestinationConfig: { OnFailure: { Destination: '' } },
      MetricsConfig: { Metrics: ['EventCount'] },
    }
    for (const p of MAPPING_PARAMETERS) {
      const value = sample[p.name] ?? p.default
      const action = { atMs: 1000, UpdateEventSourceMapping: { [p.name]: value } }
      const result = validateScenario(scenarioFile({ actions: [action] }))
      expect([p.name, result.ok]).toEqual([p.name, p.live])
    }
  })

  it('D15: Timeout and MemorySize change live (UpdateFunctionConfiguration), as does the reservation; Runtime does not', () => {
    expect(FUNCTION_PARAMETERS.filter((p) => p.live).map((p) => p.name)).toEqual([
      'Timeout',
      'MemorySize',
      'ReservedConcurrentExecutions',
    ])
  })
})
