import { virtualMs, type VirtualMs } from './clock'
import { Phase, type QueuedEvent } from './eventQueue'
import type {
  FunctionChange,
  MappingSettings,
  NormalizedScenario,
  ScheduledAction,
  ScheduledWrite,
} from './model/scenario'
import type { Item, WriteRequest } from './model/dynamo'
import type { DeliveredRecord, RecordFate } from './stream/records'
import { takeSnapshot, type SimSnapshot } from './snapshot'
import type { SimEvent } from './model/events'
import type { MetricSeries, ReportDestination, RunReport, StreamedRunReport } from './model/report'
import type { InvocationOutcome, InvokeRequest } from './lambda/invocation'
import { createWorld } from './createWorld'
import { applyWrite, scheduleTtlSweep, sweepTtl } from './stream/writer'
import { onPoll, onWindowClose, wakeLaneFor } from './esm/lanes'
import { onRetry } from './esm/invoke'
import { acceptOutcome, completeInvocation } from './esm/complete'
import { applyAction, createMapping, onTransitionEnd } from './esm/lifecycle'
import { buildReport, buildStreamedReport } from './report'
import { callMappingApi } from './esm/mappingApi'
import type { MappingApiAnswer, MappingApiCall } from './esm/mappingApi'
import { onFunctionUpdateEnd } from './lambda/functionUpdate'
import { destinationsSince, invocationById, mappingInEffect } from './query/inEffect'
import type { InvocationQuery, MappingInEffect } from './query/inEffect'
import type { Task, World } from './world'
import { cloneWorld } from './worldClone'
import type { RoleAction } from './role/permissions'
import { WriteFeed, type FeedPosition } from './writeFeed'
import { discardJournalBefore, estimateMemory, type EngineMemory } from './memory'

export interface StepResult {
  /** Virtual time processed so far. Below the requested time when an invocation's outcome is awaited. */
  readonly reachedMs: VirtualMs
  /** What happened since the previous step. */
  readonly events: readonly SimEvent[]
  /** Invocations started since the previous step: run each handler and `accept` its outcome. */
  readonly effects: readonly InvokeRequest[]
}

/** A fact from outside the engine: an invocation's outcome, or something a user does now. */
export type SimInput =
  | {
      readonly type: 'invocationOutcome'
      readonly invocationId: number
      readonly outcome: InvocationOutcome
    }
  /** A table write at the current virtual time (the playground's table editor). */
  | { readonly type: 'write'; readonly write: WriteRequest }
  /** UpdateEventSourceMapping now: only the named settings change, after the 1 s `Updating` transition. */
  | {
      readonly type: 'updateMapping'
      readonly settings: Partial<MappingSettings>
      readonly enabled?: boolean
    }
  | { readonly type: 'putFunctionConcurrency'; readonly reservedConcurrency: number | null }
  /**
   * UpdateFunctionCode (code, language) and/or UpdateFunctionConfiguration (Timeout, MemorySize) now: new
   * invocations run the new version once the update completes, 1 s later (docs/semantics.md D15).
   */
  | { readonly type: 'updateFunction'; readonly change: FunctionChange }
  /** An event source mapping API request now, its answer dropped (a timeline replay of `callMappingApi`). */
  | { readonly type: 'mappingApi'; readonly call: MappingApiCall }
  /** The execution role's policy edited now: `removed` is every action it lacks after (docs/semantics.md D17). */
  | { readonly type: 'updateExecutionRole'; readonly removed: readonly RoleAction[] }

export interface Simulation {
  now(): VirtualMs
  /**
   * Processes scheduled events up to `untilMs` in (time, phase, insertion) order. Stops early where it needs the
   * outcome of an invocation it handed out: the engine never awaits.
   */
  runUntil(untilMs: VirtualMs): StepResult
  accept(input: SimInput): void
  /** Lets invocations still running at the end complete; nothing new starts. */
  finish(): void
  report(): RunReport
  /** The same report with its records made as they are read, for streaming it (issue 13). */
  streamedReport(): StreamedRunReport
  /**
   * The event journal since the start; with `from` / `to`, only its events from `from` to `to` (exclusive,
   * positions as in the whole journal): a reader of the newest few makes no object for the others.
   */
  journal(from?: number, to?: number): readonly SimEvent[]
  /** How many events the journal holds: `journal().length` without making them. */
  journalLength(): number
  /** A small picture of the state now: mapping, shards, lanes, checkpoints (for the playground). */
  snapshot(): SimSnapshot
  /** Virtual time of the next scheduled event, if any: what "step" advances to. */
  nextEventAtMs(): VirtualMs | undefined
  /** The table's items now, in DynamoDB JSON. */
  tableItems(): Item[]
  /** One item by its key attributes, as `tableItems` has it (undefined: no such item). */
  tableItem(key: Item): Item | undefined
  /** Stream records from `fromIndex` on, as Lambda delivers them, with their fate so far. */
  records(fromIndex?: number): RecordView[]
  /** Failure records delivered from `fromIndex` on, without building the report. */
  destinations(fromIndex?: number): readonly ReportDestination[]
  /** One invocation by id (1 = the first started), without building the report. */
  invocation(invocationId: number): InvocationQuery | undefined
  /** The mapping's state and the settings the engine runs now, plus what a pending update will change. */
  mappingInEffect(): MappingInEffect
  /** Metric points of the seconds from `fromMs` on (docs/semantics.md A11), without building the report. */
  metricsSince(fromMs: number): MetricSeries
  /** An independent copy of the whole state now, for `restoreSimulation` (the timeline's snapshots). */
  save(): SavedSimulation
  /** Lambda's event source mapping API now (the console): AWS's answer; a change applies at once (D16). */
  callMappingApi(call: MappingApiCall): MappingApiAnswer
  /** The engine's memory estimate now (docs/semantics.md D18). */
  memory(): EngineMemory
  /** Drops the journal's events before `atMs` to stay within memory (D18); returns how many went. */
  discardHistoryBefore(atMs: number): number
}

/** A simulation's whole state at one moment; restoring it any number of times gives independent runs. */
export interface SavedSimulation {
  readonly world: World
  readonly journalRead: number
  /** The scenario's writes read so far and the one that runs next. */
  readonly writeFeed: FeedPosition
  readonly extraWrites: number
}

/** A stream record as the playground shows it. */
export interface RecordView {
  readonly index: number
  readonly shard: number
  readonly createdAtMs: VirtualMs
  readonly fate: RecordFate
  readonly record: DeliveredRecord
}

/**
 * Creates a deterministic simulation of one DynamoDB stream, one event source mapping and one function.
 *
 * @example
 * const sim = createSimulation(scenario)
 * let step = sim.runUntil(scenario.durationMs)
 * // for each step.effects: run the handler, then sim.accept({ type: 'invocationOutcome', … })
 */
export function createSimulation(scenario: NormalizedScenario): Simulation {
  return simulationOf(createWorld(scenario), undefined)
}

/** A simulation that carries on from a saved state exactly as the saved one would have. */
export function restoreSimulation(saved: SavedSimulation): Simulation {
  return simulationOf(cloneWorld(saved.world), saved)
}

function simulationOf(world: World, saved: SavedSimulation | undefined): Simulation {
  const { scenario } = world
  let journalRead = saved?.journalRead ?? 0
  // Writes come in run order: only the next one waits, beside the queue, which keeps the heap small.
  const writes = new WriteFeed(scenario.writes, world.queue, saved?.writeFeed)
  let extraWrites = saved?.extraWrites ?? 0

  if (saved === undefined) {
    world.queue.push(scenario.mappingCreatedAtMs, Phase.control, { kind: 'createMapping' })
    for (const action of scenario.actions)
      world.queue.push(action.atMs, Phase.control, { kind: 'action', action })
    writes.feed()
    scheduleTtlSweep(world)
  }

  /** The earliest time an awaited invocation could end; nothing at or after it may run before its outcome. */
  function barrierMs(): number | undefined {
    if (world.inflight.size === 0) return undefined
    let barrier: number | undefined
    for (const flight of world.inflight.values()) {
      if (flight.result !== undefined) continue
      const earliestEnd = flight.report.startMs + flight.request.durationMs
      if (barrier === undefined || earliestEnd < barrier) barrier = earliestEnd
    }
    return barrier
  }

  function runUntil(untilMs: VirtualMs): StepResult {
    let reachedMs = untilMs
    let barrier = barrierMs()
    for (;;) {
      const write = writes.due()
      const next = write === undefined ? world.queue.peek() : undefined
      const atMs = write?.atMs ?? next?.atMs
      if (atMs === undefined || atMs > untilMs) break
      if (barrier !== undefined && atMs >= barrier) {
        reachedMs = world.nowMs
        break
      }
      world.nowMs = atMs
      if (write !== undefined) {
        // A write only schedules a poll: it never starts or ends an invocation, so the barrier stays.
        dispatchWrite(world, write)
        writes.feed()
        continue
      }
      world.queue.pop()
      const task = (next as QueuedEvent<Task>).payload
      dispatch(world, task, atMs)
      if (task.kind !== 'write') barrier = barrierMs()
    }
    if (reachedMs === untilMs && barrier === undefined)
      world.nowMs = virtualMs(Math.max(world.nowMs, untilMs))
    const effects = world.effects
    world.effects = []
    // The step's events are made from the journal only when read: a caller that reads none (the headless
    // runner) makes no event object per record. Events a memory discard (D18) dropped before they were read
    // are gone, as the discard says.
    const { journal } = world
    const from = journal.dropped + journalRead
    const to = journal.dropped + journal.length
    journalRead = journal.length
    let events: readonly SimEvent[] | undefined
    return {
      reachedMs,
      get events() {
        events ??= journal.slice(Math.max(0, from - journal.dropped), to - journal.dropped)
        return events
      },
      effects,
    }
  }

  return {
    now: () => world.nowMs,
    runUntil,
    accept(input) {
      switch (input.type) {
        case 'invocationOutcome':
          acceptOutcome(world, input.invocationId, input.outcome)
          return
        case 'write': {
          const index = scenario.writes.length + extraWrites++
          const path = `input.writes[${index}]`
          world.queue.push(world.nowMs, Phase.write, {
            kind: 'write',
            write: { index, path, atMs: world.nowMs, write: input.write },
          })
          return
        }
        case 'updateMapping':
          world.queue.push(world.nowMs, Phase.control, {
            kind: 'action',
            action: {
              kind: 'UpdateEventSourceMapping',
              atMs: world.nowMs,
              path: 'input',
              settings: input.settings,
              enabled: input.enabled,
            },
          })
          return
        case 'updateFunction':
          for (const action of functionUpdateActions(world.nowMs, input.change))
            world.queue.push(world.nowMs, Phase.control, { kind: 'action', action })
          return
        case 'mappingApi':
          callMappingApi(world, input.call)
          return
        case 'updateExecutionRole':
          world.queue.push(world.nowMs, Phase.control, {
            kind: 'action',
            action: {
              kind: 'UpdateExecutionRole',
              atMs: world.nowMs,
              path: 'input',
              removed: input.removed,
            },
          })
          return
        case 'putFunctionConcurrency':
          world.queue.push(world.nowMs, Phase.control, {
            kind: 'action',
            action: {
              kind: 'PutFunctionConcurrency',
              atMs: world.nowMs,
              path: 'input',
              reservedConcurrency: input.reservedConcurrency,
            },
          })
          return
      }
    },
    snapshot: () => takeSnapshot(world),
    nextEventAtMs() {
      const writeAtMs = writes.nextAtMs()
      const queuedAtMs = world.queue.peek()?.atMs
      if (writeAtMs === undefined || queuedAtMs === undefined) return queuedAtMs ?? writeAtMs
      return virtualMs(Math.min(writeAtMs, queuedAtMs))
    },
    tableItems: () => world.table.items(),
    tableItem: (key) => world.table.get(key),
    records: (fromIndex = 0) => recordViews(world, fromIndex),
    destinations: (fromIndex = 0) => destinationsSince(world, fromIndex),
    invocation: (invocationId) => invocationById(world, invocationId),
    mappingInEffect: () => mappingInEffect(world),
    metricsSince: (fromMs) => world.metrics.since(fromMs),
    finish() {
      for (let next = world.queue.pop(); next !== undefined; next = world.queue.pop()) {
        if (next.payload.kind !== 'complete') continue
        world.nowMs = virtualMs(Math.max(world.nowMs, next.atMs))
        completeInvocation(world, next.payload.invocationId)
      }
    },
    report: () => buildReport(world),
    streamedReport: () => buildStreamedReport(world),
    journal: (from, to) => world.journal.slice(from, to),
    journalLength: () => world.journal.length,
    save: () => ({
      world: cloneWorld(world),
      journalRead,
      writeFeed: writes.position(),
      extraWrites,
    }),
    callMappingApi: (call) => callMappingApi(world, call),
    memory: () => estimateMemory(world),
    discardHistoryBefore(atMs) {
      const dropped = discardJournalBefore(world, atMs)
      journalRead = Math.max(0, journalRead - dropped)
      return dropped
    },
  }
}

function dispatch(world: World, task: Task, atMs: VirtualMs): void {
  switch (task.kind) {
    case 'createMapping':
      // A mapping the console created earlier replaces the scenario's own (docs/semantics.md D16).
      if (world.mapping.creations === 0) createMapping(world)
      return
    case 'action':
      applyAction(world, task.action)
      return
    case 'transitionEnd':
      onTransitionEnd(world, task.generation)
      return
    case 'write':
      dispatchWrite(world, task.write)
      return
    case 'ttlSweep':
      for (const record of sweepTtl(world)) wakeLaneFor(world, record)
      return
    case 'poll':
    case 'windowClose':
    case 'retry': {
      const lane = world.shards[task.shard].lanes[task.lane]
      if (lane === undefined || lane.generation !== task.generation) return
      if (task.kind === 'poll') onPoll(world, lane, atMs)
      else if (task.kind === 'windowClose') onWindowClose(world, lane, atMs)
      else onRetry(world, lane)
      return
    }
    case 'complete':
      completeInvocation(world, task.invocationId)
      return
    case 'functionUpdateEnd':
      onFunctionUpdateEnd(world)
      return
  }
}

function dispatchWrite(world: World, write: ScheduledWrite): void {
  const record = applyWrite(world, write)
  if (record !== undefined) wakeLaneFor(world, record)
}

function recordViews(world: World, fromIndex: number): RecordView[] {
  const { records } = world
  const views: RecordView[] = []
  for (let index = Math.max(0, fromIndex); index < records.length; index++) {
    views.push({
      index,
      shard: records.shard(index),
      createdAtMs: records.createdAtMs(index),
      fate: records.fate(index),
      record: records.delivered(index),
    })
  }
  return views
}

/** A change of code and settings is two calls on AWS, code first (the second waits for the first: D15). */
function functionUpdateActions(atMs: VirtualMs, change: FunctionChange): ScheduledAction[] {
  const { code, language, timeoutMs, memorySizeMb } = change
  const actions: ScheduledAction[] = []
  const path = 'input'
  if (code !== undefined || language !== undefined)
    actions.push({ kind: 'UpdateFunctionCode', atMs, path, change: { code, language } })
  if (timeoutMs !== undefined || memorySizeMb !== undefined)
    actions.push({
      kind: 'UpdateFunctionConfiguration',
      atMs,
      path,
      change: { timeoutMs, memorySizeMb },
    })
  return actions
}
