import type { AttributeValue, Item, StreamViewType } from '../model/dynamo'

export type EventName = 'INSERT' | 'MODIFY' | 'REMOVE'

/** Where a record ended up (docs/semantics.md D12). Only `pending` is not final. */
export type RecordFate =
  'pending' | 'processed' | 'filtered' | 'destination' | 'dropped' | 'expired' | 'skipped'

/** Every fate, in the order the run report's `fate` values are documented (docs/scenario-format.md §4). */
export const RECORD_FATES: readonly RecordFate[] = [
  'processed',
  'filtered',
  'destination',
  'dropped',
  'expired',
  'skipped',
  'pending',
]

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

/** Which images a record carries for its view type and event (docs/semantics.md A1.2). */
export function imagesFor(
  viewType: StreamViewType,
  oldItem: Item | undefined,
  newItem: Item | undefined,
): { OldImage?: Item; NewImage?: Item } {
  const withNew = hasNewImage(viewType)
  const withOld = hasOldImage(viewType)
  return {
    ...(withNew && newItem ? { NewImage: newItem } : {}),
    ...(withOld && oldItem ? { OldImage: oldItem } : {}),
  }
}

export function hasNewImage(viewType: StreamViewType): boolean {
  return viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES'
}

export function hasOldImage(viewType: StreamViewType): boolean {
  return viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES'
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
