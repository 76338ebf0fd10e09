import { attributeOf, type ApplyOptions } from '../table'
import type { Item } from '../model/dynamo'
import type { ScheduledWrite } from '../model/scenario'
import { Phase } from '../eventQueue'
import {
  DAY_MS,
  epochMsOf,
  MINUTE_MS,
  SECOND_MS,
  toVirtualMs,
  virtualMs,
  type EpochMs,
} from '../clock'
import { epochMs, type World } from '../world'

/** Whether the validator already ran the table's checks on a write (see ApplyOptions). */
const FIVE_YEARS_MS = 5 * 365 * DAY_MS
const CHECKED = { checked: true } as const
const STORED = { checked: true, storedForm: true } as const
const UNCHECKED = { checked: false } as const

/**
 * Applies one scheduled write to the table; a write that changes the item appends a stream record
 * (docs/semantics.md A1.3: no record for a no-op). Returns that record, if any.
 */
export function applyWrite(world: World, scheduled: ScheduledWrite): number | undefined {
  const outcome = world.table.applyWrite(
    scheduled.write,
    applyOptions(scheduled),
    scheduled.repeated === true ? scheduled.index : undefined,
  )
  const { index, atMs } = scheduled
  const op = scheduled.write.op
  if (!outcome.ok) {
    const error = `${outcome.error.code}: ${outcome.error.message}`
    world.journal.pushWrite(world.writes.push(index, atMs, op, undefined, error))
    return undefined
  }
  if (!outcome.changed) {
    world.journal.pushWrite(world.writes.push(index, atMs, op, undefined))
    return undefined
  }
  // A repetition's item, kept as it is, is made again from its index when needed (issue 13).
  const ofWrite =
    scheduled.repeated === true &&
    scheduled.write.op === 'PutItem' &&
    outcome.newItem === scheduled.write.request.Item
  const record = appendRecord(
    world,
    outcome.oldItem,
    outcome.newItem,
    index,
    ofWrite,
    ofWrite ? scheduled.itemSizeBytes : undefined,
  )
  world.writes.push(index, atMs, op, record)
  scheduleTtlSweepForItem(world, outcome.newItem)
  return record
}

function applyOptions(scheduled: ScheduledWrite): ApplyOptions {
  if (scheduled.checked !== true) return UNCHECKED
  return scheduled.storedForm === true ? STORED : CHECKED
}

/** Appends the stream record of a change to the record store; returns the record's index. */
export function appendRecord(
  world: World,
  oldItem: Item | undefined,
  newItem: Item | undefined,
  writeIndex: number | undefined,
  newImageOfWrite = false,
  newItemSizeBytes?: number,
): number {
  const { records } = world
  const index = records.append(
    oldItem,
    newItem,
    writeIndex,
    world.nowMs,
    newImageOfWrite,
    newItemSizeBytes,
  )
  world.journal.pushRecord(index)
  return index
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
export function sweepTtl(world: World): number[] {
  if (world.ttlSweepAtMs !== world.nowMs) return []
  world.ttlSweepAtMs = undefined
  const made: number[] = []
  for (const key of world.table.expiredKeys(epochMs(world, world.nowMs))) {
    const oldItem = world.table.deleteByTtl(key)
    if (oldItem !== undefined) made.push(appendRecord(world, oldItem, undefined, undefined))
  }
  scheduleTtlSweep(world)
  return made
}
