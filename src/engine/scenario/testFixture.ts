import type { ScheduledWrite, WriteSchedule } from '../model/scenario'
import { writeCursor } from './writeSchedule'

/** A small valid scenario for this folder's tests (not used by the engine). */
export function baseScenario(): Record<string, unknown> {
  return {
    format: 'dynamodb-lambda-playground/scenario',
    version: 1,
    table: {
      TableName: 'Orders',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    },
    writes: [],
    function: { FunctionName: 'stream-handler', code: 'export const handler = async () => {}' },
    mapping: { StartingPosition: 'TRIM_HORIZON' },
  }
}

/** The base scenario with one section replaced or extended. */
export function withSection(key: string, value: unknown): Record<string, unknown> {
  return { ...baseScenario(), [key]: value }
}

export const STREAM_ARN =
  'arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000'

/** Every write of a schedule in run order, as one list (a test compares it whole). */
export function expanded(schedule: WriteSchedule): ScheduledWrite[] {
  const cursor = writeCursor(schedule)
  const writes: ScheduledWrite[] = []
  for (let write = cursor.next(); write !== undefined; write = cursor.next()) writes.push(write)
  return writes
}
