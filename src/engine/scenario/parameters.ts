/**
 * Every event source mapping and function parameter of the scenario format, in one table: AWS's name, the
 * engine's key, type, default, range, unit, whether a running simulation takes a change live, and what AWS
 * answers for a bad value. The only place a default or a range is written: the validator, the defaults, the
 * settings form, the console and the exporters read it (docs/semantics.md A2.4, A3, A4.1, A9.3, A12).
 */

import { constraint, maxRule, minRule } from './messages'

export type ParameterSection = 'mapping' | 'function'

/**
 * AWS's answer for a refused value: its constraint format, or a sentence of its own, where `{value}` is the
 * value given and `{max}`, `{from}` are the parameter's own bounds.
 */
export type RangeMessage = 'constraint' | { readonly exception: string; readonly text: string }

interface Common {
  /** AWS's name, as in CreateEventSourceMapping / CreateFunction. */
  readonly name: string
  readonly section: ParameterSection
  /** The engine's key (MappingSettings, MappingConfig or FunctionConfig). */
  readonly key: string
  /** The member name AWS's constraint messages quote, e.g. `batchSize`. */
  readonly member: string
  /**
   * A running simulation applies a change at once (UpdateEventSourceMapping, PutFunctionConcurrency,
   * UpdateFunctionConfiguration: docs/semantics.md D15). False: from the next Reset (StartingPosition cannot be
   * updated on AWS, A3; Runtime is not modelled as updatable).
   */
  readonly live: boolean
}

export interface IntegerParameter extends Common {
  readonly type: 'integer'
  /** In AWS's unit; null = unset (ReservedConcurrentExecutions: unreserved). */
  readonly default: number | null
  /** The API model's bounds: outside them AWS answers `belowMin` / `aboveMax`. */
  readonly min: number
  readonly max: number
  readonly unit: 'records' | 'retries' | 's' | 'batches per shard' | 'MB' | 'executions'
  /** Engine units per AWS unit: 1000 turns seconds into milliseconds. Special values are kept as they are. */
  readonly scale: number
  /** A value with a meaning of its own, e.g. -1 = infinite. */
  readonly special?: { readonly value: number; readonly meaning: string }
  /** Lambda's own check after the model's: values from `special + 1` up to `from - 1` are refused. */
  readonly gap?: { readonly from: number; readonly message: RangeMessage }
  readonly belowMin: RangeMessage
  readonly aboveMax: RangeMessage
}

export interface BooleanParameter extends Common {
  readonly type: 'boolean'
  readonly default: boolean
}

export interface EnumParameter extends Common {
  readonly type: 'enum'
  /** Undefined: required. */
  readonly default: string | undefined
  /** In the order AWS's enum messages list them. */
  readonly options: readonly string[]
}

/** Lists, structures and timestamps: checked by their own code (criteria.ts, mappingLists.ts, mapping.ts). */
export interface StructuredParameter extends Common {
  readonly type: 'list' | 'structure' | 'timestamp'
  /** As Lambda echoes it when the request leaves it out; undefined = not echoed. */
  readonly default: unknown
  /** The engine's value when the request leaves it out. */
  readonly engineDefault: unknown
  /** The values a list may hold (FunctionResponseTypes, MetricsConfig.Metrics). */
  readonly options?: readonly string[]
  /** The most items a list may hold (FilterCriteria: filters). */
  readonly maxItems?: number
  /** AWS's answer when the value is well formed but not allowed here. */
  readonly refused?: { readonly exception: string; readonly text: string }
}

export type Parameter = IntegerParameter | BooleanParameter | EnumParameter | StructuredParameter

const VE = 'ValidationException'
const IPVE = 'InvalidParameterValueException'

/** The simulated account's concurrency limit (docs/semantics.md D7): a reservation cannot exceed it. */
export const ACCOUNT_CONCURRENCY = 1000

/** The simulator's Node.js runtimes, in the order Lambda's enum message would list them. */
export const RUNTIMES = ['nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x'] as const

/** StartingPosition values AWS knows; AT_TIMESTAMP is refused for a DynamoDB stream (A12). */
export const STARTING_POSITIONS = ['LATEST', 'AT_TIMESTAMP', 'TRIM_HORIZON'] as const

export const MAPPING_PARAMETERS = [
  {
    name: 'StartingPosition',
    section: 'mapping',
    key: 'startingPosition',
    member: 'startingPosition',
    live: false,
    type: 'enum',
    default: undefined,
    options: STARTING_POSITIONS,
  },
  {
    name: 'StartingPositionTimestamp',
    section: 'mapping',
    key: 'startingPositionTimestamp',
    member: 'startingPositionTimestamp',
    live: false,
    type: 'timestamp',
    default: undefined,
    engineDefault: undefined,
    // With LATEST or TRIM_HORIZON (recorded on AWS for LATEST, 2025-02-17; docs/semantics.md A12).
    refused: { exception: IPVE, text: 'Timestamp only valid with StartingPosition AT_TIMESTAMP' },
  },
  {
    name: 'BatchSize',
    section: 'mapping',
    key: 'batchSize',
    member: 'batchSize',
    live: true,
    type: 'integer',
    default: 100,
    min: 1,
    max: 10_000,
    unit: 'records',
    scale: 1,
    belowMin: 'constraint',
    aboveMax: 'constraint',
  },
  {
    name: 'MaximumBatchingWindowInSeconds',
    section: 'mapping',
    key: 'batchWindowMs',
    member: 'maximumBatchingWindowInSeconds',
    live: true,
    type: 'integer',
    default: 0,
    min: 0,
    max: 300,
    unit: 's',
    scale: 1000,
    belowMin: 'constraint',
    aboveMax: 'constraint',
  },
  {
    name: 'MaximumRetryAttempts',
    section: 'mapping',
    key: 'maximumRetryAttempts',
    member: 'maximumRetryAttempts',
    live: true,
    type: 'integer',
    default: -1,
    min: -1,
    max: 10_000,
    unit: 'retries',
    scale: 1,
    special: { value: -1, meaning: 'retry until the records expire' },
    belowMin: 'constraint',
    aboveMax: 'constraint',
  },
  {
    name: 'MaximumRecordAgeInSeconds',
    section: 'mapping',
    key: 'maximumRecordAgeMs',
    member: 'maximumRecordAgeInSeconds',
    live: true,
    type: 'integer',
    default: -1,
    min: -1,
    max: 604_800,
    unit: 's',
    scale: 1000,
    special: { value: -1, meaning: 'forever' },
    gap: {
      from: 60,
      message: {
        exception: IPVE,
        text: 'MaximumRecordAgeInSeconds must be either -1 (forever) or between {from} and {max} (inclusive)',
      },
    },
    belowMin: 'constraint',
    aboveMax: 'constraint',
  },
  {
    name: 'BisectBatchOnFunctionError',
    section: 'mapping',
    key: 'bisectBatchOnFunctionError',
    member: 'bisectBatchOnFunctionError',
    live: true,
    type: 'boolean',
    default: false,
  },
  {
    name: 'ParallelizationFactor',
    section: 'mapping',
    key: 'parallelizationFactor',
    member: 'parallelizationFactor',
    live: true,
    type: 'integer',
    default: 1,
    min: 1,
    max: 10,
    unit: 'batches per shard',
    scale: 1,
    belowMin: 'constraint',
    aboveMax: 'constraint',
  },
  {
    name: 'FunctionResponseTypes',
    section: 'mapping',
    key: 'reportBatchItemFailures',
    member: 'functionResponseTypes',
    live: true,
    type: 'list',
    default: [],
    engineDefault: false,
    options: ['ReportBatchItemFailures'],
    maxItems: 1,
  },
  {
    name: 'TumblingWindowInSeconds',
    section: 'mapping',
    key: 'tumblingWindowMs',
    member: 'tumblingWindowInSeconds',
    live: true,
    type: 'integer',
    default: 0,
    min: 0,
    max: 900,
    unit: 's',
    scale: 1000,
    belowMin: 'constraint',
    aboveMax: 'constraint',
  },
  {
    name: 'FilterCriteria',
    section: 'mapping',
    key: 'filterPatterns',
    member: 'filterCriteria',
    live: true,
    type: 'structure',
    default: undefined,
    engineDefault: [],
    // The default quota of filters (AWS can raise it to 10; the simulator keeps the default).
    maxItems: 5,
  },
  {
    name: 'DestinationConfig',
    section: 'mapping',
    key: 'onFailure',
    member: 'destinationConfig',
    live: true,
    type: 'structure',
    default: { OnFailure: {} },
    engineDefault: undefined,
  },
  {
    name: 'MetricsConfig',
    section: 'mapping',
    key: 'eventCountMetrics',
    member: 'metricsConfig',
    live: true,
    type: 'structure',
    default: undefined,
    engineDefault: false,
    // The values of `MetricsConfig.Metrics`.
    options: ['EventCount'],
  },
  {
    // Not echoed as a field (the response has `State`), but a mapping is created enabled unless told.
    name: 'Enabled',
    section: 'mapping',
    key: 'enabled',
    member: 'enabled',
    live: true,
    type: 'boolean',
    default: true,
  },
] as const satisfies readonly Parameter[]

export const FUNCTION_PARAMETERS = [
  {
    name: 'Runtime',
    section: 'function',
    key: 'runtime',
    member: 'runtime',
    live: false,
    type: 'enum',
    default: 'nodejs22.x',
    options: RUNTIMES,
  },
  {
    name: 'Timeout',
    section: 'function',
    key: 'timeoutMs',
    member: 'timeout',
    live: true,
    type: 'integer',
    default: 3,
    min: 1,
    max: 900,
    unit: 's',
    scale: 1000,
    belowMin: 'constraint',
    aboveMax: 'constraint',
  },
  {
    name: 'MemorySize',
    section: 'function',
    key: 'memorySizeMb',
    member: 'memorySize',
    live: true,
    type: 'integer',
    default: 128,
    min: 128,
    max: 10_240,
    unit: 'MB',
    scale: 1,
    belowMin: 'constraint',
    aboveMax: 'constraint',
  },
  {
    // PutFunctionConcurrency; null (our shorthand for DeleteFunctionConcurrency) = unreserved.
    name: 'ReservedConcurrentExecutions',
    section: 'function',
    key: 'reservedConcurrency',
    member: 'reservedConcurrentExecutions',
    live: true,
    type: 'integer',
    default: null,
    min: 0,
    max: ACCOUNT_CONCURRENCY,
    unit: 'executions',
    scale: 1,
    belowMin: 'constraint',
    aboveMax: {
      exception: IPVE,
      text: "ReservedConcurrentExecutions {value} exceeds the simulated account's concurrency limit of {max}",
    },
  },
] as const satisfies readonly Parameter[]

export const PARAMETERS: readonly Parameter[] = [...MAPPING_PARAMETERS, ...FUNCTION_PARAMETERS]

type MappingName = (typeof MAPPING_PARAMETERS)[number]['name']
type FunctionName = (typeof FUNCTION_PARAMETERS)[number]['name']

/** One parameter by section and AWS name; undefined for a name the table does not have. */
export function findParameter(section: ParameterSection, name: string): Parameter | undefined {
  return PARAMETERS.find((p) => p.section === section && p.name === name)
}

export function mappingParameter<N extends MappingName>(
  name: N,
): Extract<(typeof MAPPING_PARAMETERS)[number], { name: N }> {
  return MAPPING_PARAMETERS.find((p) => p.name === name) as Extract<
    (typeof MAPPING_PARAMETERS)[number],
    { name: N }
  >
}

export function functionParameter<N extends FunctionName>(
  name: N,
): Extract<(typeof FUNCTION_PARAMETERS)[number], { name: N }> {
  return FUNCTION_PARAMETERS.find((p) => p.name === name) as Extract<
    (typeof FUNCTION_PARAMETERS)[number],
    { name: N }
  >
}

/** An AWS value in the engine's unit (seconds → ms); the special value (-1) is kept as it is. */
export function toEngineValue(p: IntegerParameter, value: number): number {
  return value === p.special?.value ? value : value * p.scale
}

/** What AWS answers for an integer of the right type, or undefined when it accepts it. */
export function integerMessage(p: IntegerParameter, value: number | bigint): string | undefined {
  if (value < p.min) return rangeText(p, value, p.belowMin, minRule(p.min))
  if (value > p.max) return rangeText(p, value, p.aboveMax, maxRule(p.max))
  const gap = p.gap
  if (gap !== undefined && value !== p.special?.value && value < gap.from) {
    return rangeText(p, value, gap.message, '')
  }
  return undefined
}

function rangeText(p: IntegerParameter, value: number | bigint, m: RangeMessage, rule: string) {
  if (m === 'constraint') return constraint(VE, value, p.member, rule)
  const text = m.text
    .replace('{value}', String(value))
    .replace('{max}', String(p.max))
    .replace('{from}', String(p.gap?.from))
  return `${m.exception}: ${text}`
}
