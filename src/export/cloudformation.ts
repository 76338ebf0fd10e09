/** CloudFormation (YAML): the table, the role, the function and an AWS::Lambda::EventSourceMapping. */
import type { ExportModel } from './model'
import { DESTINATION_ACTIONS, MANAGED_POLICY, comment, fileNoteLines, headerLines } from './notes'
import { getAtt, ref, sub, toYaml } from './yaml'
import type { YamlValue } from './yaml'

type Resources = Record<string, YamlValue>

const DESTINATION_RESOURCE = {
  sqs: { id: 'OnFailureQueue', type: 'AWS::SQS::Queue', nameKey: 'QueueName' },
  sns: { id: 'OnFailureTopic', type: 'AWS::SNS::Topic', nameKey: 'TopicName' },
  s3: { id: 'OnFailureBucket', type: 'AWS::S3::Bucket', nameKey: 'BucketName' },
} as const

export function tableResource(model: ExportModel): YamlValue {
  const t = model.table
  return {
    Type: 'AWS::DynamoDB::Table',
    Properties: {
      TableName: t.name,
      AttributeDefinitions: t.keys.map((k) => ({
        AttributeName: k.name,
        AttributeType: k.attributeType,
      })),
      KeySchema: t.keys.map((k) => ({ AttributeName: k.name, KeyType: k.keyType })),
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: t.streamViewType },
      TimeToLiveSpecification:
        t.ttlAttribute === undefined ? undefined : { AttributeName: t.ttlAttribute, Enabled: true },
    },
  }
}

/** The destination's resource (created here, so the stack stands alone) and its ARN. */
export function destinationResources(model: ExportModel): {
  resources: Resources
  arn?: YamlValue
  statement?: YamlValue
} {
  const d = model.destination
  if (d === undefined) return { resources: {} }
  const r = DESTINATION_RESOURCE[d.kind]
  const arn = d.kind === 'sns' ? ref(r.id) : getAtt(`${r.id}.Arn`)
  const resource = d.kind === 's3' ? [arn, sub(`\${${r.id}.Arn}/*`)] : arn
  return {
    resources: { [r.id]: { Type: r.type, Properties: { [r.nameKey]: d.name } } },
    arn,
    statement: { Effect: 'Allow', Action: [...DESTINATION_ACTIONS[d.kind]], Resource: resource },
  }
}

/** The mapping's settings under their CloudFormation names, which are the API's. */
export function mappingProperties(model: ExportModel, destinationArn?: YamlValue) {
  const m = model.mapping
  return {
    StartingPosition: m.StartingPosition,
    BatchSize: m.BatchSize,
    MaximumBatchingWindowInSeconds: m.MaximumBatchingWindowInSeconds,
    MaximumRetryAttempts: m.MaximumRetryAttempts,
    MaximumRecordAgeInSeconds: m.MaximumRecordAgeInSeconds,
    BisectBatchOnFunctionError: m.BisectBatchOnFunctionError,
    ParallelizationFactor: m.ParallelizationFactor,
    DestinationConfig:
      destinationArn === undefined ? undefined : { OnFailure: { Destination: destinationArn } },
    FilterCriteria:
      m.FilterPatterns === undefined
        ? undefined
        : { Filters: m.FilterPatterns.map((Pattern) => ({ Pattern })) },
    FunctionResponseTypes: m.ReportBatchItemFailures ? ['ReportBatchItemFailures'] : undefined,
    TumblingWindowInSeconds: m.TumblingWindowInSeconds,
    Enabled: m.Enabled,
    MetricsConfig: m.EventCountMetrics ? { Metrics: ['EventCount'] } : undefined,
  }
}

/** CloudFormation and SAM run inline Node.js code as CommonJS index.js: ES modules go in a folder. */
export const inlineable = (model: ExportModel): boolean => model.fn.fileName === 'index.js'

const ASSUME_LAMBDA = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    },
  ],
}

export function cloudFormationTemplate(model: ExportModel): string {
  const destination = destinationResources(model)
  const fn = model.fn
  const resources: Resources = {
    Table: tableResource(model),
    ...destination.resources,
    HandlerRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: ASSUME_LAMBDA,
        ManagedPolicyArns: [
          sub(`arn:\${AWS::Partition}:iam::aws:policy/service-role/${MANAGED_POLICY}`),
        ],
        Policies:
          destination.statement === undefined
            ? undefined
            : [
                {
                  PolicyName: 'on-failure-destination',
                  PolicyDocument: { Version: '2012-10-17', Statement: [destination.statement] },
                },
              ],
      },
    },
    Handler: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: fn.name,
        Runtime: fn.runtime,
        Handler: 'index.handler',
        Role: getAtt('HandlerRole.Arn'),
        Code: inlineable(model) ? { ZipFile: { literal: fn.code } } : 'handler/',
        Timeout: fn.timeout,
        MemorySize: fn.memorySize,
        ReservedConcurrentExecutions: fn.reservedConcurrency,
      },
    },
    StreamMapping: {
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: {
        FunctionName: ref('Handler'),
        EventSourceArn: getAtt('Table.StreamArn'),
        ...mappingProperties(model, destination.arn),
      },
    },
  }
  const header = headerLines(model, 'CloudFormation template')
  if (!inlineable(model))
    header.push(
      '',
      'Code: handler/ is a local folder: run `aws cloudformation package` to upload it, then deploy.',
    )
  const tail = inlineable(model)
    ? ''
    : `\n${comment('# ', fileNoteLines(model, `handler/${fn.fileName}`))}\n`
  const doc = toYaml({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources })
  return `${comment('# ', header)}\n${doc}${tail}`
}
