/**
 * One loaded scenario in the sim worker: the simulation and what the next frame carries. The table rows
 * and the stream records come from the engine's own queries (`tableItems()`, `records()`).
 */
import { attributeOf, createSimulation, setAttribute } from '../engine'
import type {
  AttributeValue,
  InvocationOutcome,
  InvokeRequest,
  Item,
  KeySchema,
  MappingInEffect,
  MetricSeries,
  NormalizedScenario,
  ReportDestination,
  SimEvent,
  Simulation,
  WriteRequest,
} from '../engine'
import type {
  InvocationDetails,
  RecordView,
  ScenarioInfo,
  SimReport,
  TableChange,
  TableRow,
  TrafficSettings,
} from '../protocol/simProtocol'
import { createMemoryState, savedBytes } from './memoryPolicy'
import type { MemoryState } from './memoryPolicy'
import { createTrafficGenerator } from './trafficGenerator'
import type { TrafficGenerator } from './trafficGenerator'
import { addCheckpoint, createTimeline, dueForCheckpoint } from './timeline'
import type { Timeline } from './timeline'

export interface Session {
  readonly loadId: number
  readonly scenario: NormalizedScenario
  /** Replaced when the timeline seeks to a snapshot. */
  sim: Simulation
  /** The engine's index of the next user write (the scenario's writes come first). */
  nextUserWrite: number
  /** User writes not yet applied by the engine: engine write index → request id. */
  readonly pendingWrites: Map<number, number>
  readonly awaiting: Set<number>
  targetMs: number
  seq: number
  /** Events not yet sent: the next frame carries them all. */
  held: SimEvent[]
  stepPending: boolean
  shownMs: number
  /** Records before this index went out in earlier frames (or were left out of a time-lapse frame). */
  recordCursor: number
  /** Records written so far by kind: frames carry the totals, as a time-lapse frame leaves records out. */
  writeTotals: Record<RecordView['record']['eventName'], number>
  /** Events the frames have covered so far, sent or left out (protocol/timeLapse.ts). */
  eventsSent: number
  /** A frame left records or events out since the view last got its lists whole. */
  timeLapsed: boolean
  /** Metric seconds before this virtual time went out in earlier frames, final. */
  metricsCursorMs: number
  /** Row ids whose item changed since the last frame. */
  changed: Set<string>
  destinations: ReportDestination[]
  /** The last mapping in effect sent to the UI, as JSON. */
  mappingKey: string
  traffic: TrafficGenerator | undefined
  /** Inputs so far and snapshots, for seeking (timeline.ts). */
  readonly timeline: Timeline
  /** Invocations handed out and not answered yet, live or waiting on a logged outcome in a replay. */
  readonly outstanding: Map<number, InvokeRequest>
  /** Outcomes that arrived for invocations a seek took back before they started: used when they start again. */
  readonly spareOutcomes: Map<number, InvocationOutcome>
  /**
   * Invocation id → ticket of the request a sandbox runs for it now. Only the answer with that ticket counts:
   * after a seek back and a change, the id may name another invocation and the old answer is stale.
   */
  readonly inFlight: Map<number, number>
  lastTicket: number
  /** The run's memory budget and what was discarded to keep within it (docs/semantics.md D18). */
  readonly memory: MemoryState
}

export function createSession(
  loadId: number,
  scenario: NormalizedScenario,
  memoryBudgetBytes?: number,
): Session {
  return {
    loadId,
    scenario,
    sim: createSimulation(scenario),
    nextUserWrite: scenario.writes.length,
    pendingWrites: new Map(),
    awaiting: new Set(),
    targetMs: 0,
    seq: 0,
    held: [],
    stepPending: false,
    shownMs: 0,
    recordCursor: 0,
    writeTotals: { INSERT: 0, MODIFY: 0, REMOVE: 0 },
    eventsSent: 0,
    timeLapsed: false,
    metricsCursorMs: 0,
    changed: new Set(),
    destinations: [],
    mappingKey: '',
    traffic: undefined,
    timeline: createTimeline(),
    outstanding: new Map(),
    spareOutcomes: new Map(),
    inFlight: new Map(),
    lastTicket: 0,
    memory: createMemoryState(memoryBudgetBytes),
  }
}

/** Whether the engine waits on a handler still running: an outcome kept from before a seek needs no wait. */
export function waitsOnHandler(s: Session): boolean {
  for (const id of s.awaiting) if (!s.spareOutcomes.has(id)) return true
  return false
}

/**
 * The backstop for the stall of issue 11: an awaited invocation that no sandbox runs and whose outcome is not
 * kept would hold the run forever on "0 ms of 3 s Timeout". That is a bug here; it must show, not hang.
 */
export function assertAnswerable(s: Session): void {
  for (const id of s.awaiting)
    if (!s.inFlight.has(id) && !s.spareOutcomes.has(id))
      throw new Error(`invocation ${id} waits for an outcome that no sandbox will send`)
}

/** Holds the events for the next frame, answers user writes and notes what the frame must carry. */
export function absorbEvents(
  s: Session,
  events: readonly SimEvent[],
  post: (report: SimReport) => void,
): void {
  const delivered: number[] = []
  let written: RecordView[] | undefined
  let firstWritten = 0
  for (const event of events) {
    s.held.push(event)
    if (event.type === 'recordWritten') {
      if (written === undefined) {
        firstWritten = event.recordIndex
        written = s.sim.records(firstWritten)
      }
      // Records are listed by index without gaps: no search per record (a Run to end step writes thousands).
      const view = written[event.recordIndex - firstWritten] as RecordView | undefined
      if (view !== undefined) {
        s.changed.add(rowIdOf(s.scenario.table.keySchema, view.record.dynamodb.Keys))
        s.writeTotals[view.record.eventName]++
      }
      answerWrite(s, post, event.writeIndex, (requestId) => ({
        type: 'writeResult',
        loadId: s.loadId,
        requestId,
        atMs: event.atMs,
        result: {
          kind: 'record',
          recordIndex: event.recordIndex,
          eventName: view?.record.eventName ?? 'MODIFY',
        },
      }))
    } else if (event.type === 'writeApplied') {
      answerWrite(s, post, event.writeIndex, (requestId) => ({
        type: 'writeResult',
        loadId: s.loadId,
        requestId,
        atMs: event.atMs,
        result:
          event.result === 'noop'
            ? { kind: 'noop' }
            : { kind: 'rejected', message: event.message ?? 'rejected' },
      }))
    } else if (event.type === 'destinationDelivered') {
      delivered.push(event.destinationIndex)
    }
  }
  if (delivered.length > 0) {
    const from = Math.min(...delivered)
    const since = s.sim.destinations(from)
    for (const i of delivered) {
      const destination = since[i - from]
      if (destination !== undefined) s.destinations.push(destination)
    }
  }
}

/**
 * The journal as far as the UI has been shown it: the newest events may still wait in `held`, and a
 * "Why?" must not tell what the page has not shown yet.
 */
export function shownJournal(s: Session): readonly SimEvent[] {
  return s.sim.journal(0, s.sim.journalLength() - s.held.length)
}

/** An invocation's full report entry; ids count from 1 in start order, as the report lists them. */
export function invocationDetails(s: Session, invocationId: number): InvocationDetails | null {
  return s.sim.invocation(invocationId) ?? null
}

/** The mapping the engine runs now, remembered so that frames carry it again only when it changes. */
export function currentMapping(s: Session): MappingInEffect {
  const mapping = s.sim.mappingInEffect()
  s.mappingKey = JSON.stringify(mapping)
  return mapping
}

/** The mapping the engine runs now if it changed since it was last sent, else null. */
export function takeMappingChange(s: Session): MappingInEffect | null {
  const key = s.mappingKey
  const mapping = currentMapping(s)
  return s.mappingKey === key ? null : mapping
}

/** A row's id: its key attributes as JSON, in schema order (stable across updates). */
export function rowIdOf(keySchema: KeySchema, item: Item): string {
  const key: Item = {}
  for (const { name } of [keySchema.hash, ...(keySchema.range ? [keySchema.range] : [])])
    setAttribute(key, name, attributeOf(item, name) as AttributeValue)
  return JSON.stringify(key)
}

export function tableRows(s: Session): TableRow[] {
  const { keySchema } = s.scenario.table
  return s.sim.tableItems().map((item) => ({ id: rowIdOf(keySchema, item), item }))
}

/**
 * The records written since the last call, at most the newest `max` (protocol/timeLapse.ts: older ones are
 * left out and never built), and the rows they changed (null: deleted).
 */
export function takeFrameData(
  s: Session,
  max: number,
): { records: RecordView[]; tableChanges: TableChange[]; leftOut: boolean } {
  const total = s.sim.memory().records
  const from = Math.max(s.recordCursor, total - max)
  const leftOut = from > s.recordCursor
  const records = s.sim.records(from)
  s.recordCursor = from + records.length
  if (s.changed.size === 0) return { records, tableChanges: [], leftOut }
  // Look up only the changed rows: listing the whole table every frame grew with it (npm run bench:ui).
  // A row id is its key attributes as JSON (rowIdOf), so it parses back into the key.
  const tableChanges = [...s.changed].map((id) => ({
    id,
    item: s.sim.tableItem(JSON.parse(id) as Item) ?? null,
  }))
  s.changed = new Set()
  return { records, tableChanges, leftOut }
}

/** The metric points for the next frame: the last second sent goes again, as it may have grown since. */
export function takeMetrics(s: Session): MetricSeries | null {
  const metrics = s.sim.metricsSince(s.metricsCursorMs)
  let lastMs: number | undefined
  for (const points of Object.values(metrics)) {
    const last = points[points.length - 1][0]
    lastMs = Math.max(lastMs ?? last, last)
  }
  if (lastMs === undefined) return null
  s.metricsCursorMs = lastMs
  return metrics
}

function answerWrite(
  s: Session,
  post: (report: SimReport) => void,
  writeIndex: number | undefined,
  report: (id: number) => SimReport,
): void {
  if (writeIndex === undefined) return
  const requestId = s.pendingWrites.get(writeIndex)
  if (requestId === undefined) return
  s.pendingWrites.delete(writeIndex)
  post(report(requestId))
}

export function infoOf(scenario: NormalizedScenario): ScenarioInfo {
  const { table } = scenario
  return {
    name: scenario.name,
    description: scenario.description,
    durationMs: scenario.durationMs,
    clockStartMs: scenario.clockStartMs,
    tableName: table.tableName,
    keySchema: table.keySchema,
    streamViewType: table.streamViewType,
    shards: table.shards,
    ttlAttribute: table.ttlAttribute,
    region: scenario.region,
  }
}

/** The traffic generator from the current virtual time, or none. */
export function startTraffic(s: Session, traffic: TrafficSettings | null): void {
  s.traffic =
    traffic === null
      ? undefined
      : createTrafficGenerator(traffic, s.scenario.table.keySchema, s.sim.now() + 1)
}

/** A snapshot for the timeline when one is due (docs/architecture.md, "Timeline"). */
export function checkpointIfDue(s: Session): void {
  const events = s.sim.journalLength() + s.memory.discardedEvents
  const atMs = s.sim.now()
  if (!dueForCheckpoint(s.timeline, atMs, events)) return
  addCheckpoint(s.timeline, {
    atMs,
    events,
    cursor: s.timeline.cursor,
    sim: s.sim.save(),
    traffic: s.traffic?.clone(),
    nextUserWrite: s.nextUserWrite,
    outstanding: [...s.outstanding.values()],
    bytes: savedBytes(s.sim),
  })
}

/** Virtual time of the next thing that happens: an engine event or a generated write. */
export function nextAtMs(s: Session): number {
  const engineNext = s.sim.nextEventAtMs() ?? Infinity
  const trafficNext = s.traffic?.nextAtMs() ?? Infinity
  return Math.min(engineNext, trafficNext, s.scenario.durationMs)
}

/** A write from the user or the traffic generator: the engine numbers it after the scenario's own writes. */
export function userWrite(s: Session, write: WriteRequest): number {
  const index = s.nextUserWrite++
  s.sim.accept({ type: 'write', write })
  return index
}
