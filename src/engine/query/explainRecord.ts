import type { RuleId, SimEvent } from '../model/events'
import type { DocRuleId } from '../rules'
import type { RecordFate } from '../stream/records'
import { RULES } from './rules'

/** One thing that happened to a record, with the rule behind it. */
export interface RecordStep {
  readonly atMs: number
  readonly what: string
  readonly rule: RuleId | undefined
  /** The rules of docs/semantics.md behind the step (engine/rules has their firmness and sources). */
  readonly cites: readonly DocRuleId[]
}

export interface RecordHistory {
  readonly recordIndex: number
  readonly fate: RecordFate
  readonly steps: readonly RecordStep[]
}

function step(atMs: number, what: string, rule?: RuleId): RecordStep {
  return { atMs, what, rule, cites: rule === undefined ? [] : RULES[rule] }
}

/**
 * Answers "why did this happen to record i?" from the event journal: the batches it rode in, each attempt and
 * its outcome, throttles, retries, splits, filter verdicts and the final fate, in order.
 */
export function explainRecord(journal: readonly SimEvent[], recordIndex: number): RecordHistory {
  const steps: RecordStep[] = []
  const invocations = new Map<number, number[]>()
  let fate: RecordFate = 'pending'
  for (const event of journal) {
    switch (event.type) {
      case 'recordWritten':
        if (event.recordIndex === recordIndex) {
          const by = event.writeIndex === undefined ? 'a TTL delete' : `write ${event.writeIndex}`
          steps.push(step(event.atMs, `written to shard ${event.shard} by ${by}`))
        }
        break
      case 'polled':
        if (event.recordIndexes.includes(recordIndex)) {
          steps.push(
            step(
              event.atMs,
              `read by a poll of shard ${event.shard}, lane ${event.lane}`,
              'poll.read',
            ),
          )
        }
        break
      case 'invocationStarted':
        invocations.set(event.invocationId, event.recordIndexes)
        if (event.recordIndexes.includes(recordIndex)) {
          const cold = event.coldStart ? ', cold start' : ''
          steps.push(
            step(
              event.atMs,
              `sent in invocation ${event.invocationId} (batch of ${event.recordIndexes.length}, attempt ${event.attempt}${cold})`,
            ),
          )
        }
        break
      case 'invocationCompleted':
        if (invocations.get(event.invocationId)?.includes(recordIndex)) {
          steps.push(step(event.atMs, `invocation ${event.invocationId} ended: ${event.outcome}`))
        }
        break
      case 'throttled':
        if (event.recordIndexes.includes(recordIndex)) {
          steps.push(
            step(event.atMs, 'throttled: the batch did not reach the function', 'retry.throttle'),
          )
        }
        break
      case 'retryScheduled':
        if (event.recordIndexes.includes(recordIndex)) {
          steps.push(step(event.atMs, `retry scheduled at ${event.retryAtMs} ms`, event.rule))
        }
        break
      case 'batchSplit': {
        const half = event.halves.findIndex((h) => h.includes(recordIndex))
        if (half >= 0)
          steps.push(
            step(
              event.atMs,
              `batch split in two; this record is in half ${half + 1}`,
              'bisect.split',
            ),
          )
        break
      }
      case 'fate':
        if (event.recordIndexes.includes(recordIndex)) {
          fate = event.fate
          steps.push(step(event.atMs, `final fate: ${event.fate}`, event.rule))
        }
        break
      case 'permissionDenied':
        if (event.recordIndexes.includes(recordIndex))
          steps.push(
            step(event.atMs, `failure record not delivered: ${event.message}`, 'role.denied'),
          )
        break
      case 'roleChanged': // told in the event log and the narration (docs/semantics.md D17)
      case 'writeApplied':
      case 'mappingState':
      case 'mappingDeleted':
      case 'checkpointed':
      case 'destinationDelivered':
      case 'functionUpdated': // told once, in the event log, not in every pending record's history
        break
    }
  }
  return { recordIndex, fate, steps }
}
