/**
 * Each export parses with a real parser and says what the scenario says: YAML (the `yaml` package, with
 * CloudFormation's short-form tags), the CLI's JSON arguments (JSON.parse after shell unquoting, and `bash -n`),
 * Terraform (HashiCorp's HCL parser, compiled to WebAssembly in @cdktn/hcl2json).
 */
import { parseHcl } from './testing/hcl'
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { ScalarTag } from 'yaml'
import { exportModelOf } from '.'
import { cliScript } from './cli'
import { cloudFormationTemplate } from './cloudformation'
import { samTemplate } from './sam'
import { terraformConfig } from './terraform'
import { EXPORT_CASES } from './testing/scenarios'
import { flagsOf, readScript } from './testing/shellWords'

/** CloudFormation's short forms, read as the long forms they stand for. */
const CFN_TAGS: ScalarTag[] = [
  { tag: '!Ref', resolve: (s: string) => ({ Ref: s }) },
  { tag: '!GetAtt', resolve: (s: string) => ({ 'Fn::GetAtt': s.split('.') }) },
  { tag: '!Sub', resolve: (s: string) => ({ 'Fn::Sub': s }) },
]
const yaml = (text: string) =>
  parseYaml(text, { customTags: CFN_TAGS, strict: true, uniqueKeys: true }) as {
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>
  }

type Json = Record<string, unknown>
const DESTINATION_ARN = {
  sqs: { 'Fn::GetAtt': ['OnFailureQueue', 'Arn'] },
  sns: { Ref: 'OnFailureTopic' },
  s3: { 'Fn::GetAtt': ['OnFailureBucket', 'Arn'] },
}

/**
 * The mapping settings as the file configures them, in the API's names: what CloudFormation and SAM must carry.
 * Empty lists and an empty destination mean "none" to AWS, so they are not carried.
 */
function expectedMapping(file: Json, destination: unknown): Json {
  const m = { ...(file.mapping as Json) }
  const filters = (m.FilterCriteria as { Filters?: unknown[] } | undefined)?.Filters ?? []
  if (filters.length === 0) delete m.FilterCriteria
  if (((m.FunctionResponseTypes as unknown[] | undefined) ?? []).length === 0)
    delete m.FunctionResponseTypes
  if (((m.MetricsConfig as { Metrics?: unknown[] } | undefined)?.Metrics ?? []).length === 0)
    delete m.MetricsConfig
  if (destination === undefined) delete m.DestinationConfig
  else m.DestinationConfig = { OnFailure: { Destination: destination } }
  return m
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const table = (file: Json) => file.table as Json
const fnOf = (file: Json) => file.function as Json

describe.each(EXPORT_CASES)('export of $name', ({ file, model }) => {
  const destination = model.destination && DESTINATION_ARN[model.destination.kind]

  it('CloudFormation parses as YAML and carries the table, function and every mapping setting', () => {
    const doc = yaml(cloudFormationTemplate(model))
    const props = doc.Resources.StreamMapping.Properties
    expect(doc.Resources.StreamMapping.Type).toBe('AWS::Lambda::EventSourceMapping')
    expect(props).toEqual({
      FunctionName: { Ref: 'Handler' },
      EventSourceArn: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
      ...expectedMapping(file, destination),
    })
    const t = doc.Resources.Table.Properties
    expect(t.KeySchema).toEqual(table(file).KeySchema)
    expect(t.AttributeDefinitions).toEqual(table(file).AttributeDefinitions)
    expect(t.StreamSpecification).toEqual({
      StreamViewType: (table(file).StreamSpecification as Json).StreamViewType,
    })
    expect(t.TimeToLiveSpecification).toEqual(table(file).TimeToLiveSpecification)
    const f = doc.Resources.Handler.Properties
    expect([f.Timeout, f.MemorySize, f.ReservedConcurrentExecutions]).toEqual([
      fnOf(file).Timeout,
      fnOf(file).MemorySize,
      fnOf(file).ReservedConcurrentExecutions ?? undefined,
    ])
    // Inline code only where CloudFormation can run it (CommonJS); byte-exact through the YAML block.
    const inline = model.fn.fileName === 'index.js'
    expect(f.Code).toEqual(inline ? { ZipFile: fnOf(file).code } : 'handler/')
  })

  it('SAM parses as YAML; its DynamoDB event carries every mapping setting', () => {
    const doc = yaml(samTemplate(model))
    const fn = doc.Resources.Handler
    expect(fn.Type).toBe('AWS::Serverless::Function')
    const event = (fn.Properties.Events as Record<string, { Type: string; Properties: Json }>)
      .Stream
    expect(event.Type).toBe('DynamoDB')
    expect(event.Properties).toEqual({
      Stream: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
      ...expectedMapping(file, destination),
    })
    const inline = model.fn.fileName === 'index.js'
    expect([fn.Properties.InlineCode, fn.Properties.CodeUri]).toEqual(
      inline ? [fnOf(file).code, undefined] : [undefined, 'handler/'],
    )
  })

  it('the CLI script passes bash -n and its JSON arguments parse after shell unquoting', () => {
    const script = cliScript(model)
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0)
    const env = {
      AWS_DEFAULT_REGION: model.region,
      ACCOUNT_ID: '111122223333',
      STREAM_ARN: 'arn:stream',
      DESTINATION_ARN: 'arn:dest',
    }
    const { commands, heredocs } = readScript(script, env)
    const jsonFlags = [
      'attribute-definitions',
      'key-schema',
      'stream-specification',
      'time-to-live-specification',
      'assume-role-policy-document',
      'policy-document',
      'destination-config',
      'filter-criteria',
      'metrics-config',
      'create-bucket-configuration',
    ]
    const notJson = commands
      .flatMap((words) => [...flagsOf(words)])
      .filter(([name, value]) => jsonFlags.includes(name) && !parsesAsJson(value))
    expect(notJson).toEqual([])
    const create = commands.find((c) => c[2] === 'create-table')
    expect(JSON.parse(flagsOf(create ?? []).get('key-schema') ?? '')).toEqual(table(file).KeySchema)
    const mapping = flagsOf(commands.find((c) => c[2] === 'create-event-source-mapping') ?? [])
    const filters = mapping.get('filter-criteria')
    const parsed = (text: string | undefined) =>
      text === undefined ? undefined : (JSON.parse(text) as unknown)
    expect(parsed(filters)).toEqual(
      model.mapping.FilterPatterns && (file.mapping as Json).FilterCriteria,
    )
    expect(parsed(mapping.get('destination-config'))).toEqual(
      destination && { OnFailure: { Destination: 'arn:dest' } },
    )
    // The handler's file, byte for byte (a heredoc ends the file with a newline).
    const code = String(fnOf(file).code)
    expect(heredocs.get(`handler/${model.fn.fileName}`)).toBe(
      code.endsWith('\n') ? code : `${code}\n`,
    )
  })

  it('Terraform parses with the HCL parser and carries every mapping setting', async () => {
    const doc = (await parseHcl('main.tf', terraformConfig(model))) as {
      resource: Record<string, Record<string, Json[]>>
      data: Record<string, Record<string, Json[]>>
    }
    const esm = doc.resource.aws_lambda_event_source_mapping.stream[0]
    const m = model.mapping
    expect(esm.starting_position).toBe(m.StartingPosition)
    expect(esm.batch_size).toBe(m.BatchSize)
    expect(esm.maximum_retry_attempts).toBe(m.MaximumRetryAttempts)
    expect(esm.maximum_record_age_in_seconds).toBe(m.MaximumRecordAgeInSeconds)
    expect(esm.maximum_batching_window_in_seconds).toBe(m.MaximumBatchingWindowInSeconds)
    expect(esm.bisect_batch_on_function_error).toBe(m.BisectBatchOnFunctionError)
    expect(esm.parallelization_factor).toBe(m.ParallelizationFactor)
    expect(esm.tumbling_window_in_seconds).toBe(m.TumblingWindowInSeconds)
    expect(esm.enabled).toBe(m.Enabled)
    expect(esm.function_response_types).toEqual(
      m.ReportBatchItemFailures && ['ReportBatchItemFailures'],
    )
    expect(esm.metrics_config).toEqual(m.EventCountMetrics && [{ metrics: ['EventCount'] }])
    // hcl2json keeps template escapes as written: `$${` is a literal `${`.
    const literal = (s: unknown) => String(s).replaceAll('$${', '${').replaceAll('%%{', '%{')
    const patterns = (esm.filter_criteria as { filter: Json[] }[] | undefined)?.[0].filter.map(
      (f) => literal(f.pattern),
    )
    expect(patterns).toEqual(m.FilterPatterns)
    expect(esm.destination_config !== undefined).toBe(destination !== undefined)
    const source = (doc.data.archive_file.handler[0].source as Json[])[0]
    expect(String(source.content)).not.toMatch(/(^|[^$])\$\{/)
    const code = String(fnOf(file).code)
    expect(literal(source.content)).toBe(code.endsWith('\n') ? code : `${code}\n`)
    const t = doc.resource.aws_dynamodb_table.table[0]
    expect(t.stream_view_type).toBe((table(file).StreamSpecification as Json).StreamViewType)
    expect(t.attribute).toEqual(
      model.table.keys.map((k) => ({ name: k.name, type: k.attributeType })),
    )
  })
})

describe('parsers reject what is broken (the checks above can fail)', () => {
  it('the HCL parser refuses an unclosed block', async () => {
    await expect(parseHcl('main.tf', 'resource "a" "b" {\n')).rejects.toThrow(
      /Unclosed configuration block/,
    )
  })
  it('bash -n refuses an unclosed quote', () => {
    expect(spawnSync('bash', ['-n'], { input: "aws x --y '{\n" }).status).not.toBe(0)
  })
})

describe('an invalid scenario', () => {
  it('gives its errors, as the app shows them, and nothing to export', () => {
    const result = exportModelOf({ format: 'dynamodb-lambda-playground/scenario', version: 1 })
    expect(result.ok ? [] : result.errors.slice(0, 1)).toEqual([
      'table: The scenario needs a "table" section (CreateTable fields)',
    ])
  })
})
