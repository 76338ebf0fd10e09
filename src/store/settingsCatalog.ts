/**
 * The settings forms' catalog: every CreateEventSourceMapping option and function setting the form offers.
 * Defaults, ranges, options and whether a change applies live come from the engine's parameter table; this
 * file adds only the presentation: a one-line explanation, the AWS doc and the simulator's choices. The
 * messages for bad values come from the engine's validators, never from here.
 */
import { findParameter } from '../engine'
import type { Parameter, ParameterSection } from '../engine'

export type FieldKind =
  'int' | 'bool' | 'enum' | 'arn' | 'filters' | 'responseTypes' | 'metrics' | 'nullableInt'

export interface FieldSpec {
  readonly name: string
  readonly kind: FieldKind
  readonly defaultText: string
  readonly range?: string
  readonly options?: readonly string[]
  readonly explanation: string
  readonly docUrl: string
  /** Where AWS leaves the behaviour open and the simulator decides (docs/semantics.md). */
  readonly simulatorChoice?: string
  /** Not updatable on a live mapping/function: the change applies from the next Reset. */
  readonly onReset?: boolean
}

/** What only the form knows about a field; the rest is read from the parameter table. */
interface Presentation {
  readonly name: string
  readonly kind: FieldKind
  readonly explanation: string
  readonly docUrl: string
  readonly simulatorChoice?: string
  /** The word for "left out" where the default is no plain value (`none`, `off`). */
  readonly defaultText?: string
  /** The range of a field that is no number, in words. */
  readonly range?: string
  /** Show the unit after the range (`1–900 s`). */
  readonly showUnit?: boolean
}

const number = (n: number) => n.toLocaleString('en-US')

function parameter(section: ParameterSection, name: string): Parameter {
  const p = findParameter(section, name)
  if (p === undefined) throw new Error(`${section}.${name} is not in the engine's parameter table`)
  return p
}

function defaultText(p: Parameter): string {
  if (p.default === undefined) return '(required)'
  if (p.default === null) return 'unreserved'
  const value = p.default
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string'
    ? String(value)
    : JSON.stringify(value)
}

function rangeText(p: Parameter, showUnit: boolean | undefined): string | undefined {
  if (p.type !== 'integer') return undefined
  const span =
    p.gap !== undefined && p.special !== undefined
      ? `${number(p.special.value)}, or ${number(p.gap.from)}–${number(p.max)}`
      : `${number(p.min)}–${number(p.max)}`
  const unit = showUnit ? ` ${p.unit}` : ''
  return `${span}${unit}${p.default === null ? ', empty = unreserved' : ''}`
}

function field(section: ParameterSection, presentation: Presentation): FieldSpec {
  const { showUnit, ...shown } = presentation
  const p = parameter(section, presentation.name)
  const options =
    p.type === 'enum' || p.type === 'list' || p.type === 'structure' ? p.options : undefined
  return {
    ...shown,
    defaultText: presentation.defaultText ?? defaultText(p),
    range: presentation.range ?? rangeText(p, showUnit),
    options,
    onReset: !p.live,
  }
}

const API =
  'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html#lambda-CreateEventSourceMapping-request-'
const ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'
const filterQuota = parameter('mapping', 'FilterCriteria')
/** A Timeout / MemorySize change mid-run is an UpdateFunctionConfiguration (docs/semantics.md D15). */
const LIVE_FUNCTION_CHOICE =
  'changed during a run, it applies after a 1 s update to invocations that start then, in new (cold) environments; one already running keeps the old value.'

export const MAPPING_FIELDS: readonly FieldSpec[] = (
  [
    {
      name: 'StartingPosition',
      kind: 'enum',
      explanation:
        'Where in the stream the mapping starts reading. Fixed once the mapping exists, as on AWS: UpdateEventSourceMapping cannot change it.',
      docUrl: `${API}StartingPosition`,
      simulatorChoice: 'LATEST starts at the tip at the creation millisecond.',
    },
    {
      name: 'BatchSize',
      kind: 'int',
      explanation: 'The most records Lambda sends in one invocation.',
      docUrl: `${API}BatchSize`,
      simulatorChoice:
        'BatchSize above 10 with no batching window is accepted, as observed on AWS.',
    },
    {
      name: 'MaximumBatchingWindowInSeconds',
      kind: 'int',
      explanation: 'How long Lambda gathers records before it invokes.',
      docUrl: `${API}MaximumBatchingWindowInSeconds`,
      simulatorChoice: 'The next window opens when the previous invocation completes.',
    },
    {
      name: 'MaximumRetryAttempts',
      kind: 'int',
      explanation: 'Retries of a failed batch; -1 retries until the records expire.',
      docUrl: `${API}MaximumRetryAttempts`,
      simulatorChoice: 'Retries wait 1 s, 2 s, 4 s … capped at 60 s, no jitter.',
    },
    {
      name: 'MaximumRecordAgeInSeconds',
      kind: 'int',
      explanation: 'Records older than this are discarded instead of retried; -1 keeps them.',
      docUrl: `${API}MaximumRecordAgeInSeconds`,
    },
    {
      name: 'BisectBatchOnFunctionError',
      kind: 'bool',
      explanation: 'On an error, split the batch in two and retry each half.',
      docUrl: `${API}BisectBatchOnFunctionError`,
    },
    {
      name: 'ParallelizationFactor',
      kind: 'int',
      explanation: 'Concurrent batches per shard; records of one partition key stay in order.',
      docUrl: `${API}ParallelizationFactor`,
      simulatorChoice: 'A record picks its lane by an FNV-1a hash of its partition key.',
    },
    {
      name: 'FunctionResponseTypes',
      kind: 'responseTypes',
      explanation: 'Let the handler report the failed records so only they are retried.',
      docUrl: `${API}FunctionResponseTypes`,
    },
    {
      name: 'TumblingWindowInSeconds',
      kind: 'int',
      explanation: 'Aggregate state across invocations within fixed windows.',
      docUrl: `${API}TumblingWindowInSeconds`,
    },
    {
      name: 'FilterCriteria',
      kind: 'filters',
      defaultText: 'none',
      range: `up to ${filterQuota.type === 'structure' ? filterQuota.maxItems : ''} patterns, one per line`,
      explanation: 'Only records matching a pattern reach the function; the rest are dropped.',
      docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb-filtering.html',
      simulatorChoice: 'Patterns match the whole record as delivered, metadata included.',
    },
    {
      name: 'DestinationConfig',
      kind: 'arn',
      defaultText: 'none',
      range: 'SQS, SNS or S3 ARN',
      explanation: 'Where a batch that exhausted its retries is described (OnFailure).',
      docUrl: ERRORS,
    },
    {
      name: 'MetricsConfig',
      kind: 'metrics',
      defaultText: 'off',
      explanation: 'Opt in to the event-count metrics of the mapping.',
      docUrl: `${API}MetricsConfig`,
    },
    {
      name: 'Enabled',
      kind: 'bool',
      explanation: 'A disabled mapping stops polling; the checkpoint is kept.',
      docUrl: `${API}Enabled`,
      simulatorChoice: 'State transitions (Enabling, Updating, Disabling) take 1 s.',
    },
  ] satisfies Presentation[]
).map((presentation) => field('mapping', presentation))

const FN =
  'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html#lambda-CreateFunction-request-'

export const FUNCTION_FIELDS: readonly FieldSpec[] = (
  [
    {
      name: 'Timeout',
      kind: 'int',
      explanation: 'Seconds an invocation may run before Lambda stops it.',
      docUrl: `${FN}Timeout`,
      simulatorChoice: LIVE_FUNCTION_CHOICE,
      showUnit: true,
    },
    {
      name: 'MemorySize',
      kind: 'int',
      explanation: 'Memory of each execution environment (shown to the handler).',
      docUrl: `${FN}MemorySize`,
      simulatorChoice: LIVE_FUNCTION_CHOICE,
      showUnit: true,
    },
    {
      name: 'ReservedConcurrentExecutions',
      kind: 'nullableInt',
      explanation: 'Caps concurrent invocations; 0 throttles every invocation.',
      docUrl: 'https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html',
    },
  ] satisfies Presentation[]
).map((presentation) => field('function', presentation))

/** The text a field shows for a value in the scenario file. */
export function fieldText(spec: FieldSpec, value: unknown): string | boolean {
  switch (spec.kind) {
    case 'bool':
      return value === undefined ? spec.defaultText === 'true' : value === true
    case 'responseTypes':
      return Array.isArray(value) && value.includes('ReportBatchItemFailures')
    case 'metrics':
      return Array.isArray((value as { Metrics?: unknown } | undefined)?.Metrics)
    case 'filters': {
      const filters = (value as { Filters?: unknown } | undefined)?.Filters
      if (!Array.isArray(filters)) return filters === undefined ? '' : textOf(filters)
      return filters.map((f) => textOf((f as { Pattern?: unknown } | null)?.Pattern)).join('\n')
    }
    case 'arn':
      return textOf(
        (value as { OnFailure?: { Destination?: unknown } } | undefined)?.OnFailure?.Destination,
      )
    case 'int':
    case 'nullableInt':
    case 'enum':
      return textOf(value)
  }
}

/** A scalar as the input shows it; anything else as JSON (a hand-edited file may hold any shape). */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value)
}

/** The JSON value a field's input stands for; undefined removes the key (AWS default). */
export function fieldValue(spec: FieldSpec, input: string | boolean): unknown {
  if (typeof input === 'boolean') {
    if (spec.kind === 'responseTypes') return input ? ['ReportBatchItemFailures'] : []
    if (spec.kind === 'metrics') return input ? { Metrics: ['EventCount'] } : undefined
    return input
  }
  const text = input.trim()
  switch (spec.kind) {
    case 'int':
    case 'nullableInt':
      if (text === '') return spec.kind === 'nullableInt' ? null : undefined
      // A number only when it is one; anything else goes to the validator as typed, so AWS's type message shows.
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text
    case 'filters':
      return text === ''
        ? undefined
        : {
            Filters: text
              .split('\n')
              .filter((l) => l.trim() !== '')
              .map((Pattern) => ({ Pattern })),
          }
    case 'arn':
      return text === '' ? undefined : { OnFailure: { Destination: text } }
    case 'enum':
      return text === '' ? undefined : text
    case 'bool':
    case 'responseTypes':
    case 'metrics':
      return text
  }
}
