/**
 * The run's memory budget in the sim worker (docs/semantics.md D18): the engine's estimate plus the Timeline's
 * snapshots. Near the budget the status line warns what will go; at the budget the record histories and the
 * Timeline before an hour ago go, and if the run still does not fit it holds where it is. Nothing goes silently:
 * every frame carries the figures and what was discarded.
 */
import {
  discardSavedJournalBefore,
  estimateSavedBytes,
  KEEP_HISTORY_MS,
  MEMORY_BUDGET_BYTES,
  memoryLevel,
} from '../engine'
import type { RecordHistory } from '../engine'
import { formatElapsed } from '../lib/units'
import type { SimMemory } from '../protocol/simProtocol'
import { checkpointBytes, forgetBefore } from './timeline'
import type { Timeline } from './timeline'
import type { Simulation } from '../engine'

export interface MemoryState {
  readonly budgetBytes: number
  discardedBeforeMs: number | null
  /** Journal events discarded so far: the snapshot spacing counts events as if they were all still there. */
  discardedEvents: number
  stopped: boolean
}

export function createMemoryState(budgetBytes = MEMORY_BUDGET_BYTES): MemoryState {
  return { budgetBytes, discardedBeforeMs: null, discardedEvents: 0, stopped: false }
}

interface Run {
  sim: Simulation
  readonly timeline: Timeline
  readonly memory: MemoryState
}

export function totalBytes(s: Run): number {
  return s.sim.memory().bytes + checkpointBytes(s.timeline)
}

/** A snapshot's size, for the Timeline's bound. */
export function savedBytes(sim: Simulation): number {
  return estimateSavedBytes(sim.memory())
}

/** Called after every command: discards at the budget and holds the run if that is not enough. */
export function keepWithinBudget(s: Run): void {
  const m = s.memory
  if (totalBytes(s) < m.budgetBytes) return
  const cutoff = s.sim.now() - KEEP_HISTORY_MS
  if (cutoff > (m.discardedBeforeMs ?? 0)) discardBefore(s, cutoff)
  m.stopped = totalBytes(s) >= m.budgetBytes
}

/** Record histories and the Timeline before `beforeMs` go; counts, metrics and the report stay whole. */
export function discardBefore(s: Run, beforeMs: number): void {
  s.memory.discardedEvents += s.sim.discardHistoryBefore(beforeMs)
  forgetBefore(s.timeline, beforeMs, (c) => ({
    ...c,
    sim: discardSavedJournalBefore(c.sim, beforeMs),
  }))
  s.memory.discardedBeforeMs = beforeMs
}

/** After a restore from a snapshot: what was discarded stays discarded, and the run may go on again. */
export function afterRestore(s: Run): void {
  const { discardedBeforeMs } = s.memory
  if (discardedBeforeMs !== null) s.sim.discardHistoryBefore(discardedBeforeMs)
  s.memory.stopped = false
}

export function memoryFigures(s: Run): SimMemory {
  const bytes = totalBytes(s)
  const m = s.memory
  return {
    records: s.sim.memory().records,
    estimateBytes: bytes,
    budgetBytes: m.budgetBytes,
    level: memoryLevel(bytes, m.budgetBytes),
    discardedBeforeMs: m.discardedBeforeMs,
    wouldDiscardBeforeMs: Math.max(0, s.sim.now() - KEEP_HISTORY_MS),
    stopped: m.stopped,
  }
}

/**
 * A record's history says where its discarded part was: a record written before the discard starts with the
 * note, and its fate is the record's own (the event that settled it may be among those discarded).
 */
export function withDiscardNote(s: Run, history: RecordHistory): RecordHistory {
  const { discardedBeforeMs } = s.memory
  const record = s.sim.records(history.recordIndex)[0]
  if (discardedBeforeMs === null || record === undefined || record.createdAtMs >= discardedBeforeMs)
    return history
  const note = {
    atMs: discardedBeforeMs,
    what: `history before ${formatElapsed(discardedBeforeMs).slice(0, -4)} discarded to stay within memory`,
    rule: undefined,
    cites: ['D18' as const],
  }
  return { ...history, fate: record.fate, steps: [note, ...history.steps] }
}
