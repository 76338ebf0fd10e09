import { Phase } from '../eventQueue'
import { laterBy, slashDate } from '../clock'
import type { InvokeRequest } from '../lambda/invocation'
import type { ReportInvocation } from '../model/report'
import type { DeliveredRecord } from '../stream/records'
import { emit, epochMs, type Batch, type LaneState, type World } from '../world'
import { settleRecords } from './checkpoint'
import { discardRecords } from './onFailure'
import { computeBackoffMs, isTooOld, isTrimmed } from './retryPolicy'
import { schedulePoll } from './schedulePoll'
import { isTumbling, windowEvent } from './tumbling'
// The account's concurrency limit applies when the function has no reservation (docs/semantics.md D7).
import { ACCOUNT_CONCURRENCY } from '../scenario/parameters'

/** Synchronous invocation payload limit: 6 MB (docs/semantics.md A2.2, D2). */
export const PAYLOAD_LIMIT_BYTES = 6_291_456
/** `{"Records":[` + `]}` around the records. */
export const EVENT_ENVELOPE_BYTES = 14

/** Takes the leading records that satisfy `test` off the batch (records of a lane are in age order). */
function takePrefix(batch: Batch, test: (record: number) => boolean): number[] {
  let count = 0
  while (count < batch.records.length && test(batch.records[count])) count++
  // Nearly always nothing is taken: the batch stays as it is, not copied.
  if (count === 0) return []
  const taken = batch.records.slice(0, count)
  batch.records = batch.records.slice(count)
  return taken
}

/**
 * Sends a batch to the function: drops records that left the stream or grew too old (checked before every try,
 * docs/semantics.md C11), then either throttles (no retry spent, D7) or starts an invocation as an effect.
 */
export function sendBatch(world: World, lane: LaneState, batch: Batch): void {
  const now = world.nowMs
  const settings = world.mapping.settings
  const expired = takePrefix(batch, (i) => isTrimmed(world, i, now))
  settleRecords(world, lane.shard, expired, 'expired', 'stream.retention')
  const nowEpoch = epochMs(world, now)
  const tooOld = takePrefix(batch, (i) => isTooOld(world, settings, i, nowEpoch))
  if (tooOld.length > 0) {
    discardRecords(world, {
      shard: lane.shard,
      recordIndexes: tooOld,
      condition: 'RecordAgeExceeded',
      // C12: the attempt of the last invocation, or 1 if the records never reached the function.
      approximateInvokeCount: Math.max(1, batch.attempt),
      requestId: batch.lastRequestId,
      functionError: null,
    })
  }
  if (batch.records.length === 0 && !batch.final) {
    lane.status = 'idle'
    schedulePoll(world, lane, now)
    return
  }
  const limit = world.reservedConcurrency ?? ACCOUNT_CONCURRENCY
  if (world.envs.busy >= limit) {
    throttle(world, lane, batch)
    return
  }
  startInvocation(world, lane, batch)
}

function throttle(world: World, lane: LaneState, batch: Batch): void {
  const now = world.nowMs
  world.throttles.push({
    atMs: now,
    shardId: world.shards[lane.shard].shardId,
    recordIndexes: [...batch.records],
  })
  world.metrics.record('Throttles', now, 1)
  emit(world, {
    type: 'throttled',
    atMs: now,
    shard: lane.shard,
    lane: lane.lane,
    recordIndexes: [...batch.records],
  })
  scheduleRetry(world, lane, batch, 'retry.throttle')
}

/** Puts the batch back at the head of the lane and blocks the lane until the backoff ends (A4.2). */
export function scheduleRetry(
  world: World,
  lane: LaneState,
  batch: Batch,
  rule: 'retry.throttle' | 'retry.backoff',
): void {
  batch.failures++
  const retryAtMs = laterBy(world.nowMs, computeBackoffMs(batch.failures))
  lane.queue.unshift(batch)
  lane.status = 'backoff'
  world.queue.push(retryAtMs, Phase.poll, {
    kind: 'retry',
    shard: lane.shard,
    lane: lane.lane,
    generation: lane.generation,
  })
  emit(world, {
    type: 'retryScheduled',
    atMs: world.nowMs,
    shard: lane.shard,
    lane: lane.lane,
    retryAtMs,
    recordIndexes: [...batch.records],
    rule,
  })
}

export function onRetry(world: World, lane: LaneState): void {
  if (lane.status !== 'backoff' || !world.mapping.polling) return
  lane.status = 'idle'
  sendBatch(world, lane, lane.queue.shift() as Batch)
}

function startInvocation(world: World, lane: LaneState, batch: Batch): void {
  const now = world.nowMs
  const { scenario } = world
  // The version in effect now: an update in progress still serves new invocations the old one (D15).
  const fn = world.fn.config
  const { environmentId, coldStart } = world.envs.acquire()
  batch.attempt++
  const requestId = world.rng.requestId.uuid()
  batch.lastRequestId = requestId
  const id = world.nextInvocationId++
  const records = batch.records
  const windowed = isTumbling(world) && lane.window !== undefined
  const windowState = windowed
    ? windowEvent(world, lane, deliveredRecords(world, records), batch.final)
    : undefined
  // A plain event is made from the records (which never change) the first time something reads it: a handler
  // answered by the engine's stand-in never does, and building it was most of a big run's cost (issue 13).
  let plain: { Records: DeliveredRecord[] } | undefined
  const request: InvokeRequest = {
    invocationId: id,
    requestId,
    environmentId,
    coldStart,
    environmentSeed: world.rng.environment.int(1, 0x7fffffff),
    get event() {
      return windowState ?? (plain ??= plainEvent(world, records))
    },
    startEpochMs: epochMs(world, now),
    timeoutMs: fn.timeoutMs,
    durationMs: fn.durationMs,
    functionName: fn.functionName,
    functionArn: world.functionArn,
    memoryLimitInMB: fn.memorySizeMb,
    logGroupName: `/aws/lambda/${fn.functionName}`,
    logStreamName: `${slashDate(epochMs(world, now))}/[$LATEST]${environmentId.toString(16).padStart(32, '0')}`,
    region: scenario.region,
    code: fn.code,
    language: fn.language,
    codeVersion: world.fn.version,
  }
  // One copy of the batch's records, shared by the report entry and the event: neither is ever changed.
  const recordIndexes = [...records]
  const report = {
    requestId,
    shardId: world.shards[lane.shard].shardId,
    startMs: now,
    endMs: now,
    recordIndexes,
    attempt: batch.attempt,
    coldStart,
    outcome: 'success' as const,
    response: null,
    error: null,
    // A plain event is rebuilt from the records when asked for (invocationEvent): it is most of a run's memory.
    event: windowState,
    logs: [],
  }
  world.invocations.push(report)
  world.inflight.set(id, { id, shard: lane.shard, lane, batch, request, report, result: undefined })
  world.effects.push(request)
  lane.status = 'inflight'
  lane.inflightId = id
  world.metrics.record('Invocations', now, 1)
  world.metrics.record('InvokedEventCount', now, records.length)
  world.metrics.record('ConcurrentExecutions', now, world.envs.busy)
  // IteratorAge: age of the last record of the batch when the mapping sends it (A11, C15).
  if (records.length > 0)
    world.metrics.record(
      'IteratorAge',
      now,
      now - world.records.createdAtMs(records[records.length - 1]),
    )
  emit(world, {
    type: 'invocationStarted',
    atMs: now,
    invocationId: id,
    shard: lane.shard,
    lane: lane.lane,
    recordIndexes,
    attempt: batch.attempt,
    coldStart,
    environmentId,
    batchReason: batch.reason,
  })
}

function deliveredRecords(world: World, records: readonly number[]): DeliveredRecord[] {
  return records.map((i) => world.records.delivered(i))
}

function plainEvent(world: World, records: readonly number[]): { Records: DeliveredRecord[] } {
  return { Records: deliveredRecords(world, records) }
}

/**
 * An invocation's event as the report shows it. The engine keeps only a tumbling window's event, whose state
 * it cannot rebuild; a plain event is made again from the invocation's records, which never change.
 */
export function invocationEvent(world: World, invocation: ReportInvocation): unknown {
  return invocation.event === undefined
    ? plainEvent(world, invocation.recordIndexes)
    : invocation.event
}
