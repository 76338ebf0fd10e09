/**
 * Everything the sim worker does, without the worker: hosts one engine simulation, advances it to the
 * requested virtual time, hands invocations out as `invocationRequested` reports, feeds outcomes back and
 * posts one `frame` per command that moved it. Node-testable with a fake `post` (HOUSE-STYLE §2.1 rule 8).
 */
import { createSimulation, validateScenario } from '../engine'
import type { NormalizedScenario, ReportDestination, SimEvent, Simulation, WriteRequest } from '../engine'
import { assertNever } from '../lib/assertNever'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { RecordView, ScenarioInfo, SimCommand, SimReport } from '../protocol/simProtocol'
import { createTableMirror } from './tableMirror'
import type { TableMirror } from './tableMirror'

export interface SimHost {
  handle(command: SimCommand): void
}

interface Session {
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
}

// A step looks for the next event 1 ms at a time, then in coarser strides through quiet stretches.
const PROBES_PER_STRIDE = 200
const MAX_STRIDE_MS = 60_000

export function createSimHost({ post }: { post: (report: SimReport) => void }): SimHost {
  let session: Session | undefined

  function load(loadId: number, version: number, input: unknown): void {
    session = undefined
    if (version !== SIM_PROTOCOL_VERSION) {
      post({ type: 'crashed', message: `protocol version ${version}, expected ${SIM_PROTOCOL_VERSION}` })
      return
    }
    const result = validateScenario(input)
    if (!result.ok) {
      post({ type: 'loadFailed', loadId, errors: result.errors })
      return
    }
    const { scenario } = result
    const mirror = createTableMirror(scenario)
    session = {
      loadId,
      scenario,
      sim: createSimulation(scenario),
      mirror,
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
    }
    mirror.takeChanges()
    post({ type: 'loaded', loadId, info: infoOf(scenario), rows: mirror.rows() })
  }

  function run(s: Session, untilMs: number): void {
    const step = s.sim.runUntil(untilMs)
    absorb(s, step.events)
    for (const request of step.effects) {
      s.awaiting.add(request.invocationId)
      post({ type: 'invocationRequested', loadId: s.loadId, request })
    }
  }

  /** Replays table writes on the mirror and collects what the frame carries besides the events. */
  function absorb(s: Session, events: readonly SimEvent[]): void {
    const delivered: number[] = []
    for (const event of events) {
      s.held.push(event)
      if (event.type === 'recordWritten') {
        const base = { index: event.recordIndex, shard: event.shard, atMs: event.atMs, writeIndex: event.writeIndex }
        const write = event.writeIndex === undefined ? undefined : s.writes.get(event.writeIndex)
        const view =
          write === undefined
            ? s.mirror.replayTtlDelete(s.scenario.clockStartMs + event.atMs, base)
            : s.mirror.replayWrite(write, base)
        if (view !== undefined) s.records.push(view)
        answerWrite(s, event.writeIndex, (requestId) => ({
          type: 'writeResult',
          loadId: s.loadId,
          requestId,
          result: { kind: 'record', recordIndex: event.recordIndex, eventName: view?.eventName ?? 'MODIFY' },
        }))
      } else if (event.type === 'writeApplied') {
        answerWrite(s, event.writeIndex, (requestId) => ({
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

  function answerWrite(s: Session, writeIndex: number | undefined, report: (id: number) => SimReport): void {
    if (writeIndex === undefined) return
    const requestId = s.pendingWrites.get(writeIndex)
    if (requestId === undefined) return
    s.pendingWrites.delete(writeIndex)
    post(report(requestId))
  }

  function postFrame(s: Session, release: 'all' | 'one'): void {
    const count = release === 'one' ? Math.min(1, s.held.length) : s.stepping ? 0 : s.held.length
    const events = s.held.slice(0, count)
    s.held = s.held.slice(count)
    const last = events[events.length - 1]
    if (release === 'one' || s.stepping) s.shownMs = last?.atMs ?? s.shownMs
    else s.shownMs = s.sim.now()
    const { durationMs } = s.scenario
    post({
      type: 'frame',
      frame: {
        loadId: s.loadId,
        seq: ++s.seq,
        reachedMs: Math.min(s.shownMs, durationMs),
        events,
        snapshot: s.sim.snapshot(),
        records: s.records,
        tableChanges: s.mirror.takeChanges(),
        destinations: s.destinations,
        finished:
          s.sim.now() >= durationMs && s.awaiting.size === 0 && s.held.length === 0,
      },
    })
    s.records = []
    s.destinations = []
  }

  function step(s: Session): void {
    s.stepping = true
    let strideMs = 1
    let probes = 0
    while (s.held.length === 0) {
      if (s.awaiting.size > 0) {
        // The next event waits on a handler: the step finishes when its outcome arrives.
        s.stepPending = true
        return
      }
      const nowMs = s.sim.now()
      if (nowMs >= s.scenario.durationMs) break
      s.targetMs = Math.min(nowMs + strideMs, s.scenario.durationMs)
      run(s, s.targetMs)
      if (++probes % PROBES_PER_STRIDE === 0) strideMs = Math.min(strideMs * 10, MAX_STRIDE_MS)
    }
    s.stepPending = false
    postFrame(s, 'one')
  }

  function handle(command: SimCommand): void {
    if (command.type === 'load') {
      load(command.loadId, command.version, command.scenario)
      return
    }
    const s = session
    if (s === undefined) return
    switch (command.type) {
      case 'advanceTo':
        s.stepping = false
        s.targetMs = Math.min(Math.max(s.targetMs, command.simTimeMs), s.scenario.durationMs)
        run(s, s.targetMs)
        postFrame(s, 'all')
        return
      case 'hold':
        s.targetMs = s.sim.now()
        return
      case 'step':
        step(s)
        return
      case 'settleInvocation':
        if (!s.awaiting.delete(command.invocationId)) return
        s.sim.accept({ type: 'invocationOutcome', invocationId: command.invocationId, outcome: command.outcome })
        if (s.stepPending) {
          step(s)
          return
        }
        run(s, Math.max(s.targetMs, s.sim.now()))
        postFrame(s, 'all')
        return
      case 'applyWrite': {
        const index = s.nextUserWrite++
        s.writes.set(index, command.write)
        s.pendingWrites.set(index, command.requestId)
        s.sim.accept({ type: 'write', write: command.write })
        run(s, s.sim.now())
        postFrame(s, 'all')
        return
      }
      case 'updateMapping':
        s.sim.accept({ type: 'updateMapping', settings: command.settings, enabled: command.enabled })
        run(s, s.sim.now())
        postFrame(s, 'all')
        return
      case 'putFunctionConcurrency':
        s.sim.accept({ type: 'putFunctionConcurrency', reservedConcurrency: command.reservedConcurrency })
        run(s, s.sim.now())
        postFrame(s, 'all')
        return
      default:
        assertNever(command, 'sim command')
    }
  }

  return {
    handle(command) {
      try {
        handle(command)
      } catch (error) {
        // A bug in the engine must reach the UI as a report, not die silently in the worker.
        session = undefined
        post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) })
      }
    },
  }
}

function infoOf(scenario: NormalizedScenario): ScenarioInfo {
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
