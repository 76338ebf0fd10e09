/** Terraform (HCL, hashicorp/aws provider ≥ 6): the table, role, function and aws_lambda_event_source_mapping. */
import type { ExportModel } from './model'
import { DESTINATION_ACTIONS, MANAGED_POLICY, comment, headerLines } from './notes'

/** A quoted HCL string: JSON-style escapes, and `${` / `%{` doubled so that nothing is interpolated. */
export const hclString = (s: string): string => JSON.stringify(s).replace(/([$%])\{/g, '$1$1{')

const DESTINATION = {
  sqs: { type: 'aws_sqs_queue', nameAttr: 'name' },
  sns: { type: 'aws_sns_topic', nameAttr: 'name' },
  s3: { type: 'aws_s3_bucket', nameAttr: 'bucket' },
} as const

type Attr = readonly [string, string | undefined]

/** `name = value` lines aligned like `terraform fmt`, skipping the unset ones. */
function attrs(indent: string, list: readonly Attr[]): string[] {
  const set = list.filter((a): a is readonly [string, string] => a[1] !== undefined)
  const width = Math.max(0, ...set.map(([k]) => k.length))
  return set.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}`)
}

const block = (header: string, body: readonly string[]): string =>
  [`${header} {`, ...body, '}'].join('\n')

const num = (n: number | undefined): string | undefined => n?.toString()

function heredoc(code: string): string {
  const lines = new Set(code.split('\n'))
  let delimiter = 'HANDLER_EOF'
  while (lines.has(delimiter)) delimiter += '_'
  const body = code.replace(/([$%])\{/g, '$1$1{')
  return `<<${delimiter}\n${body.endsWith('\n') ? body : `${body}\n`}${delimiter}`
}

function tableBlock(model: ExportModel): string {
  const t = model.table
  const [hash, range] = t.keys
  return block('resource "aws_dynamodb_table" "table"', [
    ...attrs('  ', [
      ['name', hclString(t.name)],
      ['billing_mode', '"PAY_PER_REQUEST"'],
      ['hash_key', hclString(hash.name)],
      ['range_key', range && hclString(range.name)],
      ['stream_enabled', 'true'],
      ['stream_view_type', hclString(t.streamViewType)],
    ]),
    ...t.keys.flatMap((k) => [
      '',
      '  attribute {',
      ...attrs('    ', [
        ['name', hclString(k.name)],
        ['type', hclString(k.attributeType)],
      ]),
      '  }',
    ]),
    ...(t.ttlAttribute === undefined
      ? []
      : [
          '',
          '  ttl {',
          ...attrs('    ', [
            ['attribute_name', hclString(t.ttlAttribute)],
            ['enabled', 'true'],
          ]),
          '  }',
        ]),
  ])
}

function roleBlocks(model: ExportModel): string[] {
  const out = [
    block('resource "aws_iam_role" "handler"', [
      `  name = ${hclString(`${model.fn.name}-role`.slice(0, 64))}`,
      '  assume_role_policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect    = "Allow"',
      '      Principal = { Service = "lambda.amazonaws.com" }',
      '      Action    = "sts:AssumeRole"',
      '    }]',
      '  })',
    ]),
    block('resource "aws_iam_role_policy_attachment" "stream_read"', [
      '  role       = aws_iam_role.handler.name',
      `  policy_arn = "arn:aws:iam::aws:policy/service-role/${MANAGED_POLICY}"`,
    ]),
  ]
  const d = model.destination
  if (d !== undefined) {
    const arn = `${DESTINATION[d.kind].type}.on_failure.arn`
    const resource = d.kind === 's3' ? `[${arn}, "$\{${arn}}/*"]` : arn
    out.push(
      block(`resource "${DESTINATION[d.kind].type}" "on_failure"`, [
        `  ${DESTINATION[d.kind].nameAttr} = ${hclString(d.name)}`,
      ]),
      block('resource "aws_iam_role_policy" "on_failure"', [
        '  name = "on-failure-destination"',
        '  role = aws_iam_role.handler.id',
        '  policy = jsonencode({',
        '    Version = "2012-10-17"',
        '    Statement = [{',
        '      Effect   = "Allow"',
        `      Action   = [${DESTINATION_ACTIONS[d.kind].map((a) => `"${a}"`).join(', ')}]`,
        `      Resource = ${resource}`,
        '    }]',
        '  })',
      ]),
    )
  }
  return out
}

function functionBlocks(model: ExportModel): string[] {
  const fn = model.fn
  return [
    block('data "archive_file" "handler"', [
      '  type        = "zip"',
      '  output_path = "${path.module}/function.zip"',
      '',
      '  source {',
      `    filename = ${hclString(fn.fileName)}`,
      `    content  = ${heredoc(fn.code)}`,
      '  }',
    ]),
    block('resource "aws_lambda_function" "handler"', [
      ...attrs('  ', [
        ['function_name', hclString(fn.name)],
        ['role', 'aws_iam_role.handler.arn'],
        ['runtime', hclString(fn.runtime)],
        ['handler', '"index.handler"'],
        ['filename', 'data.archive_file.handler.output_path'],
        ['source_code_hash', 'data.archive_file.handler.output_base64sha256'],
        ['timeout', num(fn.timeout)],
        ['memory_size', num(fn.memorySize)],
        ['reserved_concurrent_executions', num(fn.reservedConcurrency)],
      ]),
    ]),
  ]
}

function mappingBlock(model: ExportModel): string {
  const m = model.mapping
  const bool = (b: boolean | undefined) => b?.toString()
  const nested: string[] = []
  if (model.destination !== undefined)
    nested.push(
      '',
      '  destination_config {',
      '    on_failure {',
      `      destination_arn = ${DESTINATION[model.destination.kind].type}.on_failure.arn`,
      '    }',
      '  }',
    )
  if (m.FilterPatterns !== undefined)
    nested.push(
      '',
      '  filter_criteria {',
      ...m.FilterPatterns.flatMap((p) => [
        '    filter {',
        `      pattern = ${hclString(p)}`,
        '    }',
      ]),
      '  }',
    )
  if (m.EventCountMetrics)
    nested.push('', '  metrics_config {', '    metrics = ["EventCount"]', '  }')
  return block('resource "aws_lambda_event_source_mapping" "stream"', [
    ...attrs('  ', [
      ['event_source_arn', 'aws_dynamodb_table.table.stream_arn'],
      ['function_name', 'aws_lambda_function.handler.arn'],
      ['starting_position', hclString(m.StartingPosition)],
      ['batch_size', num(m.BatchSize)],
      ['maximum_batching_window_in_seconds', num(m.MaximumBatchingWindowInSeconds)],
      ['maximum_retry_attempts', num(m.MaximumRetryAttempts)],
      ['maximum_record_age_in_seconds', num(m.MaximumRecordAgeInSeconds)],
      ['bisect_batch_on_function_error', bool(m.BisectBatchOnFunctionError)],
      ['parallelization_factor', num(m.ParallelizationFactor)],
      ['function_response_types', m.ReportBatchItemFailures && '["ReportBatchItemFailures"]'],
      ['tumbling_window_in_seconds', num(m.TumblingWindowInSeconds)],
      ['enabled', bool(m.Enabled)],
    ]),
    ...nested,
    '',
    '  depends_on = [aws_iam_role_policy_attachment.stream_read]',
  ])
}

export function terraformConfig(model: ExportModel): string {
  const header = headerLines(model, 'Terraform configuration (main.tf)')
  const settings = block('terraform', [
    '  required_providers {',
    '    aws     = { source = "hashicorp/aws", version = ">= 6.0" }',
    '    archive = { source = "hashicorp/archive" }',
    '  }',
  ])
  const provider = block('provider "aws"', [`  region = ${hclString(model.region)}`])
  return `${[
    comment('# ', header),
    settings,
    provider,
    tableBlock(model),
    ...roleBlocks(model),
    ...functionBlocks(model),
    mappingBlock(model),
  ].join('\n\n')}\n`
}
