/**
 * Named scenario files (docs/scenario-format.md §1) used by the playground, its tests and e2e alike.
 * Plain JSON data: the playground loads them through validateScenario like any user file.
 */
import { HANDLER_TEMPLATES } from './handlerTemplates'

const orders = {
  TableName: 'Orders',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
}

/**
 * The first-visit scenario: three writes land in one batch, one of them poison. The handler throws on it,
 * so Lambda invokes the batch 3 times (MaximumRetryAttempts 2) and sends a failure record to SQS.
 */
export const poisonPill = {
  format: 'dynamodb-lambda-playground/scenario',
  version: 1,
  name: 'Poison pill: retried twice, then sent to SQS',
  description:
    'One item in the batch makes the handler throw. With MaximumRetryAttempts 2 the batch is invoked 3 times, then its failure record goes to the SQS queue and the shard moves on.',
  seed: 7,
  clock: { start: '2026-01-01T00:00:00.000Z' },
  durationSeconds: 60,
  table: {
    ...orders,
    Items: [
      { pk: { S: 'order-1' }, status: { S: 'new' }, total: { N: '42' } },
      { pk: { S: 'order-2' }, status: { S: 'new' }, total: { N: '7' } },
      { pk: { S: 'order-3' }, status: { S: 'shipped' }, total: { N: '19' } },
    ],
  },
  writes: [
    { atMs: 1000, put: { pk: 'order-4', status: 'new', total: 12 } },
    { atMs: 1000, put: { pk: 'order-5', status: 'new', total: 99, poison: true } },
    {
      atMs: 1000,
      UpdateItem: {
        Key: { pk: { S: 'order-1' } },
        UpdateExpression: 'SET #s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': { S: 'paid' } },
      },
    },
  ],
  function: {
    FunctionName: 'order-processor',
    Timeout: 3,
    MemorySize: 128,
    code: HANDLER_TEMPLATES.poisonPill,
  },
  mapping: {
    StartingPosition: 'TRIM_HORIZON',
    BatchSize: 100,
    MaximumRetryAttempts: 2,
    DestinationConfig: {
      OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq' },
    },
  },
}

/** A day of steady traffic: a write a minute for 24 virtual hours (the fast-forward demo and its e2e). */
export const dayOfTraffic = {
  format: 'dynamodb-lambda-playground/scenario',
  version: 1,
  name: 'A day of traffic',
  description: 'One order a minute for 24 hours, handled by an echo function.',
  seed: 3,
  clock: { start: '2026-01-01T00:00:00.000Z' },
  durationSeconds: 86_400,
  table: orders,
  writes: [
    { atMs: 0, every: { intervalMs: 60_000, count: 1440 }, put: { pk: 'order-{{i}}', n: '{{i}}' } },
  ],
  function: { FunctionName: 'order-processor', code: HANDLER_TEMPLATES.echo },
  mapping: { StartingPosition: 'TRIM_HORIZON', MaximumBatchingWindowInSeconds: 5 },
}

export const SCENARIO_PRESETS = {
  'poison-pill': poisonPill,
  'day-of-traffic': dayOfTraffic,
} as const
export type ScenarioPresetName = keyof typeof SCENARIO_PRESETS
export const DEFAULT_PRESET: ScenarioPresetName = 'poison-pill'
