/** One loaded scenario in the sim worker: the simulation, its table mirror and what the next frame carries. */
import { createSimulation } from '../engine'
import type {
  NormalizedScenario,
  ReportDestination,
  SimEvent,
  Simulation,
  WriteRequest,
} from '../engine'
import type { RecordView, ScenarioInfo, SimReport } from '../protocol/simProtocol'
import { createTableMirror } from './tableMirror'
import type { TableMirror } from './tableMirror'
import type { TrafficGenerator } from './trafficGenerator'

export interface Session {
  readonly loadId: number
  readonly scenario: NormalizedScenario
  readonly sim: Simulation
  readonly mirror: TableMirror
  /** Every write by its engine index: the scenario's, then the user's (the engine numbers them so). */
  readonly writes: Map<number, WriteRequest>
  nextUserWrite: number
  /** User writes not yet applied by the engine: engine write index → request id. */
  readonly pendingWrites: Map<number, number>
  readonly awaiting: Set<number>
  targetMs: number
  seq: number
  /** Events not yet sent; in step mode they go out one per `step`. */
  held: SimEvent[]
  stepping: boolean
  stepPending: boolean
  shownMs: number
  records: RecordView[]
  destinations: ReportDestination[]
  traffic: TrafficGenerator | undefined
}

export function createSession(loadId: number, scenario: NormalizedScenario): Session {
  return {
    loadId,
    scenario,
    sim: createSimulation(scenario),
    mirror: createTableMirror(scenario),
    writes: new Map(scenario.writes.map((w) => [w.index, w.write])),
    nextUserWrite: scenario.writes.length,
    pendingWrites: new Map(),
    awaiting: new Set(),
    targetMs: 0,
    seq: 0,
    held: [],
    stepping: false,
    stepPending: false,
    shownMs: 0,
    records: [],
    destinations: [],
    traffic: undefined,
  }
}

/** Replays table writes on the mirror and collects what the frame carries besides the events. */
export function absorbEvents(
  s: Session,
  events: readonly SimEvent[],
  post: (report: SimReport) => void,
): void {
  const delivered: number[] = []
  for (const event of events) {
    s.held.push(event)
    if (event.type === 'recordWritten') {
      const base = {
        index: event.recordIndex,
        shard: event.shard,
        atMs: event.atMs,
        writeIndex: event.writeIndex,
      }
      const write = event.writeIndex === undefined ? undefined : s.writes.get(event.writeIndex)
      const view =
        write === undefined
          ? s.mirror.replayTtlDelete(s.scenario.clockStartMs + event.atMs, base)
          : s.mirror.replayWrite(write, base)
      if (view !== undefined) s.records.push(view)
      answerWrite(s, post, event.writeIndex, (requestId) => ({
        type: 'writeResult',
        loadId: s.loadId,
        requestId,
        result: {
          kind: 'record',
          recordIndex: event.recordIndex,
          eventName: view?.eventName ?? 'MODIFY',
        },
      }))
    } else if (event.type === 'writeApplied') {
      answerWrite(s, post, event.writeIndex, (requestId) => ({
        type: 'writeResult',
        loadId: s.loadId,
        requestId,
        result:
          event.result === 'noop'
            ? { kind: 'noop' }
            : { kind: 'rejected', message: event.message ?? 'rejected' },
      }))
    } else if (event.type === 'destinationDelivered') {
      delivered.push(event.destinationIndex)
    }
  }
  // The report is the only door to delivered messages; it is built only when a frame has some.
  if (delivered.length > 0) {
    const all = s.sim.report().destinations
    for (const i of delivered) if (all[i] !== undefined) s.destinations.push(all[i])
  }
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
