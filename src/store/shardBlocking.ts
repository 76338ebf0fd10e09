/**
 * A shard's story in words: which record held it up, for how long, over how many attempts, and which
 * records expired behind it without a single delivery. Pure; derived from the invocations and records
 * the store holds (docs/semantics.md A4.2, A4.5).
 */
import type { RecordView } from '../protocol/simProtocol'
import { plural } from '../lib/plural'
import type { Lookup } from './recordKeys'
import type { InvocationView } from './simView'

export interface ShardWords {
  /** `blocked 23 h 59 m by #0 (job-1), 1,445 attempts`, when one record kept failing. */
  readonly blocking: string | undefined
  /** `job-2 was never processed: it expired behind job-1`, the first few. */
  readonly lost: readonly string[]
  /** Lost records beyond the ones named. */
  readonly moreLost: number
}

/** Lost records named per shard before the rest is counted. */
export const MAX_LOST_NAMED = 3

const FAILED: ReadonlySet<InvocationView['outcome']> = new Set(['error', 'timeout', 'partial'])

/** `23 h 59 m`, `4 m 12 s`, `7 s`, `120 ms`: the two largest units, rounded down. */
export function formatSpan(ms: number): string {
  const s = Math.floor(ms / 1000)
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} m`
  if (s >= 60) return `${Math.floor(s / 60)} m ${s % 60} s`
  if (s >= 1) return `${s} s`
  return `${Math.max(0, Math.floor(ms))} ms`
}

interface Blocker {
  readonly index: number
  readonly attempts: number
  readonly fromMs: number
  readonly toMs: number
}

/** The record in the most failed invocations of the shard (the earliest on a tie), if it failed twice. */
function findBlocker(invocations: readonly InvocationView[]): Blocker | undefined {
  const seen = new Map<number, { attempts: number; fromMs: number; toMs: number }>()
  for (const inv of invocations) {
    const endMs = inv.endMs ?? inv.startMs
    for (const index of inv.recordIndexes) {
      const entry = seen.get(index)
      if (!FAILED.has(inv.outcome)) {
        if (entry) entry.toMs = Math.max(entry.toMs, endMs)
      } else if (entry) {
        entry.attempts++
        entry.toMs = Math.max(entry.toMs, endMs)
      } else seen.set(index, { attempts: 1, fromMs: inv.startMs, toMs: endMs })
    }
  }
  let best: Blocker | undefined
  for (const [index, entry] of seen) {
    if (entry.attempts < 2) continue
    if (
      !best ||
      entry.attempts > best.attempts ||
      (entry.attempts === best.attempts && index < best.index)
    )
      best = { index, ...entry }
  }
  return best
}

/**
 * Per shard index. `complete` says the store still holds every invocation of the run: without it, a record
 * delivered long ago could look never delivered, so no record is called lost.
 */
export function describeShard(
  shard: number,
  records: readonly RecordView[],
  invocations: readonly InvocationView[],
  labels: Lookup<string>,
  complete: boolean,
): ShardWords {
  const mine = invocations.filter((inv) => inv.shard === shard)
  const name = (index: number) => labels.get(index) ?? `#${index}`
  // Redrawn every frame: the maps over every delivered record are built only when a batch failed.
  const blocker = mine.some((inv) => FAILED.has(inv.outcome)) ? findBlocker(mine) : undefined
  const blockerLabel = blocker && labels.get(blocker.index)
  const blocking =
    blocker &&
    `blocked ${formatSpan(blocker.toMs - blocker.fromMs)} by #${blocker.index}` +
      `${blockerLabel !== undefined ? ` (${blockerLabel})` : ''}, ` +
      `${plural(blocker.attempts, 'attempt')}`
  const expired = complete ? records.filter((r) => r.shard === shard && r.fate === 'expired') : []
  const delivered = new Set(expired.length > 0 ? mine.flatMap((inv) => inv.recordIndexes) : [])
  const lostIndexes = expired.filter((r) => !delivered.has(r.index)).map((r) => r.index)
  const lost = lostIndexes.slice(0, MAX_LOST_NAMED).map((index) => {
    const behind = blocker && blocker.index < index ? ` behind ${name(blocker.index)}` : ''
    return `${name(index)} was never processed: it expired${behind}`
  })
  return { blocking, lost, moreLost: lostIndexes.length - lost.length }
}
