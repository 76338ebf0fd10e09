/**
 * Each export names every configured setting, spelled as that format spells it: one row per setting, one
 * column per format. A line matches when it equals the spelling with runs of spaces collapsed (Terraform aligns).
 */
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '.'
import type { ExportFormat, ExportModel } from '.'
import { EXPORT_CASES } from './testing/scenarios'

type Spelling = (v: unknown, model: ExportModel) => string
type Row = { readonly setting: string } & Readonly<Record<ExportFormat['id'], Spelling>>

const same =
  (key: string): Spelling =>
  (v) =>
    `${key}: ${String(v)}`
const kinds = {
  sqs: ['OnFailureQueue', 'SqsDlq', 'aws_sqs_queue'],
  sns: ['OnFailureTopic', 'SnsDlq', 'aws_sns_topic'],
  s3: ['OnFailureBucket', 'S3OnFailureDestination', 'aws_s3_bucket'],
} as const
const kindOf = (m: ExportModel) => kinds[m.destination?.kind ?? 'sqs']

const ROWS: readonly Row[] = [
  {
    setting: 'StartingPosition',
    cli: (v) => `--starting-position ${String(v)}`,
    sam: same('StartingPosition'),
    cloudformation: same('StartingPosition'),
    cdk: (v) => `startingPosition: lambda.StartingPosition.${String(v)},`,
    terraform: (v) => `starting_position = "${String(v)}"`,
  },
  {
    setting: 'BatchSize',
    cli: (v) => `--batch-size ${String(v)}`,
    sam: same('BatchSize'),
    cloudformation: same('BatchSize'),
    cdk: (v) => `batchSize: ${String(v)},`,
    terraform: (v) => `batch_size = ${String(v)}`,
  },
  {
    setting: 'MaximumBatchingWindowInSeconds',
    cli: (v) => `--maximum-batching-window-in-seconds ${String(v)}`,
    sam: same('MaximumBatchingWindowInSeconds'),
    cloudformation: same('MaximumBatchingWindowInSeconds'),
    cdk: (v) => `maxBatchingWindow: Duration.seconds(${String(v)}),`,
    terraform: (v) => `maximum_batching_window_in_seconds = ${String(v)}`,
  },
  {
    setting: 'MaximumRetryAttempts',
    cli: (v) => `--maximum-retry-attempts ${String(v)}`,
    sam: same('MaximumRetryAttempts'),
    cloudformation: same('MaximumRetryAttempts'),
    cdk: (v) => `retryAttempts: ${String(v)},`,
    terraform: (v) => `maximum_retry_attempts = ${String(v)}`,
  },
  {
    setting: 'MaximumRecordAgeInSeconds',
    cli: (v) => `--maximum-record-age-in-seconds ${String(v)}`,
    sam: same('MaximumRecordAgeInSeconds'),
    cloudformation: same('MaximumRecordAgeInSeconds'),
    // CDK's Duration cannot be -1: the export says so in a comment instead.
    cdk: (v) =>
      v === -1
        ? "// MaximumRecordAgeInSeconds -1 (no limit) is maxRecordAge's default: left out."
        : `maxRecordAge: Duration.seconds(${String(v)}),`,
    terraform: (v) => `maximum_record_age_in_seconds = ${String(v)}`,
  },
  {
    setting: 'BisectBatchOnFunctionError',
    cli: (v) => `--${v === true ? '' : 'no-'}bisect-batch-on-function-error`,
    sam: same('BisectBatchOnFunctionError'),
    cloudformation: same('BisectBatchOnFunctionError'),
    cdk: (v) => `bisectBatchOnError: ${String(v)},`,
    terraform: (v) => `bisect_batch_on_function_error = ${String(v)}`,
  },
  {
    setting: 'ParallelizationFactor',
    cli: (v) => `--parallelization-factor ${String(v)}`,
    sam: same('ParallelizationFactor'),
    cloudformation: same('ParallelizationFactor'),
    cdk: (v) => `parallelizationFactor: ${String(v)},`,
    terraform: (v) => `parallelization_factor = ${String(v)}`,
  },
  {
    setting: 'DestinationConfig',
    cli: () =>
      '--destination-config "{\\"OnFailure\\":{\\"Destination\\":\\"${DESTINATION_ARN}\\"}}"',
    sam: (_, m) =>
      m.destination?.kind === 'sns'
        ? 'Destination: !Ref OnFailureTopic'
        : `Destination: !GetAtt ${kindOf(m)[0]}.Arn`,
    cloudformation: (_, m) =>
      m.destination?.kind === 'sns'
        ? 'Destination: !Ref OnFailureTopic'
        : `Destination: !GetAtt ${kindOf(m)[0]}.Arn`,
    cdk: (_, m) => `onFailure: new ${kindOf(m)[1]}(onFailure),`,
    terraform: (_, m) => `destination_arn = ${kindOf(m)[2]}.on_failure.arn`,
  },
  {
    setting: 'FilterCriteria',
    cli: (v) => `--filter-criteria '${JSON.stringify(v).replaceAll("'", `'\\''`)}'`,
    sam: (v) => `- Pattern: '${firstPattern(v).replaceAll("'", "''")}'`,
    cloudformation: (v) => `- Pattern: '${firstPattern(v).replaceAll("'", "''")}'`,
    cdk: (v) =>
      `filters: [${(v as { Filters: { Pattern: string }[] }).Filters.map((f) => `lambda.FilterCriteria.filter(${f.Pattern})`).join(', ')}],`,
    terraform: (v) => `pattern = ${JSON.stringify(firstPattern(v)).replace(/([$%])\{/g, '$1$1{')}`,
  },
  {
    setting: 'FunctionResponseTypes',
    cli: () => '--function-response-types ReportBatchItemFailures',
    sam: () => '- ReportBatchItemFailures',
    cloudformation: () => '- ReportBatchItemFailures',
    cdk: () => 'reportBatchItemFailures: true,',
    terraform: () => 'function_response_types = ["ReportBatchItemFailures"]',
  },
  {
    setting: 'TumblingWindowInSeconds',
    cli: (v) => `--tumbling-window-in-seconds ${String(v)}`,
    sam: same('TumblingWindowInSeconds'),
    cloudformation: same('TumblingWindowInSeconds'),
    cdk: (v) => `tumblingWindow: Duration.seconds(${String(v)}),`,
    terraform: (v) => `tumbling_window_in_seconds = ${String(v)}`,
  },
  {
    setting: 'Enabled',
    cli: (v) => `--${v === true ? '' : 'no-'}enabled`,
    sam: same('Enabled'),
    cloudformation: same('Enabled'),
    cdk: (v) => `enabled: ${String(v)},`,
    terraform: (v) => `enabled = ${String(v)}`,
  },
  {
    setting: 'MetricsConfig',
    cli: () => `--metrics-config '{"Metrics":["EventCount"]}'`,
    sam: () => '- EventCount',
    cloudformation: () => '- EventCount',
    cdk: () => 'metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },',
    terraform: () => 'metrics = ["EventCount"]',
  },
]

function firstPattern(v: unknown): string {
  return (v as { Filters: { Pattern: string }[] }).Filters[0].Pattern
}

const normalise = (line: string) => line.trim().replace(/ {2,}/g, ' ')

/** What a file configures: keys present, empty lists and destinations being AWS's "none". */
function configured(mapping: Record<string, unknown>): [string, unknown][] {
  return Object.entries(mapping).filter(([key, v]) => {
    if (key === 'FilterCriteria') return ((v as { Filters?: unknown[] }).Filters ?? []).length > 0
    if (key === 'FunctionResponseTypes') return (v as unknown[]).length > 0
    if (key === 'MetricsConfig') return ((v as { Metrics?: unknown[] }).Metrics ?? []).length > 0
    if (key === 'DestinationConfig')
      return Boolean((v as { OnFailure?: { Destination?: string } }).OnFailure?.Destination)
    return true
  })
}

/** The table's and function's settings: key in the scenario file → spelling in each format. */
const RESOURCE_ROWS: readonly (Row & { readonly read: (file: Json) => unknown })[] = [
  {
    setting: 'StreamViewType',
    read: (f) => ((f.table as Json).StreamSpecification as Json).StreamViewType,
    cli: (v) => `--stream-specification '{"StreamEnabled":true,"StreamViewType":"${String(v)}"}'`,
    sam: same('StreamViewType'),
    cloudformation: same('StreamViewType'),
    cdk: (v) => `stream: dynamodb.StreamViewType.${String(v)},`,
    terraform: (v) => `stream_view_type = "${String(v)}"`,
  },
  {
    setting: 'TimeToLiveSpecification',
    read: (f) => ((f.table as Json).TimeToLiveSpecification as Json | undefined)?.AttributeName,
    cli: (v) => `--time-to-live-specification '{"Enabled":true,"AttributeName":"${String(v)}"}'`,
    sam: same('AttributeName'),
    cloudformation: same('AttributeName'),
    cdk: (v) => `timeToLiveAttribute: '${String(v)}',`,
    terraform: (v) => `attribute_name = "${String(v)}"`,
  },
  {
    setting: 'Timeout',
    read: (f) => (f.function as Json).Timeout,
    cli: (v) => `--timeout ${String(v)}`,
    sam: same('Timeout'),
    cloudformation: same('Timeout'),
    cdk: (v) => `timeout: Duration.seconds(${String(v)}),`,
    terraform: (v) => `timeout = ${String(v)}`,
  },
  {
    setting: 'MemorySize',
    read: (f) => (f.function as Json).MemorySize,
    cli: (v) => `--memory-size ${String(v)}`,
    sam: same('MemorySize'),
    cloudformation: same('MemorySize'),
    cdk: (v) => `memorySize: ${String(v)},`,
    terraform: (v) => `memory_size = ${String(v)}`,
  },
  {
    setting: 'ReservedConcurrentExecutions',
    read: (f) => (f.function as Json).ReservedConcurrentExecutions ?? undefined,
    cli: (v, m) =>
      `aws lambda put-function-concurrency --function-name ${m.fn.name} --reserved-concurrent-executions ${String(v)}`,
    sam: same('ReservedConcurrentExecutions'),
    cloudformation: same('ReservedConcurrentExecutions'),
    cdk: (v) => `reservedConcurrentExecutions: ${String(v)},`,
    terraform: (v) => `reserved_concurrent_executions = ${String(v)}`,
  },
]

type Json = Record<string, unknown>

describe('every configured setting (mapping, table, function) is named in every format', () => {
  it('the table has a row for every setting the variant scenario sets', () => {
    const all = EXPORT_CASES.find((c) => c.name.startsWith('every-setting'))
    expect(Object.keys(all?.file.mapping ?? {}).sort()).toEqual(ROWS.map((r) => r.setting).sort())
  })

  describe.each(EXPORT_CASES)('$name', ({ file, model }) => {
    const settings = configured(file.mapping as Record<string, unknown>)
    it.each(EXPORT_FORMATS.map((f) => [f.label, f] as const))('%s', (_, format) => {
      const lines = new Set(format.generate(model).split('\n').map(normalise))
      const resources = RESOURCE_ROWS.map((r) => [r, r.read(file)] as const)
        .filter(([, value]) => value !== undefined)
        .map(([r, value]) => normalise(r[format.id](value, model)))
      const missing = settings
        .map(([key, value]) => {
          const row = ROWS.find((r) => r.setting === key)
          return row === undefined ? `${key}: no row` : normalise(row[format.id](value, model))
        })
        .concat(resources)
        // A CLI flag's line ends with ` \\` unless it is the command's last.
        .filter((spelling) => !lines.has(spelling) && !lines.has(`${spelling} \\`))
      expect(missing).toEqual([])
    })
  })
})
