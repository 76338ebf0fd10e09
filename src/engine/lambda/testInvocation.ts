/**
 * The playground's Test button, like the Lambda console's test events: one invocation, outside the
 * simulation, with a DynamoDB stream event of one INSERT record of an existing item, shaped exactly as
 * the engine delivers records (src/engine/stream/writer.ts). Pure: the caller runs the request.
 */
import { arnsOf } from '../arns'
import {
  epochMsOf,
  isoSeconds,
  SECOND_MS,
  slashDate,
  toEpochMs,
  type EpochMs,
  type VirtualMs,
} from '../clock'
import type { AttributeValue, Item } from '../model/dynamo'
import type { NormalizedScenario } from '../model/scenario'
import { createRng } from '../rng'
import type { DeliveredRecord } from '../stream/records'
import { imagesFor } from '../stream/records'
import { attributeOf, itemSizeBytes, setAttribute } from '../table'
import type { HandlerError, InvocationOutcome, InvokeRequest } from './invocation'
import { endLine, reportLine, startLine, timeoutLine } from './logs'

export interface TestInvocationInput {
  /** The table item the sample record carries (as its NewImage, per the stream view type). */
  readonly item: Item
  /** Virtual time of the test: the record's creation and the invocation's start. */
  readonly atMs: VirtualMs
  readonly invocationId: number
  readonly environmentId: number
  readonly coldStart: boolean
}

/** The invocation the Test button sends. Ids derive from the scenario's seed and the invocation id. */
export function buildTestInvocation(
  scenario: NormalizedScenario,
  input: TestInvocationInput,
): InvokeRequest {
  const { streamArn, functionArn } = arnsOf(scenario)
  const { table, fn, region } = scenario
  const rng = createRng(scenario.seed, `testEvent:${input.invocationId}`)
  const { hash, range } = table.keySchema
  const keys: Item = {}
  setAttribute(keys, hash.name, attributeOf(input.item, hash.name) as AttributeValue)
  if (range !== undefined)
    setAttribute(keys, range.name, attributeOf(input.item, range.name) as AttributeValue)
  const { NewImage } = imagesFor(table.streamViewType, undefined, input.item)
  const epochMs = toEpochMs(scenario.clockStartMs, input.atMs)
  const record: DeliveredRecord = {
    eventID: rng.hex(32),
    eventName: 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(epochMs / SECOND_MS),
      Keys: keys,
      ...(NewImage ? { NewImage } : {}),
      SequenceNumber: (10n ** 20n * BigInt(rng.int(1, 9)) + BigInt(rng.int(0, 2 ** 30))).toString(),
      SizeBytes: itemSizeBytes(keys) + (NewImage ? itemSizeBytes(NewImage) : 0),
      StreamViewType: table.streamViewType,
    },
    eventSourceARN: streamArn,
  }
  return {
    invocationId: input.invocationId,
    requestId: rng.uuid(),
    environmentId: input.environmentId,
    coldStart: input.coldStart,
    environmentSeed: rng.int(1, 0x7fffffff),
    event: testEvent(scenario, record, epochMs, streamArn),
    startEpochMs: epochMs,
    timeoutMs: fn.timeoutMs,
    durationMs: fn.durationMs,
    functionName: fn.functionName,
    functionArn,
    memoryLimitInMB: fn.memorySizeMb,
    logGroupName: `/aws/lambda/${fn.functionName}`,
    logStreamName: `${slashDate(epochMs)}/[$LATEST]${input.environmentId.toString(16).padStart(32, '0')}`,
    region,
    code: fn.code,
    language: fn.language,
    // Outside the run: the Test button always runs the editor's code, in environments of its own.
    codeVersion: 1,
  }
}

/** With a tumbling window the mapping sends the window envelope (A7.6): the first invocation of one. */
function testEvent(
  scenario: NormalizedScenario,
  record: DeliveredRecord,
  epochMs: EpochMs,
  streamArn: string,
): unknown {
  const windowMs = scenario.mapping.settings.tumblingWindowMs
  if (windowMs === 0) return { Records: [record] }
  const startMs = epochMsOf(Math.floor(epochMs / windowMs) * windowMs)
  return {
    Records: [record],
    window: { start: isoSeconds(startMs), end: isoSeconds(epochMsOf(startMs + windowMs)) },
    state: {},
    shardId: `shardId-${String(scenario.clockStartMs).padStart(20, '0')}-test`,
    eventSourceARN: streamArn,
    isFinalInvokeForWindow: false,
    isWindowTerminatedEarly: false,
  }
}

/** What the Test button shows: the result, the error or the timeout, and the CloudWatch-style log. */
export interface TestInvocationResult {
  readonly status: 'succeeded' | 'failed' | 'timedOut'
  readonly response: unknown
  readonly error: HandlerError | null
  readonly durationMs: number
  readonly logs: readonly string[]
}

/** Classifies an outcome as the engine does (timeout past `timeoutMs`, crashes as Runtime.ExitError). */
export function summarizeTestInvocation(
  request: InvokeRequest,
  outcome: InvocationOutcome,
): TestInvocationResult {
  const { requestId, timeoutMs, durationMs } = request
  const waited = outcome.kind === 'returned' || outcome.kind === 'error' ? outcome.waitedMs : 0
  const timedOut = outcome.kind === 'timeout' || durationMs + waited > timeoutMs
  const total = timedOut ? timeoutMs : durationMs + waited
  const error: HandlerError | null = timedOut
    ? {
        errorType: 'Sandbox.Timedout',
        errorMessage: `RequestId: ${requestId} Error: Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
      }
    : outcome.kind === 'error'
      ? outcome.error
      : outcome.kind === 'crashed'
        ? { errorType: 'Runtime.ExitError', errorMessage: outcome.message }
        : null
  const lines = [startLine(requestId), ...outcome.logs]
  if (timedOut) lines.push(timeoutLine(requestId, timeoutMs))
  lines.push(endLine(requestId))
  lines.push(
    reportLine({
      requestId,
      durationMs: total,
      memorySizeMb: request.memoryLimitInMB,
      outOfMemory: outcome.kind === 'crashed' && outcome.outOfMemory === true,
      coldStart: request.coldStart,
      status: timedOut ? 'timeout' : error?.errorType.startsWith('Runtime.') ? 'error' : 'success',
      errorType: error?.errorType,
      eventBytes: JSON.stringify(request.event).length,
    }),
  )
  return {
    status: timedOut ? 'timedOut' : error === null ? 'succeeded' : 'failed',
    response: outcome.kind === 'returned' && !timedOut ? (outcome.response ?? null) : null,
    error,
    durationMs: total,
    logs: lines,
  }
}
