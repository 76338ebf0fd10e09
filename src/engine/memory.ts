/**
 * The engine's memory, estimated from the sizes of its growing structures, and the discard that keeps a
 * browser run within its budget (docs/semantics.md D18). The estimate is a count times a measured cost per
 * item: O(1), deterministic, the same in every browser; it is not the heap, which the page cannot read in
 * a worker.
 */
import type { SavedSimulation } from './simulation'
import type { World } from './world'

/**
 * Retained bytes per item in Chromium's worker, where the status line runs. Measured with Node's heap after a
 * collection (`node --expose-gc`, runs of 5,000–60,000 records with batches of 1 to 100) and scaled by 0.62, the
 * ratio of the sim worker's heap in Chromium (pointer compression) to Node's for the same run (`npm run bench:ui
 * -- --only-memory` against the same session code in Node). A record counts its table item, its delivered JSON
 * and its write row; an invocation its report entry, event and logs. Re-measure when the engine's storage changes.
 */
export const BYTES_PER = { record: 380, event: 95, invocation: 620 } as const

/**
 * What one saved copy of the simulation (a Timeline snapshot) adds, measured the same way: each record is
 * copied (its fate changes), the journal and the lists are copied as arrays of (compressed) references.
 */
export const SAVED_BYTES_PER = { record: 140, event: 4, invocation: 4 } as const

const MB = 1024 * 1024

/**
 * What a browser run may hold before it discards (D18), and where the warning starts: 200 MB retained keeps the
 * worker's peak (with garbage not collected yet, up to 1.4× that in `npm run bench:ui`) under 300 MB.
 */
export const MEMORY_BUDGET_BYTES = 200 * MB
export const WARNING_SHARE = 0.8
/** Histories younger than this are never discarded. */
export const KEEP_HISTORY_MS = 60 * 60 * 1000

export interface EngineMemory {
  readonly records: number
  readonly events: number
  readonly invocations: number
  readonly bytes: number
}

export function estimateMemory(world: World): EngineMemory {
  return estimateFromCounts(world.records.length, world.journal.length, world.invocations.length)
}

export function estimateFromCounts(
  records: number,
  events: number,
  invocations: number,
): EngineMemory {
  const bytes =
    records * BYTES_PER.record + events * BYTES_PER.event + invocations * BYTES_PER.invocation
  return { records, events, invocations, bytes }
}

/** The estimated size of one `save()` of a simulation with these counts. */
export function estimateSavedBytes(counts: Omit<EngineMemory, 'bytes'>): number {
  return (
    counts.records * SAVED_BYTES_PER.record +
    counts.events * SAVED_BYTES_PER.event +
    counts.invocations * SAVED_BYTES_PER.invocation
  )
}

export type MemoryLevel = 'ok' | 'warning' | 'over'

export function memoryLevel(bytes: number, budgetBytes = MEMORY_BUDGET_BYTES): MemoryLevel {
  if (bytes >= budgetBytes) return 'over'
  return bytes >= budgetBytes * WARNING_SHARE ? 'warning' : 'ok'
}

/**
 * Drops the journal's events before `beforeMs` (the journal is in time order): record histories and the event
 * log lose them, the run does not (records, invocations, metrics and the report are kept whole). Returns how
 * many went.
 */
export function discardJournalBefore(world: World, beforeMs: number): number {
  const { journal } = world
  let cut = 0
  while (cut < journal.length && journal.atMs(cut) < beforeMs) cut++
  journal.dropFirst(cut)
  return cut
}

/** The same discard in a saved copy (a Timeline snapshot), so restoring it does not bring the events back. */
export function discardSavedJournalBefore(
  saved: SavedSimulation,
  beforeMs: number,
): SavedSimulation {
  const dropped = discardJournalBefore(saved.world, beforeMs)
  return { ...saved, journalRead: Math.max(0, saved.journalRead - dropped) }
}
