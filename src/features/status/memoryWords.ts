/** The status line's words for the run's size and memory (docs/semantics.md D18). */
import type { SimViewState } from '../../store/simView'
import { plural } from '../../lib/plural'
import { formatElapsed } from '../../lib/units'

const MB = 1024 * 1024

/** A frame's memory figures (docs/semantics.md D18), as the store keeps them. */
export type SimMemory = NonNullable<SimViewState['memory']>

/** `48 MB`, `4.2 MB`, `12 KB`: whole megabytes from 10 up, one decimal below, kilobytes under one. */
export function formatBytes(bytes: number): string {
  const mb = bytes / MB
  if (mb < 1) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`
}

/** `00:12:34`: a virtual time to the second. */
const clock = (ms: number) => formatElapsed(ms).slice(0, -4)

/** `12,345 records · engine ≈ 48 MB`. */
export function memoryLine(m: SimMemory): string {
  return `${plural(m.records, 'record')} · engine ≈ ${formatBytes(m.estimateBytes)}`
}

/** What the estimate is, for the line's description. */
export function memoryExplained(m: SimMemory): string {
  return `An estimate of what the simulation holds (records, event history, invocations, Timeline snapshots) from their counts, not the browser's measure; the run's limit is ${formatBytes(m.budgetBytes)}.`
}

/**
 * What the run did or will do about its memory, or null while it is far from the limit: near it, what the
 * discard at the limit takes; after, what it took; and when even that is not enough, that the run holds.
 */
export function memoryNotice(m: SimMemory, nowMs: number): string | null {
  const limit = formatBytes(m.budgetBytes)
  if (m.stopped)
    return `The run holds at ${clock(nowMs)}: it needs more than ${limit} even without the history older than an hour. Export it and run it with the headless runner (npm run simulate).`
  if (m.discardedBeforeMs !== null)
    return `Record histories and Timeline snapshots before ${clock(m.discardedBeforeMs)} were discarded to stay within ${limit}; counts, metrics and the report are whole.`
  if (m.level === 'ok') return null
  const what = `at ${limit} the run discards record histories and Timeline snapshots older than an hour`
  return m.wouldDiscardBeforeMs > 0
    ? `Near the memory limit: ${what} (now: before ${clock(m.wouldDiscardBeforeMs)}), and holds if that is not enough.`
    : `Near the memory limit: ${what}; none is an hour old yet, so the run will hold at the limit.`
}
