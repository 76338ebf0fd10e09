/**
 * Everything the sim worker does, without the worker: hosts one engine simulation, advances it to the
 * requested virtual time, hands invocations out as `invocationRequested` reports, feeds outcomes back and
 * posts one `frame` per command that moved it (outcomes in a burst share one). Node-testable with a fake `post`.
 */
import { validateScenario, virtualMs } from '../engine'
import type { MappingApiAnswer, MappingApiCall, SimInput } from '../engine'
import { assertNever } from '../lib/assertNever'
import { isPaceStop, isVisibleChange } from '../protocol/pacing'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { seekedReport, takeFrame } from './frames'
import { keepWithinBudget } from './memoryPolicy'
import { handOut, restoreCheckpoint, takeAnswer } from './handOut'
import {
  acceptLive,
  acceptSpareOutcomes,
  applyLogged,
  logTraffic,
  startNewFuture,
} from './liveInputs'
import { answerQuestion, answerUnloaded } from './questions'
import {
  absorbEvents,
  assertAnswerable,
  createSession,
  currentMapping,
  infoOf,
  checkpointIfDue,
  nextAtMs,
  tableRows,
  userWrite,
  waitsOnHandler,
} from './session'
import type { Session } from './session'
import { checkpointAt, isReplaying, logLive } from './timeline'

export interface SimHost {
  handle(command: SimCommand): void
  /** Whether the answer to `invocationRequested` with this ticket still counts (else it is stale). */
  expects(invocationId: number, ticket: number): boolean
}

export interface SimHostDeps {
  post: (report: SimReport) => void
  /**
   * Defers the frame after a settled invocation (the worker: a few ms), so a burst of outcomes (Run to end
   * settles thousands) makes one frame, not one each. Without it the frame goes out at once (tests).
   */
  deferFrame?: (flush: () => void) => void
  /** The run's memory limit (docs/semantics.md D18); tests set a small one. */
  memoryBudgetBytes?: number
}

export function createSimHost({ post, deferFrame, memoryBudgetBytes }: SimHostDeps): SimHost {
  let session: Session | undefined
  /** The session whose next frame waits for a burst of outcomes to end (frameAfterOutcome), if any. */
  let frameDeferredFor: Session | undefined

  function frameAfterOutcome(s: Session): void {
    if (deferFrame === undefined) return postFrame(s)
    if (frameDeferredFor === s) return
    frameDeferredFor = s
    deferFrame(() => {
      if (frameDeferredFor === s) frameDeferredFor = undefined
      if (session === s) postFrame(s)
    })
  }
  /** The last advance was event-paced: outcomes settle at the time reached, the clock asks for more. */
  let paced = false

  function load(loadId: number, version: number, input: unknown): void {
    session = undefined
    paced = false
    if (version !== SIM_PROTOCOL_VERSION) {
      post({
        type: 'crashed',
        message: `protocol version ${version}, expected ${SIM_PROTOCOL_VERSION}`,
      })
      return
    }
    const result = validateScenario(input)
    if (!result.ok) {
      post({ type: 'loadFailed', loadId, errors: result.errors })
      return
    }
    const loaded = createSession(loadId, result.scenario, memoryBudgetBytes)
    session = loaded
    checkpointIfDue(loaded)
    post({
      type: 'loaded',
      loadId,
      info: infoOf(result.scenario),
      rows: tableRows(loaded),
      mapping: currentMapping(loaded),
    })
  }

  /**
   * Runs to `untilMs`; after a seek, first replays the logged inputs due by then at their own times. A run over
   * its memory budget holds where it is (docs/semantics.md D18).
   */
  function run(s: Session, toMs: number): void {
    const untilMs = s.memory.stopped ? Math.min(toMs, s.sim.now()) : toMs
    const t = s.timeline
    while (isReplaying(t) && t.log[t.cursor].atMs <= untilMs) {
      const entry = t.log[t.cursor]
      runLive(s, entry.atMs)
      t.cursor++
      applyLogged(s, entry)
    }
    acceptSpareOutcomes(s)
    runLive(s, untilMs)
    // Handed out just now with its outcome already back (it ran before a seek took it back): taken as if it had
    // just come back, or the engine would wait for an answer no sandbox sends (the stall of issue 11).
    while (acceptSpareOutcomes(s)) runLive(s, untilMs)
  }

  /** Runs to `untilMs`, feeding the traffic generator's writes in at their own virtual times. */
  function runLive(s: Session, untilMs: number): void {
    const traffic = s.traffic
    while (traffic !== undefined && traffic.nextAtMs() <= untilMs) {
      const atMs = traffic.nextAtMs()
      runEngine(s, atMs)
      // Held at a pending invocation before the write's time: it goes in once the outcome is back.
      if (s.sim.now() < atMs) return
      userWrite(s, traffic.take())
    }
    runEngine(s, untilMs)
  }

  /** A console request, answered now; one that changed the run is logged, so a seek replays it (D16). */
  function callMappingApi(s: Session, call: MappingApiCall): MappingApiAnswer {
    const answer = s.sim.callMappingApi(call)
    if (!answer.ok || answer.action === undefined) return answer
    startNewFuture(s)
    logLive(s.timeline, { atMs: s.sim.now(), kind: 'sim', input: { type: 'mappingApi', call } })
    run(s, s.sim.now())
    postFrame(s)
    return answer
  }

  /** A setting change takes effect at the current virtual time; whatever it unblocks runs at once. */
  function applyNow(s: Session, input: SimInput): void {
    acceptLive(s, input)
    run(s, s.sim.now())
    postFrame(s)
  }

  /** A settings change now; with a request id, the page learns the virtual time it took effect (Export, D16). */
  function applyAndAnswer(s: Session, input: SimInput, requestId: number | undefined): void {
    const atMs = s.sim.now()
    applyNow(s, input)
    if (requestId !== undefined)
      post({ type: 'liveChangeApplied', loadId: s.loadId, requestId, atMs })
  }

  function runEngine(s: Session, untilMs: number): void {
    const step = s.sim.runUntil(virtualMs(untilMs))
    absorbEvents(s, step.events, post)
    for (const request of step.effects) handOut(s, request, post)
  }

  /** Puts the run at `targetMs` (docs/architecture.md, "Timeline") and sends the whole state there. */
  function seek(s: Session, targetMs: number): void {
    const target = Math.min(Math.max(0, targetMs), s.scenario.durationMs)
    const checkpoint = checkpointAt(s.timeline, target)
    // Forward within the same stretch: carry on from here, it is the same replay.
    const carryOn = target > 0 && s.sim.now() <= target && checkpoint.atMs <= s.sim.now()
    if (!carryOn) restoreCheckpoint(s, checkpoint, post)
    s.stepPending = false
    s.targetMs = target
    // 0 is the start as loaded, before anything at 0 ms has happened (Home = Reset, without a reload).
    if (target > 0) run(s, target)
    postSeeked(s)
  }

  function postSeeked(s: Session): void {
    post(seekedReport(s))
  }

  /** Everything held goes out with the snapshot of now; `stopped`: the run stops here (frames.ts). */
  function postFrame(s: Session, stopped = false): void {
    post({ type: 'frame', frame: takeFrame(s, stopped) })
  }

  /**
   * Event-paced advance: runs instant by instant towards `untilMs` and stops after the first instant that
   * brings a pace stop. Only where the frames stop changes: the engine runs the same tasks in the same order.
   */
  function runToPaceStop(s: Session, untilMs: number): void {
    const from = s.held.length
    while (!waitsOnHandler(s) && s.sim.now() < untilMs) {
      const nowMs = s.sim.now()
      const before = s.held.length
      run(s, Math.min(Math.max(nowMs, nextAtMs(s)), untilMs))
      if (s.held.slice(from).some(isPaceStop)) break
      if (s.sim.now() === nowMs && s.held.length === before) break // nothing moved: never spin
    }
    s.targetMs = s.sim.now()
  }

  /**
   * Moves to the next visible change (protocol/pacing.ts) and shows every event up to it with the snapshot
   * of that moment, so the shard header, the chips and the lists all agree (showing one event of an instant
   * beside the snapshot after all of them made them disagree).
   */
  function step(s: Session): void {
    while (!s.held.some(isVisibleChange) && !s.memory.stopped) {
      if (waitsOnHandler(s)) {
        // The next event waits on a handler: the step finishes when its outcome arrives.
        s.stepPending = true
        return
      }
      const nowMs = s.sim.now()
      if (nowMs >= s.scenario.durationMs) break
      // Some queued tasks (an empty poll) journal nothing: keep going to the next one.
      s.targetMs = Math.max(nowMs, nextAtMs(s))
      run(s, s.targetMs)
      if (
        s.held.length === 0 &&
        !waitsOnHandler(s) &&
        s.sim.now() === nowMs &&
        nextAtMs(s) <= nowMs
      ) {
        break // nothing can move: never spin
      }
    }
    s.stepPending = false
    postFrame(s, true)
  }

  function handle(command: SimCommand): void {
    if (command.type === 'load') {
      load(command.loadId, command.version, command.scenario)
      return
    }
    const s = session
    if (s === undefined) {
      answerUnloaded(command, post)
      return
    }
    switch (command.type) {
      case 'advanceTo': {
        paced = command.pace === true
        const untilMs = Math.min(Math.max(s.targetMs, command.simTimeMs), s.scenario.durationMs)
        if (paced) runToPaceStop(s, untilMs)
        else {
          s.targetMs = untilMs
          run(s, s.targetMs)
          // A frame waiting for its outcomes (a few ms) carries this advance too: at ×10 each outcome burst and
          // each animation frame's advance made one frame apiece (bench/ui/run.ts --worker-profile).
          if (frameDeferredFor === s) return
        }
        postFrame(s)
        return
      }
      case 'hold':
        s.targetMs = s.sim.now()
        paced = false
        // A time-lapse left records or events out of the view's lists: paused, it gets them whole.
        if (s.timeLapsed) postFrame(s, true)
        return
      case 'step':
        step(s)
        return
      case 'settleInvocation':
        if (!takeAnswer(s, command.invocationId, command.ticket)) return
        if (!s.awaiting.has(command.invocationId)) {
          // Its invocation is not running now (a seek moved the run): kept for when it runs again.
          s.spareOutcomes.set(command.invocationId, command.outcome)
          return
        }
        // While a replay catches up, run() takes it once the replay is through.
        if (isReplaying(s.timeline)) s.spareOutcomes.set(command.invocationId, command.outcome)
        else
          acceptLive(s, {
            type: 'invocationOutcome',
            invocationId: command.invocationId,
            outcome: command.outcome,
          })
        if (s.stepPending) {
          step(s)
          return
        }
        // Event-paced: what the outcome unblocks waits for the clock's next advance (and its dwell).
        run(s, paced ? s.sim.now() : Math.max(s.targetMs, s.sim.now()))
        frameAfterOutcome(s)
        return
      case 'applyWrite': {
        acceptLive(s, { type: 'write', write: command.write })
        s.pendingWrites.set(s.nextUserWrite - 1, command.requestId)
        runEngine(s, s.sim.now())
        postFrame(s)
        return
      }
      case 'updateMapping':
        applyAndAnswer(
          s,
          { type: 'updateMapping', settings: command.settings, enabled: command.enabled },
          command.requestId,
        )
        return
      case 'putFunctionConcurrency':
        applyAndAnswer(
          s,
          { type: 'putFunctionConcurrency', reservedConcurrency: command.reservedConcurrency },
          command.requestId,
        )
        return
      case 'updateFunction':
        applyNow(s, { type: 'updateFunction', change: command.change })
        return
      case 'updateExecutionRole':
        applyNow(s, { type: 'updateExecutionRole', removed: command.removed })
        return
      case 'setTraffic':
        logTraffic(s, command.traffic)
        return
      case 'seek':
        seek(s, command.simTimeMs)
        return
      case 'report':
      case 'explainRecord':
      case 'describeInvocation':
        answerQuestion(s, command, post)
        return
      case 'mappingApi':
        post({
          type: 'mappingApiAnswered',
          loadId: s.loadId,
          requestId: command.requestId,
          answer: callMappingApi(s, command.call),
        })
        return
      default:
        assertNever(command, 'sim command')
    }
  }

  return {
    handle(command) {
      try {
        handle(command)
        if (session !== undefined) {
          checkpointIfDue(session)
          assertAnswerable(session)
          keepWithinBudget(session)
        }
      } catch (error) {
        // A bug in the engine must reach the UI as a report, not die silently in the worker.
        session = undefined
        post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) })
      }
    },
    expects: (invocationId, ticket) => session?.inFlight.get(invocationId) === ticket,
  }
}
