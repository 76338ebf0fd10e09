import { boundText } from '../../lib/boundText'
import { laterBy } from '../clock'
import { Phase } from '../eventQueue'
import type { InvocationOutcome } from '../lambda/invocation'
import { endLine, reportLine, startLine, timeoutLine } from '../lambda/logs'
import { exceedsResponseLimit, RESPONSE_TOO_LARGE_MESSAGE } from '../lambda/responseLimit'
import {
  emit,
  type Batch,
  type InFlight,
  type InvocationResult,
  type LaneState,
  type World,
} from '../world'
import { settleRecords } from './checkpoint'
import { discardRecords } from './onFailure'
import { readBatchItemFailures } from './partialResponse'
import { isRetryExhausted } from './retryPolicy'
import { scheduleRetry } from './invoke'
import { newBatch } from './lanes'
import { schedulePoll } from './schedulePoll'
import { carryState, hasState, isTumbling } from './tumbling'
import { pollShard } from './lifecycle'

/**
 * Accepts what the handler did and schedules the invocation's end on the virtual clock:
 * durationMs plus the virtual time it awaited, capped at the timeout (docs/semantics.md D4, D5).
 */
export function acceptOutcome(
  world: World,
  invocationId: number,
  outcome: InvocationOutcome,
): void {
  const flight = world.inflight.get(invocationId)
  if (flight === undefined || flight.result !== undefined) {
    throw new Error(`Invocation ${invocationId} is not waiting for an outcome`)
  }
  flight.result = classify(world, flight, outcome)
  world.queue.push(laterBy(flight.report.startMs, flight.result.durationMs), Phase.completion, {
    kind: 'complete',
    invocationId,
  })
}

function classify(world: World, flight: InFlight, outcome: InvocationOutcome): InvocationResult {
  const { timeoutMs, durationMs, requestId } = flight.request
  const base = {
    failedFrom: 0,
    response: null,
    error: null,
    handlerLogs: outcome.logs,
    destroyEnvironment: false,
    outOfMemory: false,
  }
  const timedOut =
    outcome.kind === 'timeout' ||
    ((outcome.kind === 'returned' || outcome.kind === 'error') &&
      durationMs + outcome.waitedMs > timeoutMs)
  if (timedOut) {
    const error = {
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${requestId} Error: Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
    }
    return {
      ...base,
      kind: 'timeout',
      functionError: 'Unhandled',
      durationMs: timeoutMs,
      error,
      destroyEnvironment: true,
    }
  }
  if (outcome.kind === 'crashed') {
    const error = { errorType: 'Runtime.ExitError', errorMessage: outcome.message }
    return {
      ...base,
      kind: 'error',
      functionError: 'Unhandled',
      durationMs,
      error,
      destroyEnvironment: true,
      outOfMemory: outcome.outOfMemory === true,
    }
  }
  const total = durationMs + outcome.waitedMs
  // An unhandled rejection ends the runtime even after it answered (docs/semantics.md D20).
  const destroyEnvironment = outcome.environmentLost === true
  const tooLarge = {
    errorType: 'Function.ResponseSizeTooLarge',
    errorMessage: RESPONSE_TOO_LARGE_MESSAGE,
  }
  const failed = { ...base, kind: 'error', functionError: 'Unhandled', durationMs: total } as const
  if (outcome.kind === 'error') {
    // The error document crosses the same 6 MB limit as a response (docs/semantics.md D20).
    const error = exceedsResponseLimit(outcome.error) ? tooLarge : outcome.error
    if (outcome.initFailed !== true) return { ...failed, error, destroyEnvironment }
    const initError = boundText(`${error.errorType}: ${error.errorMessage}`)
    return { ...failed, error, destroyEnvironment, initError }
  }
  const response = outcome.response === undefined ? null : outcome.response
  if (exceedsResponseLimit(response)) return { ...failed, error: tooLarge, destroyEnvironment }
  const ok = { ...base, functionError: null, durationMs: total, response, destroyEnvironment }
  // A tumbling-window response without `state` fails the whole batch, though the function returned (C8).
  if (isTumbling(world) && !hasState(response)) return { ...ok, kind: 'error' }
  // Without ReportBatchItemFailures a returned batchItemFailures is ignored: the batch succeeded (A5.1).
  if (!world.mapping.settings.reportBatchItemFailures) return { ...ok, kind: 'success' }
  const seqs = flight.batch.records.map((i) => world.records.sequenceNumber(i))
  const verdict = readBatchItemFailures(response, seqs)
  if (verdict.kind === 'success') return { ...ok, kind: 'success' }
  if (verdict.kind === 'partial') return { ...ok, kind: 'partial', failedFrom: verdict.failedFrom }
  return { ...ok, kind: 'error' }
}

/** The invocation ends: logs and report entry are completed, then the batch is checkpointed or retried. */
export function completeInvocation(world: World, invocationId: number): void {
  const flight = world.inflight.get(invocationId)
  if (flight === undefined || flight.result === undefined) return
  world.inflight.delete(invocationId)
  const result = flight.result
  const { report, request, lane, batch } = flight
  world.envs.release(request.environmentId, result.destroyEnvironment)
  report.endMs = world.nowMs
  report.outcome = result.kind
  report.response =
    result.kind === 'timeout' || result.functionError === 'Unhandled' ? null : result.response
  report.error = result.error
  report.logs = invocationLogs(world, flight, result)
  lane.inflightId = undefined
  lane.status = 'idle'
  const failed = result.kind !== 'success'
  if (result.functionError === 'Unhandled') world.metrics.record('Errors', world.nowMs, 1)
  if (failed) {
    const failedCount = batch.records.length - result.failedFrom
    world.metrics.record('FailedInvokeEventCount', world.nowMs, failedCount)
  }
  world.mapping.lastProcessingResult =
    failed && result.kind !== 'partial' ? 'PROBLEM: Function call failed' : 'OK'
  const initError = result.initError
  emit(world, {
    type: 'invocationCompleted',
    atMs: world.nowMs,
    invocationId,
    outcome: result.kind,
    ...(initError === undefined ? {} : { initError }),
  })
  const stale = !isCurrentLane(world, lane)
  if (result.kind === 'success') {
    settleRecords(world, lane.shard, batch.records, 'processed', 'success.checkpoint')
    if (isTumbling(world) && !stale) carryState(lane, result.response, batch.final)
    if (stale) finishDraining(world, lane)
    else continueLane(world, lane)
    return
  }
  if (result.kind === 'partial') {
    // Records before the lowest failed one count as processed; the retry starts at it (A5.2).
    settleRecords(
      world,
      lane.shard,
      batch.records.slice(0, result.failedFrom),
      'processed',
      'partial.checkpoint',
    )
    batch.records = batch.records.slice(result.failedFrom)
  }
  batch.lastFunctionError = result.functionError
  if (stale) finishDraining(world, lane)
  else handleFailure(world, lane, batch, result.kind === 'partial')
}

function continueLane(world: World, lane: LaneState): void {
  if (world.mapping.polling && isCurrentLane(world, lane)) schedulePoll(world, lane, world.nowMs)
}

/** The last invocation of a replaced lane finished: the shard's new lanes start polling. */
function finishDraining(world: World, lane: LaneState): void {
  const shard = world.shards[lane.shard]
  shard.draining--
  if (shard.draining === 0 && world.mapping.polling) pollShard(world, lane.shard)
}

function isCurrentLane(world: World, lane: LaneState): boolean {
  return world.shards[lane.shard].lanes[lane.lane] === lane
}

/**
 * A failed batch: bisected (C1) when enabled and it can split, discarded when its retries are used up, or
 * retried after the backoff. While it retries, its lane reads nothing new: the shard is blocked (A4.2).
 */
function handleFailure(world: World, lane: LaneState, batch: Batch, partial: boolean): void {
  // Disabled meanwhile: the records stay unprocessed and are read again from the checkpoint (A9.4).
  if (!world.mapping.polling || !isCurrentLane(world, lane)) return
  const settings = world.mapping.settings
  if (settings.bisectBatchOnFunctionError && !partial && batch.records.length > 1) {
    const cut = Math.ceil(batch.records.length / 2)
    const halves = [batch.records.slice(0, cut), batch.records.slice(cut)]
    // Splitting spends no retry: each half starts with a fresh attempt count (C1).
    lane.queue.unshift(...halves.map((records) => newBatch(records, false, 'split')))
    emit(world, {
      type: 'batchSplit',
      atMs: world.nowMs,
      shard: lane.shard,
      lane: lane.lane,
      halves,
    })
    schedulePoll(world, lane, world.nowMs)
    return
  }
  if (isRetryExhausted(settings, batch.attempt) && batch.final) {
    // Retry settings apply to window invocations in full (A7.7). A final window invocation that keeps failing:
    // the window's state is dropped, nothing is reported (C8).
    lane.window = undefined
    schedulePoll(world, lane, world.nowMs)
    return
  }
  if (isRetryExhausted(settings, batch.attempt)) {
    discardRecords(world, {
      shard: lane.shard,
      recordIndexes: batch.records,
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: batch.attempt,
      requestId: batch.lastRequestId,
      functionError: batch.lastFunctionError,
    })
    schedulePoll(world, lane, world.nowMs)
    return
  }
  scheduleRetry(world, lane, batch, 'retry.backoff')
}

function invocationLogs(world: World, flight: InFlight, result: InvocationResult): string[] {
  const { requestId } = flight.request
  // Lines the module wrote while it initialised (request id `undefined`) come before START, as in CloudWatch.
  const init = result.handlerLogs.filter((line) => line.startsWith('undefined\t'))
  const during = result.handlerLogs.filter((line) => !line.startsWith('undefined\t'))
  const lines = [...init, startLine(requestId), ...during]
  if (result.kind === 'timeout') lines.push(timeoutLine(requestId, flight.request.timeoutMs))
  lines.push(endLine(requestId))
  lines.push(
    reportLine({
      requestId,
      durationMs: result.durationMs,
      memorySizeMb: flight.request.memoryLimitInMB,
      outOfMemory: result.outOfMemory,
      coldStart: flight.request.coldStart,
      // Lambda adds a status only when the runtime itself failed: a timeout or a crash, not a thrown error.
      status:
        result.kind === 'timeout'
          ? 'timeout'
          : result.error?.errorType.startsWith('Runtime.')
            ? 'error'
            : 'success',
      errorType: result.error?.errorType,
      eventBytes: flight.batch.records.reduce((sum, i) => sum + world.records.sizeBytes(i), 0),
    }),
  )
  return lines
}
