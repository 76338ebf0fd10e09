/**
 * The timeline's memory in the sim worker: every input from outside the engine in the order it was accepted
 * (handler outcomes, the user's writes and setting changes, traffic changes) with the virtual time it went
 * in at, and snapshots of the whole session taken every so many engine events. Seeking restores the nearest
 * snapshot at or before the target and replays the logged inputs from there: the engine is deterministic
 * (docs/semantics.md D11), so the replay reaches exactly the state the run had, without running a handler.
 */
import type { InvocationOutcome, InvokeRequest, SavedSimulation, SimInput } from '../engine'
import type { TrafficSettings } from '../protocol/simProtocol'
import type { TrafficGenerator } from './trafficGenerator'

/** One input in the order the engine accepted it; `atMs` is the engine's time then. */
export type LoggedInput =
  | { readonly atMs: number; readonly kind: 'sim'; readonly input: SimInput }
  | { readonly atMs: number; readonly kind: 'traffic'; readonly traffic: TrafficSettings | null }

/** The session's replayable state at one moment between two commands. */
export interface Checkpoint {
  readonly atMs: number
  /** Engine events so far: what the spacing and the memory bound count. */
  readonly events: number
  /** Log entries applied before it was taken. */
  readonly cursor: number
  readonly sim: SavedSimulation
  readonly traffic: TrafficGenerator | undefined
  readonly nextUserWrite: number
  /** Invocations handed out and not answered yet, in the order they were handed out. */
  readonly outstanding: readonly InvokeRequest[]
  /** Its estimated size (engine/memory.ts `estimateSavedBytes`): what the snapshots' memory bound counts. */
  readonly bytes: number
}

export interface Timeline {
  readonly log: LoggedInput[]
  /** Index of the next log entry to replay; equal to the log's length when the run is live. */
  cursor: number
  /** In time order; the first is the start of the run. */
  checkpoints: Checkpoint[]
  /** Engine events between two checkpoints: doubles when the memory bound thins them out. */
  spacing: number
  /** Invocation ids whose outcome the log holds at or after the cursor: a replay feeds them, no handler runs. */
  ahead: Set<number>
}

/**
 * Snapshot spacing and bound, chosen by `bench/ui/seek.ts`: replaying 1,000 events takes a few milliseconds,
 * and a day-long poison pill stays within 32 snapshots; bigger runs space them wider instead of using more memory.
 */
export const FIRST_SPACING = 1_000
export const MAX_CHECKPOINTS = 32
/**
 * The snapshots' share of the run's memory budget (docs/semantics.md D18). At 45 MB the worker's heap peaked at
 * 312-324 MB before a collection in an hour of 100 writes/s (`npx tsx bench/ui/run.ts --only-memory`), over the
 * 300 MB bound; at 25 MB it peaks at 240 MB. Long runs space their snapshots wider instead: a seek replays more.
 */
export const CHECKPOINT_BUDGET_BYTES = 25 * 1024 * 1024

export function createTimeline(): Timeline {
  return { log: [], cursor: 0, checkpoints: [], spacing: FIRST_SPACING, ahead: new Set() }
}

export function isReplaying(t: Timeline): boolean {
  return t.cursor < t.log.length
}

/** Logs something that happened live, at the end of the log: the cursor follows. */
export function logLive(t: Timeline, entry: LoggedInput): void {
  t.log.push(entry)
  t.cursor = t.log.length
}

/** Moves the cursor (a seek) and notes which logged outcomes lie ahead of it. */
export function moveCursor(t: Timeline, cursor: number): void {
  t.cursor = cursor
  t.ahead = new Set()
  for (const entry of t.log.slice(cursor))
    if (entry.kind === 'sim' && entry.input.type === 'invocationOutcome')
      t.ahead.add(entry.input.invocationId)
}

/** The outcomes accepted before the cursor, for the invocation rows' error messages after a seek. */
export function outcomesBehind(
  t: Timeline,
): { readonly invocationId: number; readonly outcome: InvocationOutcome }[] {
  return t.log
    .slice(0, t.cursor)
    .flatMap((entry) =>
      entry.kind === 'sim' &&
      entry.input.type === 'invocationOutcome' &&
      entry.input.outcome.kind !== 'returned'
        ? [{ invocationId: entry.input.invocationId, outcome: entry.input.outcome }]
        : [],
    )
}

/** Whether the run has moved far enough past the last snapshot to take another. */
export function dueForCheckpoint(t: Timeline, atMs: number, events: number): boolean {
  const last = t.checkpoints.at(-1)
  return last === undefined || (atMs > last.atMs && events - last.events >= t.spacing)
}

/**
 * Adds a snapshot; over the count or the memory bound, every other one goes (never the first) and the spacing
 * doubles. A snapshot too big for the bound even beside the first alone is not kept: seeks replay further.
 */
export function addCheckpoint(
  t: Timeline,
  checkpoint: Checkpoint,
  budgetBytes = CHECKPOINT_BUDGET_BYTES,
): void {
  t.checkpoints.push(checkpoint)
  while (
    t.checkpoints.length > 1 &&
    (t.checkpoints.length > MAX_CHECKPOINTS || checkpointBytes(t) > budgetBytes)
  ) {
    if (t.checkpoints.length === 2) {
      t.checkpoints.pop()
      return
    }
    t.checkpoints = t.checkpoints.filter((_, i) => i % 2 === 0)
    t.spacing *= 2
  }
}

export function checkpointBytes(t: Timeline): number {
  return t.checkpoints.reduce((sum, c) => sum + c.bytes, 0)
}

/**
 * Forgets the stretch before `beforeMs` (docs/semantics.md D18): the last snapshot at or before it becomes the
 * first (seeks go back to it, no further), the inputs before it go, and `trim` drops old history from each
 * snapshot kept. Returns the time the Timeline now starts at.
 */
export function forgetBefore(
  t: Timeline,
  beforeMs: number,
  trim: (c: Checkpoint) => Checkpoint,
): number {
  let first = 0
  t.checkpoints.forEach((c, i) => {
    if (c.atMs <= beforeMs) first = i
  })
  const shift = t.checkpoints[first].cursor
  t.log.splice(0, shift)
  t.cursor = Math.max(0, t.cursor - shift)
  t.checkpoints = t.checkpoints.slice(first).map((c) => trim({ ...c, cursor: c.cursor - shift }))
  return t.checkpoints[0].atMs
}

/** The latest snapshot at or before `atMs` (the first one is at 0). */
export function checkpointAt(t: Timeline, atMs: number): Checkpoint {
  let found = t.checkpoints[0]
  for (const c of t.checkpoints) if (c.atMs <= atMs) found = c
  return found
}

/** A new input while replaying: the rest of the old future is forgotten, and so are its snapshots. */
export function forgetFuture(t: Timeline, nowMs: number): LoggedInput[] {
  const dropped = t.log.splice(t.cursor)
  t.checkpoints = t.checkpoints.filter((c) => c.cursor <= t.cursor && c.atMs <= nowMs)
  t.ahead = new Set()
  return dropped
}
