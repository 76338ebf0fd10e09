/** AWS CLI v2 commands, as one bash script: table, destination, role, function, then the mapping. */
import type { ExportModel } from './model'
import { DESTINATION_ACTIONS, MANAGED_POLICY, comment, headerLines } from './notes'

const BARE = /^[\w.:/=@%+,-]+$/

/** A shell word: bare when it is safe, otherwise single-quoted (nothing inside is expanded). */
export const shellWord = (s: string): string =>
  BARE.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`

/** JSON in single quotes: the form the AWS CLI docs use. */
const jsonArg = (value: unknown): string => shellWord(JSON.stringify(value))

const VAR = '@DESTINATION_ARN@'
/** JSON that carries one shell variable: double-quoted, with `"`, `\`, `$` and backquotes escaped. */
function jsonArgWithVar(value: unknown, variable: string): string {
  const escaped = JSON.stringify(value).replace(/["\\$`]/g, (c) => `\\${c}`)
  return `"${escaped.replaceAll(VAR, () => `\${${variable}}`)}"`
}

/** Flags, one per line, joined by ` \`. */
const command = (words: readonly string[], flags: readonly (string | undefined)[]): string =>
  [words.join(' '), ...flags.filter((f) => f !== undefined).map((f) => `  ${f}`)].join(' \\\n')

const flag = (name: string, value: string | number | undefined): string | undefined =>
  value === undefined ? undefined : `--${name} ${value}`

const boolFlag = (name: string, value: boolean | undefined): string | undefined =>
  value === undefined ? undefined : value ? `--${name}` : `--no-${name}`

function heredocDelimiter(code: string): string {
  const lines = new Set(code.split('\n'))
  let delimiter = 'HANDLER_EOF'
  while (lines.has(delimiter)) delimiter += '_'
  return delimiter
}

function tableSection(model: ExportModel): string[] {
  const t = model.table
  const name = shellWord(t.name)
  const out = [
    '# The table and its stream',
    command(
      ['aws', 'dynamodb', 'create-table'],
      [
        flag('table-name', name),
        flag(
          'attribute-definitions',
          jsonArg(t.keys.map((k) => ({ AttributeName: k.name, AttributeType: k.attributeType }))),
        ),
        flag(
          'key-schema',
          jsonArg(t.keys.map((k) => ({ AttributeName: k.name, KeyType: k.keyType }))),
        ),
        flag('billing-mode', 'PAY_PER_REQUEST'),
        flag(
          'stream-specification',
          jsonArg({ StreamEnabled: true, StreamViewType: t.streamViewType }),
        ),
      ],
    ),
    `aws dynamodb wait table-exists --table-name ${name}`,
    `STREAM_ARN=$(aws dynamodb describe-table --table-name ${name} --query Table.LatestStreamArn --output text)`,
  ]
  if (t.ttlAttribute !== undefined)
    out.push(
      command(
        ['aws', 'dynamodb', 'update-time-to-live'],
        [
          flag('table-name', name),
          flag(
            'time-to-live-specification',
            jsonArg({ Enabled: true, AttributeName: t.ttlAttribute }),
          ),
        ],
      ),
    )
  return out
}

function destinationSection(model: ExportModel): string[] {
  const d = model.destination
  if (d === undefined) return []
  const name = shellWord(d.name)
  const create = {
    sqs: [
      `aws sqs create-queue --queue-name ${name}`,
      `DESTINATION_ARN="arn:aws:sqs:\${AWS_DEFAULT_REGION}:\${ACCOUNT_ID}:${d.name}"`,
    ],
    sns: [
      `aws sns create-topic --name ${name}`,
      `DESTINATION_ARN="arn:aws:sns:\${AWS_DEFAULT_REGION}:\${ACCOUNT_ID}:${d.name}"`,
    ],
    s3: [
      model.region === 'us-east-1'
        ? `aws s3api create-bucket --bucket ${name}`
        : `aws s3api create-bucket --bucket ${name} --create-bucket-configuration ${jsonArg({ LocationConstraint: model.region })}`,
      `DESTINATION_ARN="arn:aws:s3:::${d.name}"`,
    ],
  }[d.kind]
  return ['', '# The on-failure destination', ...create]
}

function roleSection(model: ExportModel, role: string): string[] {
  const trust = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ],
  }
  const out = [
    '',
    '# The execution role',
    command(
      ['aws', 'iam', 'create-role'],
      [flag('role-name', role), flag('assume-role-policy-document', jsonArg(trust))],
    ),
    command(
      ['aws', 'iam', 'attach-role-policy'],
      [
        flag('role-name', role),
        flag('policy-arn', `arn:aws:iam::aws:policy/service-role/${MANAGED_POLICY}`),
      ],
    ),
  ]
  const d = model.destination
  if (d !== undefined) {
    const resource = d.kind === 's3' ? [VAR, `${VAR}/*`] : VAR
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: DESTINATION_ACTIONS[d.kind], Resource: resource }],
    }
    out.push(
      command(
        ['aws', 'iam', 'put-role-policy'],
        [
          flag('role-name', role),
          flag('policy-name', 'on-failure-destination'),
          flag('policy-document', jsonArgWithVar(policy, 'DESTINATION_ARN')),
        ],
      ),
    )
  }
  out.push('sleep 10 # a new role takes a few seconds before Lambda can assume it')
  return out
}

function functionSection(model: ExportModel, role: string): string[] {
  const fn = model.fn
  const name = shellWord(fn.name)
  const delimiter = heredocDelimiter(fn.code)
  const body = fn.code.endsWith('\n') ? fn.code : `${fn.code}\n`
  const out = [
    '',
    '# The function: its handler file, zipped',
    `mkdir -p handler && cat > handler/${fn.fileName} <<'${delimiter}'`,
    `${body}${delimiter}`,
    `(cd handler && zip -q ../function.zip ${fn.fileName})`,
    command(
      ['aws', 'lambda', 'create-function'],
      [
        flag('function-name', name),
        flag('runtime', fn.runtime),
        flag('handler', 'index.handler'),
        flag('role', `"arn:aws:iam::\${ACCOUNT_ID}:role/${role}"`),
        flag('zip-file', 'fileb://function.zip'),
        flag('timeout', fn.timeout),
        flag('memory-size', fn.memorySize),
      ],
    ),
    `aws lambda wait function-active-v2 --function-name ${name}`,
  ]
  if (fn.reservedConcurrency !== undefined)
    out.push(
      `aws lambda put-function-concurrency --function-name ${name} --reserved-concurrent-executions ${fn.reservedConcurrency}`,
    )
  return out
}

function mappingSection(model: ExportModel): string[] {
  const m = model.mapping
  return [
    '',
    '# The event source mapping',
    command(
      ['aws', 'lambda', 'create-event-source-mapping'],
      [
        flag('function-name', shellWord(model.fn.name)),
        flag('event-source-arn', '"$STREAM_ARN"'),
        flag('starting-position', m.StartingPosition),
        flag('batch-size', m.BatchSize),
        flag('maximum-batching-window-in-seconds', m.MaximumBatchingWindowInSeconds),
        flag('maximum-retry-attempts', m.MaximumRetryAttempts),
        flag('maximum-record-age-in-seconds', m.MaximumRecordAgeInSeconds),
        boolFlag('bisect-batch-on-function-error', m.BisectBatchOnFunctionError),
        flag('parallelization-factor', m.ParallelizationFactor),
        model.destination === undefined
          ? undefined
          : flag(
              'destination-config',
              jsonArgWithVar({ OnFailure: { Destination: VAR } }, 'DESTINATION_ARN'),
            ),
        m.FilterPatterns === undefined
          ? undefined
          : flag(
              'filter-criteria',
              jsonArg({ Filters: m.FilterPatterns.map((Pattern) => ({ Pattern })) }),
            ),
        m.ReportBatchItemFailures
          ? flag('function-response-types', 'ReportBatchItemFailures')
          : undefined,
        flag('tumbling-window-in-seconds', m.TumblingWindowInSeconds),
        boolFlag('enabled', m.Enabled),
        m.EventCountMetrics
          ? flag('metrics-config', jsonArg({ Metrics: ['EventCount'] }))
          : undefined,
      ],
    ),
  ]
}

export function cliScript(model: ExportModel): string {
  const role = `${model.fn.name}-role`.slice(0, 64)
  const header = headerLines(model, 'AWS CLI v2 script (bash)')
  return [
    '#!/usr/bin/env bash',
    comment('# ', header),
    'set -euo pipefail',
    `export AWS_DEFAULT_REGION=${shellWord(model.region)}`,
    'ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)',
    '',
    ...tableSection(model),
    ...destinationSection(model),
    ...roleSection(model, role),
    ...functionSection(model, role),
    ...mappingSection(model),
    '',
  ].join('\n')
}
