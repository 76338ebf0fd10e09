import { expect } from 'vitest'
import { forEachUtf8Byte } from '../../lib/utf8'
import type { InvocationOutcome } from '../lambda/invocation'
import type { RunReport } from '../model/report'
import type { SimEvent } from '../model/events'
import type { ScriptedHandler } from './runScripted'

/** Formats of the seeded ids (docs/semantics.md A1.6, A6.4, D11). */
export const EVENT_ID = /^[0-9a-f]{32}$/
export const SEQUENCE_NUMBER = /^\d{21,}$/
export const SHARD_ID = /^shardId-\d{20}-[0-9a-f]{8}$/
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** Epoch ms of the fixtures' default `clock.start` (2026-01-01T00:00:00.000Z). */
export const T0 = Date.UTC(2026, 0, 1)
export const STREAM_ARN =
  'arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000'
export const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:stream-handler'
export const SQS_ARN = 'arn:aws:sqs:us-east-1:123456789012:stream-dlq'
export const SNS_ARN = 'arn:aws:sns:us-east-1:123456789012:stream-failures'
export const S3_ARN = 'arn:aws:s3:::stream-failures-bucket'

/** An asymmetric matcher for a string of the given format, typed for lint (vitest types it `any`). */
export function matching(pattern: RegExp): unknown {
  return expect.stringMatching(pattern)
}

export function anyString(): unknown {
  return expect.any(String)
}

export function onFailure(arn: string) {
  return { DestinationConfig: { OnFailure: { Destination: arn } } }
}

/** [startMs, recordIndexes, attempt] of every invocation, the compact view most rules decide. */
export function starts(report: RunReport): Array<[number, number[], number]> {
  return report.invocations.map((i) => [i.startMs, i.recordIndexes, i.attempt])
}

export function fates(report: RunReport): string[] {
  return report.records.map((r) => r.fate)
}

/** The shard checkpoints in journal order, as [atMs, record index of the checkpointed sequence number]. */
export function checkpoints(
  journal: readonly SimEvent[],
  report: RunReport,
): Array<[number, number]> {
  const bySeq = new Map(report.records.map((r) => [r.sequenceNumber, r.index]))
  return journal.flatMap((e) =>
    e.type === 'checkpointed' ? [[e.atMs, bySeq.get(e.sequenceNumber) ?? -1]] : [],
  )
}

export function stateChanges(journal: readonly SimEvent[]): Array<[number, string]> {
  return journal.flatMap((e) => (e.type === 'mappingState' ? [[e.atMs, e.state]] : []))
}

export function returning(response: unknown, waitedMs = 0): InvocationOutcome {
  return { kind: 'returned', response, waitedMs, logs: [] }
}

export function throwing(errorType: string, errorMessage: string, waitedMs = 0): InvocationOutcome {
  return {
    kind: 'error',
    error: { errorType, errorMessage, trace: [`${errorType}: ${errorMessage}`] },
    waitedMs,
    logs: [],
  }
}

/** A handler that plays the given outcomes in order, then succeeds; `calls` counts every invocation. */
export function sequence(...outcomes: InvocationOutcome[]): ScriptedHandler & { calls: number } {
  const handler = Object.assign(
    (): InvocationOutcome => {
      const outcome = outcomes[handler.calls] ?? returning(null)
      handler.calls++
      return outcome
    },
    { calls: 0 },
  )
  return handler
}

/** A handler that fails every batch containing a record whose partition key is `key`. */
export function poison(key: string): ScriptedHandler {
  return (_request, records) =>
    records.some((r) => (r.keys.pk as { S?: string } | undefined)?.S === key)
      ? throwing('Error', `poison ${key}`)
      : returning(null)
}

/** Independent FNV-1a 32-bit over UTF-8 (docs/semantics.md D8), to check the engine's shard choice. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  forEachUtf8Byte(text, (byte) => {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  })
  return hash >>> 0
}
