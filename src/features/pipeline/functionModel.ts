/**
 * Stage 4 of the pipeline: the function's execution environments (cold start, warm, busy, killed after a
 * timeout) with each invocation's batch and its duration against the Timeout, throttles bouncing back and
 * retries waiting out their backoff. Pure; reads the snapshot, the newest invocations and the newest events.
 */
import type { SimEvent, SimSnapshot } from '../../engine'
import type { RecordView } from '../../engine'
import type { InvocationView } from '../../store/simView'
import { BATCH_TOKENS, recordAt, type RecordToken } from './streamModel'
import { clockText, spentText, waitText } from './words'
import { keyLabel } from '../../store/recordKeys'

/** Invocations looked at per frame: the newest only, so long runs cost the same as short ones. */
const RECENT_INVOCATIONS = 200
/** Killed environments kept in view. */
const MAX_KILLED = 3
/** A throttle stays on screen this long (virtual time) after it bounced. */
export const BOUNCE_SHOWN_MS = 2000

export interface EnvInvocation {
  readonly id: number
  readonly attempt: number
  readonly records: readonly RecordToken[]
  readonly more: number
  /** Elapsed share of the Timeout (0 → 1). */
  readonly progress: number
  readonly text: string
}

export interface EnvBox {
  readonly id: number
  readonly state: 'cold' | 'busy' | 'warm' | 'killed'
  readonly stateText: string
  readonly invocation: EnvInvocation | undefined
  /** For an idle environment: how its latest invocation ended (`last: invocation 2 · #0–#3 failed: …`). */
  readonly last: string | undefined
}

const ENDINGS: Record<Exclude<InvocationView['outcome'], 'running'>, string> = {
  success: 'succeeded',
  partial: 'reported some records failed',
  error: 'failed',
  timeout: 'timed out',
}

function lastText(inv: InvocationView | undefined): string | undefined {
  if (inv === undefined || inv.outcome === 'running') return undefined
  const error = inv.outcome === 'error' && inv.errorMessage ? `: ${inv.errorMessage}` : ''
  return `last: invocation ${inv.id} · ${batchName(inv.recordIndexes)} ${ENDINGS[inv.outcome]}${error}`
}

export interface RetryWait {
  readonly shard: number
  readonly lane: number
  readonly records: string
  /** `retry in 4 s · attempt 3 of 3` */
  readonly text: string
}

export interface Bounce {
  readonly key: string
  readonly text: string
}

export interface FunctionStage {
  readonly envs: readonly EnvBox[]
  readonly concurrency: string
  readonly retries: readonly RetryWait[]
  readonly bounces: readonly Bounce[]
}

export interface FunctionInput {
  readonly snapshot: SimSnapshot | undefined
  readonly records: readonly RecordView[]
  readonly invocations: readonly InvocationView[]
  readonly events: readonly SimEvent[]
  readonly timeoutMs: number
  /** MaximumRetryAttempts as GetEventSourceMapping says it (-1: until the record expires). */
  readonly maxRetries: number
}

/** `#2–#3 (order-3, order-4)`-style name of a batch, short. */
export function batchName(indexes: readonly number[]): string {
  if (indexes.length === 0) return 'no records'
  const first = indexes[0]
  const last = indexes[indexes.length - 1]
  return indexes.length === 1 ? `#${first}` : `#${first}–#${last}`
}

function tokens(records: readonly RecordView[], indexes: readonly number[]): RecordToken[] {
  return indexes.slice(0, BATCH_TOKENS).map((i) => {
    const record = recordAt(records, i)
    return {
      recordIndex: i,
      label: record ? keyLabel(record.record.dynamodb.Keys) : '',
      eventName: record?.record.eventName,
    }
  })
}

function attemptsText(attempt: number, maxRetries: number): string {
  return maxRetries < 0
    ? `attempt ${attempt} (retried until the record expires)`
    : `attempt ${attempt} of ${maxRetries + 1}`
}

export function computeFunction(input: FunctionInput): FunctionStage {
  const { snapshot, records, invocations, events, timeoutMs, maxRetries } = input
  const nowMs = snapshot?.nowMs ?? 0
  const recent = invocations.slice(-RECENT_INVOCATIONS)
  const byId = new Map(recent.map((inv) => [inv.id, inv]))
  const lastByEnv = new Map<number, InvocationView>()
  for (const inv of recent)
    if (inv.environmentId !== undefined) lastByEnv.set(inv.environmentId, inv)
  const live = snapshot?.environments ?? []
  const liveIds = new Set(live.map((e) => e.id))
  const envs: EnvBox[] = live.map((env) => {
    const inv = env.invocationId === undefined ? undefined : byId.get(env.invocationId)
    if (inv === undefined)
      return {
        id: env.id,
        state: 'warm',
        stateText: 'warm, idle',
        invocation: undefined,
        last: lastText(lastByEnv.get(env.id)),
      }
    const elapsed = nowMs - inv.startMs
    return {
      id: env.id,
      state: inv.coldStart ? 'cold' : 'busy',
      stateText: inv.coldStart ? 'cold start, busy' : 'warm, busy',
      invocation: {
        id: inv.id,
        attempt: inv.attempt,
        records: tokens(records, inv.recordIndexes),
        more: Math.max(0, inv.recordIndexes.length - BATCH_TOKENS),
        progress: Math.min(1, Math.max(0, elapsed / timeoutMs)),
        text: `invocation ${inv.id} · ${batchName(inv.recordIndexes)} · ${attemptsText(inv.attempt, maxRetries)}${inv.splitHalf ? ' (split half)' : ''} · ${spentText(elapsed)} of ${spentText(timeoutMs)} Timeout`,
      },
      last: undefined,
    }
  })
  // A timeout destroys its environment (docs/semantics.md D3): the newest few stay drawn, crossed out.
  const killed: EnvBox[] = []
  for (let i = recent.length - 1; i >= 0 && killed.length < MAX_KILLED; i--) {
    const inv = recent[i]
    if (inv.outcome !== 'timeout' || inv.environmentId === undefined) continue
    if (liveIds.has(inv.environmentId) || killed.some((k) => k.id === inv.environmentId)) continue
    killed.push({
      id: inv.environmentId,
      state: 'killed',
      stateText: `killed after a timeout at ${clockText(inv.endMs ?? inv.startMs)}`,
      invocation: undefined,
      last: lastText(inv),
    })
  }
  const busy = envs.filter((e) => e.invocation !== undefined).length
  const reserved = snapshot?.reservedConcurrency
  const concurrency =
    reserved === null || reserved === undefined
      ? `${busy} busy · unreserved concurrency`
      : `${busy} busy of ${reserved} reserved`
  return {
    envs: [...envs, ...killed.reverse()],
    concurrency,
    retries: computeRetries(snapshot, recent, events, maxRetries),
    bounces: computeBounces(events, nowMs, reserved),
  }
}

/** Lanes in backoff: the newest retryScheduled event of each says when the batch goes again (A4.2, D7). */
function computeRetries(
  snapshot: SimSnapshot | undefined,
  recent: readonly InvocationView[],
  events: readonly SimEvent[],
  maxRetries: number,
): RetryWait[] {
  if (snapshot === undefined) return []
  const waits: RetryWait[] = []
  for (const [shard, s] of snapshot.shards.entries()) {
    for (const [lane, l] of s.lanes.entries()) {
      if (l.status !== 'backoff') continue
      const scheduled = findLast(
        events,
        (e): e is Extract<SimEvent, { type: 'retryScheduled' }> =>
          e.type === 'retryScheduled' && e.shard === shard && e.lane === lane,
      )
      // Stepping shows events one at a time: a retry not yet scheduled has no time to show.
      if (scheduled === undefined || scheduled.retryAtMs <= snapshot.nowMs) continue
      const wait = `retry in ${waitText(scheduled.retryAtMs - snapshot.nowMs)}`
      const first = scheduled.recordIndexes[0]
      const last = findLast(
        recent,
        (inv): inv is InvocationView =>
          inv.shard === shard && (inv.lane ?? 0) === lane && inv.recordIndexes.includes(first),
      )
      const next = (last?.attempt ?? 0) + 1
      const text =
        scheduled.rule === 'retry.throttle'
          ? `${wait} · a throttle spends no attempt · next: ${attemptsText(next, maxRetries)}`
          : `${wait} · ${attemptsText(next, maxRetries)}`
      waits.push({ shard, lane, records: batchName(scheduled.recordIndexes), text })
    }
  }
  return waits
}

function computeBounces(
  events: readonly SimEvent[],
  nowMs: number,
  reserved: number | null | undefined,
): Bounce[] {
  const bounces: Bounce[] = []
  for (let i = events.length - 1; i >= 0 && bounces.length < 3; i--) {
    const e = events[i]
    if (nowMs - e.atMs > BOUNCE_SHOWN_MS) break
    if (e.type !== 'throttled') continue
    const why =
      reserved === 0 ? 'reserved concurrency is 0' : 'no concurrency left for another environment'
    bounces.push({
      key: `${e.atMs}:${e.shard}:${e.lane}`,
      text: `↩ ${batchName(e.recordIndexes)} throttled at ${clockText(e.atMs)}: ${why}; the batch goes back to shard ${e.shard}`,
    })
  }
  return bounces
}

function findLast<T, S extends T>(list: readonly T[], test: (item: T) => item is S): S | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i]
    if (test(item)) return item
  }
  return undefined
}
