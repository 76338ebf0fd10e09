import { attributeOf, itemSizeBytes, setAttribute } from '../table'
import type { AttributeValue, Item, KeySchema, StreamViewType } from '../model/dynamo'
import type { ScheduledWrite } from '../model/scenario'
import { Phase } from '../eventQueue'
import {
  DAY_MS,
  epochMsOf,
  laterBy,
  MINUTE_MS,
  SECOND_MS,
  toVirtualMs,
  virtualMs,
  type EpochMs,
  type VirtualMs,
} from '../clock'
import { fnv1a32 } from '../rng'
import { emit, epochMs, type World } from '../world'
import {
  imagesFor,
  keyText,
  type DeliveredRecord,
  type EventName,
  type StreamRecord,
} from './records'

/** Whether the validator already ran the table's checks on a write (see ApplyOptions). */
const FIVE_YEARS_MS = 5 * 365 * DAY_MS
const CHECKED = { checked: true } as const
const UNCHECKED = { checked: false } as const

/** Service principal DynamoDB puts on TTL deletes (docs/semantics.md A1.8). */
const TTL_IDENTITY = { type: 'Service', principalId: 'dynamodb.amazonaws.com' } as const

/**
 * Applies one scheduled write to the table; a write that changes the item appends a stream record
 * (docs/semantics.md A1.3: no record for a no-op). Returns that record, if any.
 */
export function applyWrite(world: World, scheduled: ScheduledWrite): StreamRecord | undefined {
  const outcome = world.table.applyWrite(scheduled.write, scheduled.checked ? CHECKED : UNCHECKED)
  const { index, atMs } = scheduled
  const op = scheduled.write.op
  if (!outcome.ok) {
    const error = `${outcome.error.code}: ${outcome.error.message}`
    world.writes.push({ index, atMs, op, result: 'rejected', recordIndex: null, error })
    emit(world, {
      type: 'writeApplied',
      atMs: world.nowMs,
      writeIndex: index,
      result: 'rejected',
      message: error,
    })
    return undefined
  }
  if (!outcome.changed) {
    world.writes.push({ index, atMs, op, result: 'noop', recordIndex: null, error: null })
    emit(world, { type: 'writeApplied', atMs: world.nowMs, writeIndex: index, result: 'noop' })
    return undefined
  }
  const record = appendRecord(world, outcome.oldItem, outcome.newItem, index)
  // Literal objects, not spreads of a shared base: a million of these are kept, so their shape matters.
  world.writes.push({ index, atMs, op, result: 'record', recordIndex: record.index, error: null })
  scheduleTtlSweepForItem(world, outcome.newItem)
  return record
}

function eventNameOf(oldItem: Item | undefined, newItem: Item | undefined): EventName {
  if (oldItem === undefined) return 'INSERT'
  return newItem === undefined ? 'REMOVE' : 'MODIFY'
}

/** Builds the stream record exactly as Lambda will deliver it (docs/semantics.md A1.6, A1.7) and appends it. */
export function appendRecord(
  world: World,
  oldItem: Item | undefined,
  newItem: Item | undefined,
  writeIndex: number | undefined,
): StreamRecord {
  const { scenario } = world
  const { keySchema, streamViewType, shards } = scenario.table
  const keys = keysOf(keySchema, (newItem ?? oldItem) as Item)
  const { NewImage, OldImage } = imagesFor(streamViewType, oldItem, newItem)
  const sizeBytes =
    itemSizeBytes(keys) +
    (OldImage ? itemSizeBytes(OldImage) : 0) +
    (NewImage ? itemSizeBytes(NewImage) : 0)
  const partitionKey = keyText(attributeOf(keys, keySchema.hash.name))
  const keyHash = fnv1a32(partitionKey)
  const shard = keyHash % shards
  world.nextSequence += BigInt(world.rng.sequence.int(1, 4096))
  const sequenceNumber = world.nextSequence.toString()
  const eventName = eventNameOf(oldItem, newItem)
  const eventID = world.rng.eventId.hex(32)
  const dynamodb = streamData(
    Math.floor(epochMs(world, world.nowMs) / SECOND_MS),
    keys,
    NewImage,
    OldImage,
    sequenceNumber,
    sizeBytes,
    streamViewType,
  )
  const delivered: DeliveredRecord = {
    eventID,
    eventName,
    eventVersion: '1.1', // what AWS sends; its doc examples still show "1.0" (C14)
    eventSource: 'aws:dynamodb',
    awsRegion: scenario.region,
    dynamodb,
    eventSourceARN: world.streamArn,
  }
  const record: StreamRecord = {
    index: world.records.length,
    shard,
    keyHash,
    partitionKey,
    createdAtMs: world.nowMs,
    eventName,
    sizeBytes,
    writeIndex,
    fate: 'pending',
    fateAtMs: undefined,
    jsonBytes: undefined,
    // Only TTL deletions (no user write) carry userIdentity (docs/semantics.md A1.8), as the last key.
    delivered: writeIndex === undefined ? { ...delivered, userIdentity: TTL_IDENTITY } : delivered,
  }
  world.records.push(record)
  world.shards[shard].recordIdx.push(record.index)
  emit(world, {
    type: 'recordWritten',
    atMs: world.nowMs,
    recordIndex: record.index,
    shard,
    writeIndex,
  })
  return record
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

/** When a record is trimmed from the stream (docs/semantics.md A1.5: 24 h retention; we trim at exactly 24 h). */
export function retentionEndsMs(record: StreamRecord): VirtualMs {
  return laterBy(record.createdAtMs, DAY_MS)
}

/**
 * TTL deletes happen at the first whole virtual minute at or after an item expires (docs/scenario-format.md, our
 * model of DynamoDB's background sweeper). Only the earliest pending sweep is kept on the queue.
 */
export function scheduleTtlSweep(world: World): void {
  if (world.scenario.table.ttlAttribute === undefined) return
  const nextEpochMs = world.table.nextTtlEpochMs(epochMs(world, world.nowMs))
  if (nextEpochMs !== undefined) scheduleSweepFor(world, epochMsOf(nextEpochMs))
}

/**
 * After a write only the written item can bring the next sweep forward, so its own TTL is enough: a full scan
 * of the table on every write would make large TTL scenarios quadratic. A sweep that finds nothing reschedules.
 */
function scheduleTtlSweepForItem(world: World, item: Item | undefined): void {
  const attribute = world.scenario.table.ttlAttribute
  const value =
    attribute === undefined || item === undefined ? undefined : attributeOf(item, attribute)
  if (value === undefined || !('N' in value)) return
  const ttlEpochMs = epochMsOf(Number(value.N) * SECOND_MS)
  // DynamoDB never expires items whose TTL is more than five years in the past (the table applies it too).
  if (!Number.isFinite(ttlEpochMs) || ttlEpochMs < epochMs(world, world.nowMs) - FIVE_YEARS_MS)
    return
  scheduleSweepFor(world, ttlEpochMs)
}

function scheduleSweepFor(world: World, nextEpochMs: EpochMs): void {
  const dueSimMs = Math.max(toVirtualMs(world.scenario.clockStartMs, nextEpochMs), world.nowMs)
  const atMs = virtualMs(Math.ceil(dueSimMs / MINUTE_MS) * MINUTE_MS)
  if (world.ttlSweepAtMs !== undefined && world.ttlSweepAtMs <= atMs) return
  world.ttlSweepAtMs = atMs
  world.queue.push(atMs, Phase.write, { kind: 'ttlSweep' })
}

/** Runs a TTL sweep; returns the REMOVE records it made. */
export function sweepTtl(world: World): StreamRecord[] {
  if (world.ttlSweepAtMs !== world.nowMs) return []
  world.ttlSweepAtMs = undefined
  const made: StreamRecord[] = []
  for (const key of world.table.expiredKeys(epochMs(world, world.nowMs))) {
    const oldItem = world.table.deleteByTtl(key)
    if (oldItem !== undefined) made.push(appendRecord(world, oldItem, undefined, undefined))
  }
  scheduleTtlSweep(world)
  return made
}
