/**
 * The settings forms' catalog: every CreateEventSourceMapping option and function setting the simulator
 * models, with AWS's names, defaults and ranges, a one-line explanation and the AWS doc. Data only; the
 * messages for bad values come from the engine's validators, never from here.
 */
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

const API =
  'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html#lambda-CreateEventSourceMapping-request-'
const ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'

export const MAPPING_FIELDS: readonly FieldSpec[] = [
  {
    name: 'StartingPosition',
    kind: 'enum',
    defaultText: '(required)',
    options: ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'],
    explanation: 'Where in the stream the mapping starts reading.',
    docUrl: `${API}StartingPosition`,
    simulatorChoice: 'LATEST starts at the tip at the creation millisecond.',
    onReset: true,
  },
  {
    name: 'BatchSize',
    kind: 'int',
    defaultText: '100',
    range: '1–10,000',
    explanation: 'The most records Lambda sends in one invocation.',
    docUrl: `${API}BatchSize`,
    simulatorChoice: 'BatchSize above 10 with no batching window is accepted, as observed on AWS.',
  },
  {
    name: 'MaximumBatchingWindowInSeconds',
    kind: 'int',
    defaultText: '0',
    range: '0–300',
    explanation: 'How long Lambda gathers records before it invokes.',
    docUrl: `${API}MaximumBatchingWindowInSeconds`,
    simulatorChoice: 'The next window opens when the previous invocation completes.',
  },
  {
    name: 'MaximumRetryAttempts',
    kind: 'int',
    defaultText: '-1',
    range: '-1–10,000',
    explanation: 'Retries of a failed batch; -1 retries until the records expire.',
    docUrl: `${API}MaximumRetryAttempts`,
    simulatorChoice: 'Retries wait 1 s, 2 s, 4 s … capped at 60 s, no jitter.',
  },
  {
    name: 'MaximumRecordAgeInSeconds',
    kind: 'int',
    defaultText: '-1',
    range: '-1, or 60–604,800',
    explanation: 'Records older than this are discarded instead of retried; -1 keeps them.',
    docUrl: `${API}MaximumRecordAgeInSeconds`,
  },
  {
    name: 'BisectBatchOnFunctionError',
    kind: 'bool',
    defaultText: 'false',
    explanation: 'On an error, split the batch in two and retry each half.',
    docUrl: `${API}BisectBatchOnFunctionError`,
  },
  {
    name: 'ParallelizationFactor',
    kind: 'int',
    defaultText: '1',
    range: '1–10',
    explanation: 'Concurrent batches per shard; records of one partition key stay in order.',
    docUrl: `${API}ParallelizationFactor`,
    simulatorChoice: 'A record picks its lane by an FNV-1a hash of its partition key.',
  },
  {
    name: 'FunctionResponseTypes',
    kind: 'responseTypes',
    defaultText: '[]',
    options: ['ReportBatchItemFailures'],
    explanation: 'Let the handler report the failed records so only they are retried.',
    docUrl: `${API}FunctionResponseTypes`,
  },
  {
    name: 'TumblingWindowInSeconds',
    kind: 'int',
    defaultText: '0',
    range: '0–900',
    explanation: 'Aggregate state across invocations within fixed windows.',
    docUrl: `${API}TumblingWindowInSeconds`,
  },
  {
    name: 'FilterCriteria',
    kind: 'filters',
    defaultText: 'none',
    range: 'up to 5 patterns, one per line',
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
    options: ['EventCount'],
    explanation: 'Opt in to the event-count metrics of the mapping.',
    docUrl: `${API}MetricsConfig`,
  },
  {
    name: 'Enabled',
    kind: 'bool',
    defaultText: 'true',
    explanation: 'A disabled mapping stops polling; the checkpoint is kept.',
    docUrl: `${API}Enabled`,
    simulatorChoice: 'State transitions (Enabling, Updating, Disabling) take 1 s.',
  },
]

const FN =
  'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html#lambda-CreateFunction-request-'

export const FUNCTION_FIELDS: readonly FieldSpec[] = [
  {
    name: 'Timeout',
    kind: 'int',
    defaultText: '3',
    range: '1–900 s',
    explanation: 'Seconds an invocation may run before Lambda stops it.',
    docUrl: `${FN}Timeout`,
    onReset: true,
  },
  {
    name: 'MemorySize',
    kind: 'int',
    defaultText: '128',
    range: '128–10,240 MB',
    explanation: 'Memory of each execution environment (shown to the handler).',
    docUrl: `${FN}MemorySize`,
    onReset: true,
  },
  {
    name: 'ReservedConcurrentExecutions',
    kind: 'nullableInt',
    defaultText: 'unreserved',
    range: '0–1,000, empty = unreserved',
    explanation: 'Caps concurrent invocations; 0 throttles every invocation.',
    docUrl: 'https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html',
  },
]

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
      const filters = (value as { Filters?: { Pattern?: unknown }[] } | undefined)?.Filters ?? []
      return filters.map((f) => textOf(f.Pattern)).join('\n')
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
