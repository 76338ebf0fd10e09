/** CDK in TypeScript (aws-cdk-lib v2): Table, Function and a DynamoEventSource with its real prop names. */
import type { ExportModel } from './model'
import { comment, fileNoteLines, headerLines } from './notes'

const ATTRIBUTE_TYPE = { S: 'STRING', N: 'NUMBER', B: 'BINARY' } as const

const str = (s: string): string => `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`
const RUNTIME = (runtime: string): string =>
  `lambda.Runtime.${runtime.replace('nodejs', 'NODEJS_').replace('.x', '_X').toUpperCase()}`

const DESTINATION = {
  sqs: { module: 'sqs', construct: 'sqs.Queue', prop: 'queueName', dlq: 'SqsDlq' },
  sns: { module: 'sns', construct: 'sns.Topic', prop: 'topicName', dlq: 'SnsDlq' },
  s3: { module: 's3', construct: 's3.Bucket', prop: 'bucketName', dlq: 'S3OnFailureDestination' },
} as const

/** `name: value,` lines for the props that are set. */
const props = (indent: string, entries: readonly [string, string | undefined][]): string =>
  entries
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${indent}${k}: ${v},`)
    .join('\n')

const seconds = (n: number | undefined): string | undefined =>
  n === undefined ? undefined : `Duration.seconds(${n})`

function eventSourceProps(model: ExportModel): string {
  const m = model.mapping
  // CDK's Duration cannot say -1 ("no limit"): it is maxRecordAge's default, so it is left out with a note.
  const recordAge = m.MaximumRecordAgeInSeconds
  const ageLine =
    recordAge === -1
      ? "        // MaximumRecordAgeInSeconds -1 (no limit) is maxRecordAge's default: left out.\n"
      : ''
  const filters = m.FilterPatterns?.map((p) => `lambda.FilterCriteria.filter(${p})`)
  return (
    ageLine +
    props('        ', [
      ['startingPosition', `lambda.StartingPosition.${m.StartingPosition}`],
      ['batchSize', m.BatchSize?.toString()],
      ['maxBatchingWindow', seconds(m.MaximumBatchingWindowInSeconds)],
      ['retryAttempts', m.MaximumRetryAttempts?.toString()],
      ['maxRecordAge', recordAge === -1 ? undefined : seconds(recordAge)],
      ['bisectBatchOnError', m.BisectBatchOnFunctionError?.toString()],
      ['parallelizationFactor', m.ParallelizationFactor?.toString()],
      [
        'onFailure',
        model.destination && `new ${DESTINATION[model.destination.kind].dlq}(onFailure)`,
      ],
      ['filters', filters && `[${filters.join(', ')}]`],
      ['reportBatchItemFailures', m.ReportBatchItemFailures && 'true'],
      ['tumblingWindow', seconds(m.TumblingWindowInSeconds)],
      ['enabled', m.Enabled?.toString()],
      ['metricsConfig', m.EventCountMetrics && '{ metrics: [lambda.MetricType.EVENT_COUNT] }'],
    ])
  )
}

export function cdkApp(model: ExportModel): string {
  const t = model.table
  const fn = model.fn
  const d = model.destination && DESTINATION[model.destination.kind]
  const [hash, range] = t.keys
  const key = (k: typeof hash) =>
    `{ name: ${str(k.name)}, type: dynamodb.AttributeType.${ATTRIBUTE_TYPE[k.attributeType]} }`
  const imports = [
    "import { App, Duration, Stack } from 'aws-cdk-lib'",
    "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb'",
    "import * as lambda from 'aws-cdk-lib/aws-lambda'",
    `import { DynamoEventSource${d ? `, ${d.dlq}` : ''} } from 'aws-cdk-lib/aws-lambda-event-sources'`,
    ...(d ? [`import * as ${d.module} from 'aws-cdk-lib/aws-${d.module}'`] : []),
    "import type { Construct } from 'constructs'",
  ]
  const header = headerLines(model, 'CDK app (TypeScript, aws-cdk-lib v2)')
  header.push(
    '',
    'Code.fromAsset reads the folder handler/ (the handler is at the end of this file). Deploy: `npx cdk deploy`.',
  )
  const body = `
class StreamToLambdaStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id)
    const table = new dynamodb.Table(this, 'Table', {
${props('      ', [
  ['tableName', str(t.name)],
  ['partitionKey', key(hash)],
  ['sortKey', range && key(range)],
  ['billingMode', 'dynamodb.BillingMode.PAY_PER_REQUEST'],
  ['stream', `dynamodb.StreamViewType.${t.streamViewType}`],
  ['timeToLiveAttribute', t.ttlAttribute && str(t.ttlAttribute)],
])}
    })
    const handler = new lambda.Function(this, 'Handler', {
${props('      ', [
  ['functionName', str(fn.name)],
  ['runtime', RUNTIME(fn.runtime)],
  ['handler', "'index.handler'"],
  ['code', "lambda.Code.fromAsset('handler')"],
  ['timeout', seconds(fn.timeout)],
  ['memorySize', fn.memorySize?.toString()],
  ['reservedConcurrentExecutions', fn.reservedConcurrency?.toString()],
])}
    })${
      d && model.destination
        ? `\n    const onFailure = new ${d.construct}(this, 'OnFailure', { ${d.prop}: ${str(model.destination.name)} })`
        : ''
    }
    handler.addEventSource(
      new DynamoEventSource(table, {
${eventSourceProps(model)}
      }),
    )
  }
}

const app = new App()
new StreamToLambdaStack(app, 'StreamToLambdaStack')
`
  return `${comment('// ', header)}\n${imports.join('\n')}\n${body}\n${comment('// ', fileNoteLines(model, `handler/${fn.fileName}`))}\n`
}
