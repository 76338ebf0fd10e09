import type { ExportModel } from './model'

/** The header every format starts with: where it comes from and what the simulator simplifies. */
export function headerLines(model: ExportModel, format: string): string[] {
  return [
    `${format} for the DynamoDB Streams → Lambda playground scenario: table ${model.table.name}, function ${model.fn.name}.`,
    'What the simulator simplifies:',
    ...model.simplifications.map((s) => `- ${s}`),
  ]
}

/** The handler's source as comment lines, for formats that deploy it from a file (a "file note"). */
export function fileNoteLines(model: ExportModel, path: string): string[] {
  return [`Save the handler below as ${path}:`, '', ...model.fn.code.replace(/\n$/, '').split('\n')]
}

export const comment = (prefix: string, lines: readonly string[]): string =>
  lines.map((l) => (l === '' ? prefix.trimEnd() : `${prefix}${l}`)).join('\n')

export const MANAGED_POLICY = 'AWSLambdaDynamoDBExecutionRole'

/** The actions the on-failure destination needs (the managed policy has none of them). */
export const DESTINATION_ACTIONS = {
  sqs: ['sqs:SendMessage'],
  sns: ['sns:Publish'],
  s3: ['s3:PutObject', 's3:ListBucket'],
} as const
