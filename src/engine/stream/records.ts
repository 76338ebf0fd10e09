import type { VirtualMs } from '../clock'
import type { AttributeValue, Item, StreamViewType } from '../model/dynamo'

export type EventName = 'INSERT' | 'MODIFY' | 'REMOVE'

/** Where a record ended up (docs/semantics.md D12). Only `pending` is not final. */
export type RecordFate =
  'pending' | 'processed' | 'filtered' | 'destination' | 'dropped' | 'expired' | 'skipped'

/** A stream record as Lambda delivers it (docs/semantics.md A1.6; key order as observed on AWS). */
export interface DeliveredRecord {
  eventID: string
  eventName: EventName
  eventVersion: '1.1'
  eventSource: 'aws:dynamodb'
  awsRegion: string
  dynamodb: {
    ApproximateCreationDateTime: number
    Keys: Item
    NewImage?: Item
    OldImage?: Item
    SequenceNumber: string
    SizeBytes: number
    StreamViewType: StreamViewType
  }
  eventSourceARN: string
  userIdentity?: { type: 'Service'; principalId: 'dynamodb.amazonaws.com' }
}

export interface StreamRecord {
  readonly index: number
  readonly shard: number
  /** FNV-1a hash of the partition key value: picks the shard and the lane (docs/semantics.md D8). */
  readonly keyHash: number
  /** The partition key value as written, for ordering checks and the UI. */
  readonly partitionKey: string
  readonly createdAtMs: VirtualMs
  readonly eventName: EventName
  readonly sizeBytes: number
  readonly delivered: DeliveredRecord
  /** Index of the scheduled write that made it; undefined for a TTL delete. */
  readonly writeIndex: number | undefined
  fate: RecordFate
  fateAtMs: VirtualMs | undefined
  /** Lazily computed UTF-8 size of `delivered` as JSON, for the 6 MB payload cap. */
  jsonBytes: number | undefined
}

/** Which images a record carries for its view type and event (docs/semantics.md A1.2). */
export function imagesFor(
  viewType: StreamViewType,
  oldItem: Item | undefined,
  newItem: Item | undefined,
): { OldImage?: Item; NewImage?: Item } {
  const withNew = viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES'
  const withOld = viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES'
  return {
    ...(withNew && newItem ? { NewImage: newItem } : {}),
    ...(withOld && oldItem ? { OldImage: oldItem } : {}),
  }
}

/** The string a partition key value hashes from: the text inside `S`, `N` or `B` (docs/semantics.md D8). */
export function keyText(value: AttributeValue | undefined): string {
  if (value === undefined) return ''
  if ('S' in value) return value.S
  if ('N' in value) return value.N
  if ('B' in value) return value.B
  return JSON.stringify(value)
}

/** Sequence numbers are decimal strings of varying length: compare them as numbers, never as strings. */
export function compareSequenceNumbers(a: string, b: string): number {
  const x = BigInt(a)
  const y = BigInt(b)
  return x < y ? -1 : x > y ? 1 : 0
}
