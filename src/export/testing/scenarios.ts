/**
 * The scenarios every exporter test runs: each file in examples/, plus variants that set what no example does
 * (every mapping setting at once, an S3 destination, a sort key, CommonJS and TypeScript handlers).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { exportModelOf } from '..'
import type { ExportModel } from '..'

type Json = Record<string, unknown>

const EXAMPLES = join(import.meta.dirname, '../../../examples')

const base = (): Json =>
  JSON.parse(readFileSync(join(EXAMPLES, 'bisect-poison-pill.json'), 'utf8')) as Json

/** Every setting the exporters know, at values other than AWS's defaults. */
function everySetting(): Json {
  const file = base()
  return {
    ...file,
    name: 'Every setting',
    region: 'eu-west-1',
    table: {
      TableName: 'Events.v2',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    },
    writes: [],
    function: {
      FunctionName: 'every_setting',
      Runtime: 'nodejs24.x',
      Timeout: 30,
      MemorySize: 512,
      ReservedConcurrentExecutions: 5,
      // Quotes, `${…}`, `%{…}`, a backslash and a line that looks like a heredoc end: all must survive.
      code: "export const handler = async (event) => {\n  const s = `it's ${event.Records.length} \\\\ %{x}`\n  console.log(s)\n}\nHANDLER_EOF\n",
    },
    mapping: {
      StartingPosition: 'LATEST',
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 5,
      MaximumRetryAttempts: 7,
      MaximumRecordAgeInSeconds: 3600,
      BisectBatchOnFunctionError: false,
      ParallelizationFactor: 3,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      TumblingWindowInSeconds: 60,
      FilterCriteria: { Filters: [{ Pattern: '{"eventName":["MODIFY"],"it\'s":["a $b"]}' }] },
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::every-setting-failures' } },
      MetricsConfig: { Metrics: ['EventCount'] },
      Enabled: false,
    },
  }
}

/** AWS's own "no limit" values and a CommonJS handler. */
function unlimitedCommonJs(): Json {
  const file = base()
  return {
    ...file,
    name: 'Unlimited, CommonJS',
    function: {
      FunctionName: 'cjs-handler',
      code: ' exports.handler = async () => {}\n',
    },
    mapping: {
      StartingPosition: 'TRIM_HORIZON',
      MaximumRetryAttempts: -1,
      MaximumRecordAgeInSeconds: -1,
      DestinationConfig: {
        OnFailure: { Destination: 'arn:aws:sns:us-east-1:123456789012:failures' },
      },
      Enabled: true,
    },
  }
}

function typeScript(): Json {
  const file = base()
  return {
    ...file,
    name: 'TypeScript',
    function: {
      FunctionName: 'ts-handler',
      language: 'typescript',
      code: "import type { DynamoDBStreamHandler } from 'aws-lambda'\n\nexport const handler: DynamoDBStreamHandler = async () => {}",
    },
  }
}

export interface ExportCase {
  readonly name: string
  readonly file: Json
  readonly model: ExportModel
}

function toCase(name: string, file: Json): ExportCase {
  const result = exportModelOf(file)
  if (!result.ok) throw new Error(`${name}: ${result.errors.join('; ')}`)
  return { name, file, model: result.model }
}

export const EXPORT_CASES: readonly ExportCase[] = [
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => toCase(f, JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) as Json)),
  toCase('every-setting (variant)', everySetting()),
  toCase('unlimited-commonjs (variant)', unlimitedCommonJs()),
  toCase('typescript (variant)', typeScript()),
]
