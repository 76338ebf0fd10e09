import { laterBy, toVirtualMs, virtualMs, type VirtualMs } from '../clock'
import { Phase } from '../eventQueue'
import { epochMs, type Batch, type LaneState, type World } from '../world'
import { settleRecords } from './checkpoint'
import { discardRecords } from './onFailure'
import { isTooOld, isTrimmed } from './retryPolicy'
import { isFinalDue, isTumbling, openWindow, windowStartOf } from './tumbling'
import type { BatchReason } from '../model/events'
import { sendBatch, EVENT_ENVELOPE_BYTES, PAYLOAD_LIMIT_BYTES } from './invoke'
import { schedulePoll } from './schedulePoll'
import { canReadStream, failRead } from '../role/roleRules'

/** Lambda polls each shard 4 times per second (docs/semantics.md A2.1, D2). */
export const POLL_INTERVAL_MS = 250
/** GetRecords returns at most 1,000 records or 1 MB (A1.10). */
const POLL_MAX_RECORDS = 1000
const POLL_MAX_BYTES = 1_048_576

export function createLane(world: World, shard: number, lane: number, pos: number): LaneState {
  return {
    shard,
    lane,
    pos,
    status: 'idle',
    generation: world.nextGeneration++,
    pollScheduledAtMs: undefined,
    lastPollAtMs: undefined,
    buffer: [],
    bufferBytes: 0,
    bufferExact: false,
    windowCloseAtMs: undefined,
    queue: [],
    inflightId: undefined,
    window: undefined,
  }
}

/** With ParallelizationFactor N a key always lands in the same lane of its shard (docs/semantics.md D8). */
export function laneIndexOf(world: World, record: number): number {
  const factor = world.mapping.settings.parallelizationFactor
  return Math.floor(world.records.keyHash(record) / world.scenario.table.shards) % factor
}

/** The next poll on the lane's 250 ms cadence: idle time between polls is skipped, not simulated. */
function nextPollAt(lane: LaneState, nowMs: VirtualMs): VirtualMs {
  if (lane.lastPollAtMs === undefined) return nowMs
  const steps = Math.max(1, Math.ceil((nowMs - lane.lastPollAtMs) / POLL_INTERVAL_MS))
  return laterBy(lane.lastPollAtMs, steps * POLL_INTERVAL_MS)
}

/** A new record is visible to the next poll of its lane. */
export function wakeLaneFor(world: World, record: number): void {
  const shard = world.shards[world.records.shard(record)]
  if (!world.mapping.polling || shard.draining > 0) return
  const lane = shard.lanes[laneIndexOf(world, record)]
  if (lane === undefined || lane.status === 'inflight' || lane.status === 'backoff') return
  schedulePoll(world, lane, nextPollAt(lane, world.nowMs))
}

export function onPoll(world: World, lane: LaneState, atMs: VirtualMs): void {
  if (lane.pollScheduledAtMs !== atMs) return
  lane.pollScheduledAtMs = undefined
  if (!world.mapping.polling || lane.status === 'inflight' || lane.status === 'backoff') return
  if (world.shards[lane.shard].draining > 0) return
  lane.lastPollAtMs = atMs
  if (lane.queue.length > 0 && lane.status === 'idle') {
    sendBatch(world, lane, lane.queue.shift() as Batch)
    return
  }
  if (isTumbling(world) && isFinalDue(lane, epochMs(world, atMs))) {
    sendBatch(world, lane, newBatch([], true, 'final'))
    return
  }
  // Without a stream permission GetRecords fails: nothing new is read (docs/semantics.md D17).
  if (!canReadStream(world)) {
    failRead(world)
    return
  }
  const read = readRecords(world, lane)
  const settings = world.mapping.settings
  if (lane.buffer.length === 0) {
    if (read.more) schedulePoll(world, lane, laterBy(atMs, POLL_INTERVAL_MS))
    else if (lane.window !== undefined && lane.pollScheduledAtMs === undefined) {
      // The final invocation (A7.5) comes at the first poll at or after the window's end (C8).
      const endSimMs = toVirtualMs(world.scenario.clockStartMs, lane.window.endMs)
      schedulePoll(world, lane, nextPollAt(lane, virtualMs(Math.max(endSimMs, atMs + 1))))
    }
    return
  }
  // Full also when BatchSize was lowered below what the batch had gathered (docs/semantics.md D13).
  if (settings.batchWindowMs === 0 || read.batchFull || lane.buffer.length >= settings.batchSize) {
    flushBuffer(
      world,
      lane,
      read.fullBecause ?? (lane.buffer.length >= settings.batchSize ? 'batchSize' : 'noWindow'),
    )
    return
  }
  if (lane.windowCloseAtMs === undefined) {
    // The window opens with the first record of an empty batch, never before the lane's previous
    // invocation completed (docs/semantics.md A2.2, D2).
    lane.windowCloseAtMs = laterBy(atMs, settings.batchWindowMs)
    lane.status = 'batching'
    world.queue.push(lane.windowCloseAtMs, Phase.poll, {
      kind: 'windowClose',
      shard: lane.shard,
      lane: lane.lane,
      generation: lane.generation,
    })
  }
  if (read.more) schedulePoll(world, lane, laterBy(atMs, POLL_INTERVAL_MS))
}

export function onWindowClose(world: World, lane: LaneState, atMs: VirtualMs): void {
  if (lane.status !== 'batching' || lane.windowCloseAtMs !== atMs || !world.mapping.polling) return
  flushBuffer(world, lane, 'window')
}

export function newBatch(records: number[], final = false, reason?: BatchReason): Batch {
  return {
    records,
    attempt: 0,
    failures: 0,
    lastRequestId: undefined,
    lastFunctionError: 'Unhandled',
    final,
    reason,
  }
}

/**
 * Sends the batch gathered so far, at most BatchSize records. More were gathered only when BatchSize was
 * lowered meanwhile: they stay read, in order, and start the lane's next batch (docs/semantics.md D13).
 */
function flushBuffer(world: World, lane: LaneState, reason: BatchReason): void {
  const size = world.mapping.settings.batchSize
  const batch = newBatch(lane.buffer.slice(0, size), false, reason)
  if (isTumbling(world)) openWindow(world, lane, windowStartOf(world, batch.records[0]))
  lane.buffer = lane.buffer.slice(size)
  lane.bufferBytes = lane.buffer.reduce(
    (sum, i, k) => sum + (k > 0 ? 1 : 0) + world.records.jsonBoundBytes(i),
    0,
  )
  lane.bufferExact = false
  lane.windowCloseAtMs = undefined
  lane.status = 'idle'
  sendBatch(world, lane, batch)
}

/**
 * A record's share of the 6 MB payload. Exact JSON sizes are costly on big runs, so a batch adds up cheap upper
 * bounds and switches to exact sizes only when the bounds come near the limit.
 */
function payloadBytes(world: World, lane: LaneState, record: number): number {
  return lane.bufferExact ? world.records.jsonBytes(record) : world.records.jsonBoundBytes(record)
}

function fitsPayload(world: World, lane: LaneState, record: number): boolean {
  const limit = PAYLOAD_LIMIT_BYTES - EVENT_ENVELOPE_BYTES
  if (lane.bufferBytes + 1 + payloadBytes(world, lane, record) <= limit) return true
  if (lane.bufferExact) return false
  lane.bufferExact = true
  lane.bufferBytes = lane.buffer.reduce(
    (sum, i, k) => sum + (k > 0 ? 1 : 0) + world.records.jsonBytes(i),
    0,
  )
  return lane.bufferBytes + 1 + world.records.jsonBytes(record) <= limit
}

/**
 * One GetRecords call for the lane: reads unread records of its keys into the batch being assembled, up to
 * 1,000 records / 1 MB per poll, BatchSize and the 6 MB payload. Trimmed, too-old and filtered-out records are
 * settled as they are read and take no batch slot (docs/semantics.md C11, C17, A8.2).
 */
function readRecords(
  world: World,
  lane: LaneState,
): { more: boolean; batchFull: boolean; fullBecause: BatchReason | undefined } {
  const settings = world.mapping.settings
  const nowEpoch = epochMs(world, world.nowMs)
  const expired: number[] = []
  const tooOld: number[] = []
  const filtered: number[] = []
  const polledIdx: number[] = []
  let polled = 0
  let polledBytes = 0
  let more = false
  let batchFull = false
  let fullBecause: BatchReason | undefined
  const tumbling = isTumbling(world)
  const { records } = world
  while (lane.pos < records.shardLength(lane.shard)) {
    const record = records.shardRecord(lane.shard, lane.pos)
    if (!records.isPending(record) || laneIndexOf(world, record) !== lane.lane) {
      lane.pos++
      continue
    }
    if (
      polled >= POLL_MAX_RECORDS ||
      (polled > 0 && polledBytes + records.sizeBytes(record) > POLL_MAX_BYTES)
    ) {
      more = true
      break
    }
    if (lane.buffer.length >= settings.batchSize) {
      more = batchFull = true
      fullBecause = 'batchSize'
      break
    }
    // A batch never spans two tumbling windows (C8).
    if (
      tumbling &&
      lane.buffer.length > 0 &&
      windowStartOf(world, record) !== windowStartOf(world, lane.buffer[0])
    ) {
      more = batchFull = true
      fullBecause = 'windowBoundary'
      break
    }
    const separator = lane.buffer.length > 0 ? 1 : 0
    if (lane.buffer.length > 0 && !fitsPayload(world, lane, record)) {
      more = batchFull = true
      fullBecause = 'payload'
      break
    }
    lane.pos++
    polled++
    polledIdx.push(record)
    polledBytes += records.sizeBytes(record)
    if (isTrimmed(world, record, world.nowMs)) expired.push(record)
    else if (isTooOld(world, settings, record, nowEpoch)) tooOld.push(record)
    else if (world.filter !== undefined && !world.filter(records.delivered(record)))
      filtered.push(record)
    else {
      lane.buffer.push(record)
      lane.bufferBytes += separator + payloadBytes(world, lane, record)
    }
  }
  if (polled > 0) {
    world.metrics.record('PolledEventCount', world.nowMs, polled)
    world.journal.push({
      type: 'polled',
      atMs: world.nowMs,
      shard: lane.shard,
      lane: lane.lane,
      recordIndexes: polledIdx,
    })
  }
  settleRecords(world, lane.shard, expired, 'expired', 'stream.retention')
  if (filtered.length > 0) {
    world.metrics.record('FilteredOutEventCount', world.nowMs, filtered.length)
    settleRecords(world, lane.shard, filtered, 'filtered', 'filter.match')
  }
  if (tooOld.length > 0) {
    discardRecords(world, {
      shard: lane.shard,
      recordIndexes: tooOld,
      condition: 'RecordAgeExceeded',
      approximateInvokeCount: 1,
      requestId: undefined,
      functionError: null,
    })
  }
  return { more, batchFull, fullBecause }
}
