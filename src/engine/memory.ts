/**
 * The engine's memory, estimated from the sizes of its growing structures, and the discard that keeps a
 * browser run within its budget (docs/semantics.md D18). The estimate is a count times a measured cost per
 * item: O(1), deterministic, the same in every browser; it is not the heap, which the page cannot read in
 * a worker.
 */
import type { SavedSimulation } from './simulation'
import type { World } from './world'

/**
 * Retained bytes per item in Chromium's worker, where the status line runs. Measured for the columnar record
 * store and the compact journal (issue 13) with Node's heap after a collection (`node --expose-gc`): runs of
 * 20,000, 50,000 and 100,000 writes from the traffic generator's default mix at 100 writes/s on 2 shards, with
 * batches of 1, 10 and 100 and a one-line log per invocation, each run's heap minus the heap before it; an event's
 * cost is what discarding the journal frees (Node: 177 B), then records (128 B) and invocations (1,005 B) are a
 * least-squares fit of the rest (within 1 % of every run). Scaled by 0.62, the ratio of the sim worker's heap in
 * Chromium (pointer compression) to Node's measured for the earlier storage (`npm run bench:ui --
 * --only-memory`). A record counts its store row, images, write row and the journal number that says it was
 * written; an event is a journal entry kept as an object; an invocation its report entry and logs. Re-measure
 * when the engine's storage changes.
 */
export const BYTES_PER = { record: 80, event: 110, invocation: 625 } as const

/**
 * What one saved copy of the simulation (a Timeline snapshot) adds, measured the same way (ten saves of each run
 * held at once; Node: 26, 8 and 8 B): each record's columns are copied, the journal and the lists as arrays of
 * references (a record's share includes its journal number's slot).
 */
export const SAVED_BYTES_PER = { record: 16, event: 5, invocation: 5 } as const

const MB = 1024 * 1024

/**
 * What a browser run may hold before it discards (D18), and where the warning starts. In `npm run bench:ui --
 * --only-memory` (an hour at 100 writes/s, 359,054 records) the worker retained 1.06× the estimate after a
 * collection (161.8 MB at 152.3 MB) and peaked at 1.48× it with garbage not collected yet (242.3 MB at
 * 163.3 MB): at 180 MB the peak stays near 270 MB, under the 300 MB the worker may use (issue 13).
 */
export const MEMORY_BUDGET_BYTES = 180 * MB
export const WARNING_SHARE = 0.8
/** Histories younger than this are never discarded. */
export const KEEP_HISTORY_MS = 60 * 60 * 1000

export interface EngineMemory {
  readonly records: number
  /** Journal events kept as objects; the compact ones (a number each) are counted with their records. */
  readonly events: number
  readonly invocations: number
  readonly bytes: number
}

export function estimateMemory(world: World): EngineMemory {
  return estimateFromCounts(
    world.records.length,
    world.journal.objectCount,
    world.invocations.length,
  )
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
