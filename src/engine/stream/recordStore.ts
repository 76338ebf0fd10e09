import { SECOND_MS, toEpochMs, type EpochMs, type VirtualMs } from '../clock'
import { attributeOf, attributeValueSizeBytes, itemSizeBytes, setAttribute } from '../table'
import { fnv1a32 } from '../rng'
import type { AttributeValue, Item, KeySchema, StreamViewType } from '../model/dynamo'
import { utf8Length } from '../../lib/utf8'
import { columnsWithRoom, copyColumns } from './columns'
import { Int32List } from './int32List'
import type { EventIdDraws, SequenceDraws } from './recordDraws'
import {
  hasNewImage,
  hasOldImage,
  keyText,
  RECORD_FATES,
  type DeliveredRecord,
  type EventName,
  type RecordFate,
} from './records'

/** What every record of one stream shares: the parts of its delivered form that are not per record. */
export interface StreamContext {
  readonly region: string
  readonly streamArn: string
  readonly clockStartMs: EpochMs
  readonly keySchema: KeySchema
  readonly streamViewType: StreamViewType
  /** How many shards the stream has: a record's shard is its key hash modulo this (docs/semantics.md D8). */
  readonly shards: number
  /** Makes again the item of a scenario write (scenario/writeSchedule.ts itemsOfSeries); see append. */
  readonly itemOfWrite?: (writeIndex: number) => Item | undefined
  /** The records' eventIDs and sequence number steps, drawn again when read (issue 13); shared by copies. */
  readonly eventIds: EventIdDraws
  readonly sequence: SequenceDraws
}

const EVENT_NAMES: readonly EventName[] = ['INSERT', 'MODIFY', 'REMOVE']
const [INSERT, MODIFY, REMOVE] = [0, 1, 2]
const FATE_CODE = new Map(RECORD_FATES.map((fate, code) => [fate, code]))
const PENDING = FATE_CODE.get('pending') as number
/** Service principal DynamoDB puts on TTL deletes (docs/semantics.md A1.8). */
const TTL_IDENTITY = { type: 'Service', principalId: 'dynamodb.amazonaws.com' } as const
/** Sequence numbers are 21+ digits: the low 15 digits are added as a Number, exact below 2^53. */
const LOW_DIGITS = 15
const LOW_MOD = 10 ** LOW_DIGITS
const WORD_DIGITS = 9
const WORD_MOD = 10 ** WORD_DIGITS
const FIRST_CAPACITY = 1024
const OTHER_TIME = 0xffffffff

/**
 * The stream's records, column by column (issue 13): a million records take typed-array rows, plus a shared image
 * reference each only where a record keeps an image its write cannot make again, instead of a tree of objects.
 * A record's shard is derived from its key hash. Each record's delivered form (docs/semantics.md A1.6,
 * A1.7) is rebuilt when asked for, byte for byte what Lambda delivers; nothing but `fate` and the cached JSON
 * size ever changes after a record is appended.
 */
/** The typed columns of the store: one value per record. */
function newColumns(capacity: number) {
  return {
    keyHashes: new Uint32Array(capacity),
    /** Whole virtual milliseconds below 2^32 - 1 (49 days); OTHER_TIME: in `otherTimes`. */
    createdAt: new Uint32Array(capacity),
    sizes: new Uint32Array(capacity),
    /** -1: a TTL delete. */
    writeIndexes: new Int32Array(capacity),
    eventNames: new Uint8Array(capacity),
    fates: new Uint8Array(capacity),
    /** UTF-8 length of the delivered JSON, 0 until measured. */
    jsonSizes: new Uint32Array(capacity),
  }
}
type RecordColumns = ReturnType<typeof newColumns>

export class RecordStore {
  length = 0
  private c: RecordColumns = newColumns(FIRST_CAPACITY)
  /**
   * Undefined until a record keeps a new image of its own; then one entry per record, null where the new image
   * is the item of the record's write, made again when asked for (append's newImageOfWrite), or there is none.
   */
  private newImages: (Item | null)[] | undefined
  /** Undefined until a record keeps an old image (a run of inserts keeps none). */
  private oldImages: (Item | undefined)[] | undefined
  private keysOnly = new Map<number, Item>()
  /** Creation times the createdAt column cannot hold (fractions of a millisecond, runs past 49 days). */
  private otherTimes = new Map<number, VirtualMs>()
  /** Each shard's records in stream order; none kept for a stream of one shard, where position is index. */
  private shardRecords: Int32List[] | undefined
  private readonly baseHigh: string
  private readonly baseLow: number
  /** The digits before the last nine of the sequence number printed last, and their value. */
  private printedHigh = -1
  private printedPrefix = ''
  /** UTF-8 length of the key attribute names, part of every record's size (measured once, not per record). */
  private readonly keyNamesBytes: number

  constructor(
    private readonly context: StreamContext,
    private readonly sequenceBase: bigint,
  ) {
    this.baseHigh = (sequenceBase / BigInt(LOW_MOD)).toString()
    this.baseLow = Number(sequenceBase % BigInt(LOW_MOD))
    const { hash, range } = context.keySchema
    this.keyNamesBytes = utf8Length(hash.name) + (range ? utf8Length(range.name) : 0)
    if (context.shards > 1)
      this.shardRecords = Array.from({ length: context.shards }, () => new Int32List())
  }

  /** An independent copy (a timeline snapshot); the images are read-only, so they are shared. */
  clone(): RecordStore {
    const copy = new RecordStore(this.context, this.sequenceBase)
    copy.c = copyColumns(this.c, this.length)
    copy.newImages = this.newImages?.slice()
    copy.oldImages = this.oldImages?.slice()
    copy.keysOnly = new Map(this.keysOnly)
    copy.otherTimes = new Map(this.otherTimes)
    copy.shardRecords = this.shardRecords?.map((list) => list.clone())
    copy.length = this.length
    return copy
  }

  /**
   * Appends the stream record of a change to an item (docs/semantics.md A1.2, A1.6): the images its view type
   * keeps (the table's own read-only items, shared, not copied), its size, key hash and shard; returns its
   * index. Its sequence number step and eventID are the context's draws for this index, made when read. With
   * `newImageOfWrite` the new image is the item of write `writeIndex`, which the context's itemOfWrite makes again:
   * the store keeps no reference to it (a million repetitions of one template). `newItemSizeBytes`, when given,
   * is newItem's item size, known without measuring it (a repetition's: scenario/writeSchedule.ts). The parts
   * come one by one: no object per record (issue 13).
   */
  append(
    oldItem: Item | undefined,
    newItem: Item | undefined,
    writeIndex: number | undefined,
    createdAtMs: VirtualMs,
    newImageOfWrite = false,
    newItemSizeBytes?: number,
  ): number {
    const { keySchema, streamViewType, shards } = this.context
    const item = (newItem ?? oldItem) as Item
    const newImage = hasNewImage(streamViewType) ? newItem : undefined
    const oldImage = hasOldImage(streamViewType) ? oldItem : undefined
    const i = this.length
    if (i === this.c.keyHashes.length) this.c = columnsWithRoom(this.c, i + 1)
    const { c } = this
    const hashValue = attributeOf(item, keySchema.hash.name) as AttributeValue
    const keyHash = fnv1a32(keyText(hashValue))
    this.shardRecords?.[keyHash % shards].push(i)
    c.keyHashes[i] = keyHash
    if (Number.isInteger(createdAtMs) && createdAtMs >= 0 && createdAtMs < OTHER_TIME)
      c.createdAt[i] = createdAtMs
    else {
      c.createdAt[i] = OTHER_TIME
      this.otherTimes.set(i, createdAtMs)
    }
    c.sizes[i] =
      this.keyNamesBytes +
      attributeValueSizeBytes(hashValue) +
      (keySchema.range
        ? attributeValueSizeBytes(attributeOf(item, keySchema.range.name) as AttributeValue)
        : 0) +
      (oldImage ? itemSizeBytes(oldImage) : 0) +
      (newImage ? (newItemSizeBytes ?? itemSizeBytes(newImage)) : 0)
    c.writeIndexes[i] = writeIndex ?? -1
    c.eventNames[i] = oldItem === undefined ? INSERT : newItem === undefined ? REMOVE : MODIFY
    c.fates[i] = PENDING
    const ownNewImage = newImageOfWrite ? undefined : newImage
    if (ownNewImage !== undefined && this.newImages === undefined)
      this.newImages = new Array<Item | null>(i).fill(null)
    this.newImages?.push(ownNewImage ?? null)
    if (oldImage !== undefined && this.oldImages === undefined)
      this.oldImages = new Array<Item | undefined>(i).fill(undefined)
    this.oldImages?.push(oldImage)
    // With neither image the keys are kept apart (KEYS_ONLY).
    if (newImage === undefined && oldImage === undefined)
      this.keysOnly.set(i, keysOf(keySchema, item))
    this.length = i + 1
    return i
  }

  shard(i: number): number {
    return this.c.keyHashes[i] % this.context.shards
  }

  /** How many records shard `shard` has. */
  shardLength(shard: number): number {
    return this.shardRecords === undefined ? this.length : this.shardRecords[shard].length
  }

  /** The index of the record at `position` in shard `shard`, in stream order. */
  shardRecord(shard: number, position: number): number {
    return this.shardRecords === undefined ? position : this.shardRecords[shard].at(position)
  }

  /** FNV-1a hash of the partition key value: picks the shard and the lane (docs/semantics.md D8). */
  keyHash(i: number): number {
    return this.c.keyHashes[i]
  }

  createdAtMs(i: number): VirtualMs {
    const ms = this.c.createdAt[i]
    return ms === OTHER_TIME ? (this.otherTimes.get(i) as VirtualMs) : (ms as VirtualMs)
  }

  sizeBytes(i: number): number {
    return this.c.sizes[i]
  }

  writeIndex(i: number): number | undefined {
    const index = this.c.writeIndexes[i]
    return index < 0 ? undefined : index
  }

  eventName(i: number): EventName {
    return EVENT_NAMES[this.c.eventNames[i]]
  }

  fate(i: number): RecordFate {
    return RECORD_FATES[this.c.fates[i]]
  }

  isPending(i: number): boolean {
    return this.c.fates[i] === PENDING
  }

  setFate(i: number, fate: RecordFate): void {
    this.c.fates[i] = FATE_CODE.get(fate) as number
  }

  /** The record's ApproximateCreationDateTime: epoch seconds of its creation (docs/semantics.md A1.6). */
  creationSeconds(i: number): number {
    return Math.floor(toEpochMs(this.context.clockStartMs, this.createdAtMs(i)) / SECOND_MS)
  }

  sequenceNumber(i: number): string {
    const offset = this.context.sequence.offset(i)
    const low = this.baseLow + offset
    if (low >= LOW_MOD) return (this.sequenceBase + BigInt(offset)).toString()
    // Two small integers print much faster than one 15-digit double; consecutive records share all digits but
    // the last nine (steps are at most 4,096), so the text before them is printed once and kept.
    const high = Math.floor(low / WORD_MOD)
    if (high !== this.printedHigh) {
      this.printedHigh = high
      this.printedPrefix = this.baseHigh + String(high).padStart(LOW_DIGITS - WORD_DIGITS, '0')
    }
    return this.printedPrefix + String(low - high * WORD_MOD).padStart(WORD_DIGITS, '0')
  }

  eventId(i: number): string {
    return this.context.eventIds.eventId(i)
  }

  /** The key attributes in schema order, sharing the image's attribute values. */
  keys(i: number): Item {
    const own = this.keysOnly.get(i)
    if (own !== undefined) return own
    return keysOf(this.context.keySchema, (this.newImage(i) ?? this.oldImages?.[i]) as Item)
  }

  private newImage(i: number): Item | undefined {
    if (!hasNewImage(this.context.streamViewType) || this.c.eventNames[i] === REMOVE)
      return undefined
    const image = this.newImages?.[i]
    if (image != null) return image
    const item = this.context.itemOfWrite?.(this.c.writeIndexes[i])
    if (item === undefined) throw new Error(`Internal error: record ${i} lost its new image`)
    return item
  }

  /** The record exactly as Lambda delivers it (docs/semantics.md A1.6, A1.7), key order as observed on AWS. */
  delivered(i: number): DeliveredRecord {
    const { region, streamArn, streamViewType } = this.context
    const dynamodb = streamData(
      this.creationSeconds(i),
      this.keys(i),
      this.newImage(i),
      this.oldImages?.[i],
      this.sequenceNumber(i),
      this.c.sizes[i],
      streamViewType,
    )
    const record: DeliveredRecord = {
      eventID: this.eventId(i),
      eventName: this.eventName(i),
      eventVersion: '1.1', // what AWS sends; its doc examples still show "1.0" (C14)
      eventSource: 'aws:dynamodb',
      awsRegion: region,
      dynamodb,
      eventSourceARN: streamArn,
    }
    // Only TTL deletions (no user write) carry userIdentity (docs/semantics.md A1.8), as the last key.
    if (this.c.writeIndexes[i] < 0) record.userIdentity = TTL_IDENTITY
    return record
  }

  /** UTF-8 size of the delivered record as JSON, for the 6 MB payload cap; measured once. */
  jsonBytes(i: number): number {
    if (this.c.jsonSizes[i] === 0)
      this.c.jsonSizes[i] = utf8Length(JSON.stringify(this.delivered(i)))
    return this.c.jsonSizes[i]
  }

  /**
   * A cheap upper bound of a record's JSON size. Per byte of DynamoDB item size, JSON can cost up to ~65 bytes (a
   * canonical number such as 1E+125 is 126 digits for 2 sizing bytes; type wrappers and escapes cost less), plus
   * the record's fixed fields.
   */
  jsonBoundBytes(i: number): number {
    return 72 * this.c.sizes[i] + 640 + this.context.streamArn.length
  }
}

/**
 * The key attributes of an item in schema order. Unlike the table's keyOf this shares the attribute values: the
 * items a write outcome carries are read-only snapshots already in stored form, and the images share them too.
 */
function keysOf(keySchema: KeySchema, item: Item): Item {
  const { hash, range } = keySchema
  const keys: Item = {}
  setAttribute(keys, hash.name, attributeOf(item, hash.name) as AttributeValue)
  if (range !== undefined)
    setAttribute(keys, range.name, attributeOf(item, range.name) as AttributeValue)
  return keys
}

/**
 * The record's `dynamodb` field, its keys in the order AWS writes them. One literal per combination of images
 * rather than spreads: spreads were a visible share of the cost of a write.
 */
function streamData(
  ApproximateCreationDateTime: number,
  Keys: Item,
  NewImage: Item | undefined,
  OldImage: Item | undefined,
  SequenceNumber: string,
  SizeBytes: number,
  StreamViewType: StreamViewType,
): DeliveredRecord['dynamodb'] {
  if (NewImage && OldImage) {
    return {
      ApproximateCreationDateTime,
      Keys,
      NewImage,
      OldImage,
      SequenceNumber,
      SizeBytes,
      StreamViewType,
    }
  }
  if (NewImage)
    return {
      ApproximateCreationDateTime,
      Keys,
      NewImage,
      SequenceNumber,
      SizeBytes,
      StreamViewType,
    }
  if (OldImage)
    return {
      ApproximateCreationDateTime,
      Keys,
      OldImage,
      SequenceNumber,
      SizeBytes,
      StreamViewType,
    }
  return { ApproximateCreationDateTime, Keys, SequenceNumber, SizeBytes, StreamViewType }
}
