/**
 * "What just happened", one sentence per significant event, each with the rule of docs/semantics.md that made
 * it happen. Pure: the log calls it with the events, invocations and records the store holds.
 */
import { DOC_RULES } from '../engine'
import type { Item, PermissionStep, ReportDestination, SimEvent } from '../engine'
import { formatElapsed } from '../lib/units'
import { SEMANTICS_PAGE } from './inspect'
import { recordRange } from './invocationWords'
import { recordLabels } from './recordKeys'
import { invocationBatches } from './shardStrips'
import type { Lookup } from './recordKeys'
import type { InvocationView } from './simView'

/** Sentences the log keeps: the newest ones, enough to read back a bisect or a few retries. */
export const MAX_SENTENCES = 50
/** Keys named in a sentence before the rest are counted. */
const NAMED_KEYS = 3

type NarratedRule =
  | 'A1.5'
  | 'A2.1'
  | 'A4.2'
  | 'A4.3'
  | 'A4.5'
  | 'A4.6'
  | 'A5.2'
  | 'A6.2'
  | 'A9.1'
  | 'D15'
  | 'D16'
  | 'D17'

export interface Sentence {
  /** The event's position in the whole run: stable while older events are dropped. */
  readonly key: number
  readonly atMs: number
  readonly text: string
  readonly rule: { readonly id: NarratedRule; readonly title: string; readonly href: string }
}

export interface NarrationInput {
  readonly events: readonly SimEvent[]
  /** How many events the run had before `events[0]`. */
  readonly firstEventNumber: number
  /** Records of each invocation the store holds, by id. */
  readonly batches: Lookup<readonly number[]>
  /** Record keys (`order-3`) by record index. */
  readonly labels: Lookup<string>
}

/**
 * Lookups straight into the store's lists, without building maps every frame: the store keeps invocations
 * in id order and records in index order, both without gaps.
 */
export function storeLookups(
  invocations: readonly Pick<InvocationView, 'id' | 'recordIndexes'>[],
  records: readonly { readonly index: number; readonly record: { dynamodb: { Keys: Item } } }[],
): Pick<NarrationInput, 'batches' | 'labels'> {
  return { batches: invocationBatches(invocations), labels: recordLabels(records) }
}

const DESTINATION_NAMES: Record<ReportDestination['kind'], string> = {
  sqs: 'An SQS message',
  sns: 'An SNS notification',
  s3: 'An S3 object',
}

/** `#2 (order-3)`, `#0–#3 (order-1, order-2, order-3 +1)`: numbers as the chips show them, then keys. */
export function nameRecords(indexes: readonly number[], labels: Lookup<string>) {
  const keys = indexes.slice(0, NAMED_KEYS).flatMap((i) => labels.get(i) ?? [])
  const more = indexes.length - NAMED_KEYS
  if (keys.length === 0) return recordRange(indexes)
  return `${recordRange(indexes)} (${keys.join(', ')}${more > 0 ? ` +${more}` : ''})`
}

function rule(id: NarratedRule): Sentence['rule'] {
  return { id, title: DOC_RULES[id].title, href: `${SEMANTICS_PAGE}#${id}` }
}

/** An invocation that just ended badly: the sentence of what it caused says so first. */
interface Failure {
  readonly id: number
  readonly outcome: 'error' | 'timeout' | 'partial'
  /** The error when the function failed to initialise (its handler never ran), in AWS's words. */
  readonly initError?: string
}

function failed(f: Failure): string {
  if (f.outcome === 'partial')
    return `Invocation ${f.id} reported failed records (batchItemFailures)`
  if (f.initError !== undefined)
    return `Invocation ${f.id} failed: the function failed to initialise (${f.initError})`
  return `Invocation ${f.id} ${f.outcome === 'timeout' ? 'timed out' : 'failed'}`
}

/**
 * What the log says when it has no sentence. Once the run has events, "Nothing yet: press Play" would be
 * untrue (a day of traffic's first invocation is long out of the events the store keeps): say what was looked at.
 */
export function quietWords(eventsKept: number, eventCount: number): string {
  if (eventCount === 0)
    return 'Nothing yet: press Play or Step → and each batch, failure, split, retry and delivery is told here with the rule behind it.'
  const looked =
    eventsKept < eventCount
      ? `the newest ${eventsKept.toLocaleString('en-US')} of ${eventCount.toLocaleString('en-US')} events`
      : `the ${eventCount.toLocaleString('en-US')} events so far`
  return `Nothing to tell in ${looked}: no failure, retry, split, throttle or delivery.`
}

export function narrate(input: NarrationInput): Sentence[] {
  const { events, firstEventNumber, batches, labels } = input
  const names = (indexes: readonly number[]) => nameRecords(indexes, labels)
  const out: Sentence[] = []
  let failure: Failure | undefined
  let failureAt: { key: number; atMs: number } | undefined
  let lastExhausted: readonly number[] | undefined
  const say = (key: number, atMs: number, text: string, id: NarratedRule) =>
    out.push({ key, atMs, text, rule: rule(id) })
  /** A failure nothing else explained (no retry, split or destination followed it) gets its own sentence. */
  const flush = () => {
    if (failure === undefined || failureAt === undefined) return
    const records = batches.get(failure.id)
    const on = records === undefined ? '' : ` on ${names(records)}`
    const partial = failure.outcome === 'partial'
    say(failureAt.key, failureAt.atMs, `${failed(failure)}${on}.`, partial ? 'A5.2' : 'A4.2')
    failure = undefined
  }
  const take = (): string => {
    const prefix = failure === undefined ? '' : `${failed(failure)}; `
    failure = undefined
    return prefix
  }

  events.forEach((event, i) => {
    const key = firstEventNumber + i
    const at = event.atMs
    switch (event.type) {
      case 'invocationCompleted':
        flush()
        if (event.outcome !== 'success') {
          failure = { id: event.invocationId, outcome: event.outcome, initError: event.initError }
          failureAt = { key, atMs: at }
        }
        return
      case 'batchSplit': {
        const halves = event.halves.map(names).join(' and ')
        say(key, at, `${take()}BisectBatchOnFunctionError splits the batch into ${halves}.`, 'A4.6')
        return
      }
      case 'retryScheduled': {
        const partial = failure?.outcome === 'partial'
        const prefix = take()
        const when = `at ${formatElapsed(event.retryAtMs)}`
        if (event.rule === 'retry.throttle') {
          say(
            key,
            at,
            `${prefix}Lambda retries the throttled batch ${names(event.recordIndexes)} ${when}.`,
            'A4.2',
          )
        } else if (partial) {
          const text = `${prefix}the checkpoint moves to the lowest failure and Lambda retries ${names(event.recordIndexes)} ${when}.`
          say(key, at, text, 'A5.2')
        } else {
          const text = `${prefix}MaximumRetryAttempts lets Lambda retry ${names(event.recordIndexes)} ${when}.`
          say(key, at, text, 'A4.3')
        }
        return
      }
      case 'fate':
        if (event.fate === 'destination') {
          lastExhausted = event.recordIndexes
          const text = `${take()}retries are used up, so ${names(event.recordIndexes)} ${event.recordIndexes.length === 1 ? 'goes' : 'go'} to the on-failure destination.`
          say(key, at, capitalise(text), event.rule === 'age.exceeded' ? 'A4.5' : 'A4.3')
        } else if (event.fate === 'dropped') {
          const text = `${take()}retries are used up and no on-failure destination is set: ${names(event.recordIndexes)} ${event.recordIndexes.length === 1 ? 'is' : 'are'} skipped.`
          say(key, at, capitalise(text), 'A4.2')
        } else if (event.fate === 'expired') {
          flush()
          const why =
            event.rule === 'stream.retention'
              ? 'the stream trimmed it after 24 hours'
              : 'it is older than MaximumRecordAgeInSeconds'
          say(
            key,
            at,
            `${names(event.recordIndexes)} expired: ${why}.`,
            event.rule === 'stream.retention' ? 'A1.5' : 'A4.5',
          )
        }
        return
      case 'destinationDelivered': {
        flush()
        const about = lastExhausted === undefined ? '' : ` about ${names(lastExhausted)}`
        say(
          key,
          at,
          `${DESTINATION_NAMES[event.kind]}${about} lands in the failure destination.`,
          'A6.2',
        )
        return
      }
      case 'invocationStarted':
        flush()
        if (event.invocationId === 1) {
          const text = `Invocation 1 starts with ${names(event.recordIndexes)}, the first batch Lambda read from shard ${event.shard}.`
          say(key, at, text, 'A2.1')
        }
        return
      case 'throttled':
        flush()
        say(
          key,
          at,
          `The batch ${names(event.recordIndexes)} was throttled: the function has no free concurrency.`,
          'A4.2',
        )
        return
      case 'mappingState':
        flush()
        say(key, at, `The event source mapping is ${event.state}.`, 'A9.1')
        return
      case 'mappingDeleted':
        flush()
        say(key, at, 'The event source mapping is deleted: nothing reads the stream now.', 'D16')
        return
      case 'functionUpdated': {
        flush()
        const what = event.changed.join(', ')
        const text =
          event.lastUpdateStatus === 'InProgress'
            ? `The function update (${what}) is in progress: invocations that start now still run version ${event.version - 1}.`
            : `Function updated at ${formatElapsed(event.atMs)}: next invocations use version ${event.version}, in new execution environments (a cold start).`
        say(key, at, text, 'D15')
        return
      }
      case 'roleChanged':
        flush()
        say(key, at, roleSentence(event.removed), 'D17')
        return
      case 'permissionDenied': {
        flush()
        const about = event.recordIndexes.length > 0 ? ` about ${names(event.recordIndexes)}` : ''
        say(key, at, deniedSentence(event.step, event.message, about), 'D17')
        return
      }
      case 'recordWritten':
      case 'writeApplied':
      case 'polled':
      case 'checkpointed':
        return
    }
  })
  flush()
  return out.slice(-MAX_SENTENCES)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** docs/semantics.md D17: the role after a change, by what it lacks. */
function roleSentence(removed: readonly string[]): string {
  return removed.length === 0
    ? 'The execution role has every permission again.'
    : `The execution role no longer allows ${removed.join(', ')}.`
}

/** docs/semantics.md D17: what failed for want of a permission, in AWS's words. */
function deniedSentence(step: PermissionStep, message: string, about: string): string {
  switch (step) {
    case 'create':
      return `CreateEventSourceMapping failed: ${message} The mapping was not created, so nothing is read.`
    case 'read':
      return `Lambda can no longer read the stream, so nothing new is invoked. LastProcessingResult: ${message}`
    case 'destination':
      return `The failure record${about} was not delivered (${message}): the records are dropped.`
  }
}
