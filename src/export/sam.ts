/** AWS SAM: an AWS::Serverless::Function with a DynamoDB event (SAM makes the event source mapping). */
import {
  destinationResources,
  inlineable,
  mappingProperties,
  tableResource,
} from './cloudformation'
import type { ExportModel } from './model'
import { MANAGED_POLICY, comment, fileNoteLines, headerLines } from './notes'
import { getAtt, toYaml } from './yaml'

export function samTemplate(model: ExportModel): string {
  const destination = destinationResources(model)
  const fn = model.fn
  const resources = {
    Table: tableResource(model),
    ...destination.resources,
    Handler: {
      Type: 'AWS::Serverless::Function',
      Properties: {
        FunctionName: fn.name,
        Runtime: fn.runtime,
        Handler: 'index.handler',
        InlineCode: inlineable(model) ? { literal: fn.code } : undefined,
        CodeUri: inlineable(model) ? undefined : 'handler/',
        Timeout: fn.timeout,
        MemorySize: fn.memorySize,
        ReservedConcurrentExecutions: fn.reservedConcurrency,
        Policies:
          destination.statement === undefined
            ? undefined
            : [{ Version: '2012-10-17', Statement: [destination.statement] }],
        Events: {
          Stream: {
            Type: 'DynamoDB',
            Properties: {
              Stream: getAtt('Table.StreamArn'),
              ...mappingProperties(model, destination.arn),
            },
          },
        },
      },
    },
  }
  const header = headerLines(model, 'AWS SAM template')
  header.push('', `SAM gives the function's role ${MANAGED_POLICY} for the DynamoDB event.`)
  if (!inlineable(model))
    header.push('CodeUri: handler/ is a local folder: `sam build && sam deploy --guided`.')
  const tail = inlineable(model)
    ? ''
    : `\n${comment('# ', fileNoteLines(model, `handler/${fn.fileName}`))}\n`
  const doc = toYaml({
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Resources: resources,
  })
  return `${comment('# ', header)}\n${doc}${tail}`
}
