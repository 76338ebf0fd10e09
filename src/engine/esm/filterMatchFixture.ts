/** Test fixture: realistic DynamoDB stream records as Lambda delivers them (docs/semantics.md A1.6). */
import type { Item } from '../model/dynamo'
import type { DeliveredRecord, EventName } from '../stream/records'

export interface RecordSpec {
  readonly eventName?: EventName
  readonly keys?: Item
  readonly newImage?: Item
  readonly oldImage?: Item
  /** A TTL delete: REMOVE by the DynamoDB service principal. */
  readonly ttl?: boolean
}

export function record({
  eventName = 'INSERT',
  keys,
  newImage,
  oldImage,
  ttl,
}: RecordSpec): DeliveredRecord {
  return {
    eventID: 'c81e728d9d4c2f636f067f89cc14862c',
    eventName: ttl === true ? 'REMOVE' : eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    dynamodb: {
      ApproximateCreationDateTime: 1_700_000_000,
      Keys: keys ?? { pk: { S: 'order#1' } },
      ...(newImage ? { NewImage: newImage } : {}),
      ...(oldImage ? { OldImage: oldImage } : {}),
      SequenceNumber: '100000000000000000001',
      SizeBytes: 42,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN:
      'arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2024-01-01T00:00:00.000',
    ...(ttl === true
      ? { userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' } as const }
      : {}),
  }
}
