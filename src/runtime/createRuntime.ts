/**
 * Wires the sim worker, the sandboxes, the clock driver and the frame drain. The sim worker runs the
 * invocations itself over ports into the sandbox iframes, which this thread only opens and removes for it
 * (no frame wait and no main-thread hop, so hidden tabs and slow frames never stall a run); everything the
 * UI shows goes through the drain, once per frame.
 */
import type { HandlerExecutor, RunReport } from '../engine'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { createClockDriver } from './clockDriver'
import type { FrameScheduler } from './clockDriver'
import { createFrameDrain } from './frameDrain'
import { createQuietTimer } from './quietTimer'
import { createSimClient } from './simClient'
import { isPaceStop } from '../protocol/pacing'
import type { OutcomeNote, Runtime, RuntimeBatch, SandboxFrames } from './types'
import type { DirectSandboxReport } from '../protocol/directSandboxProtocol'
import type { WorkerLike } from './workerLike'

export interface RuntimeDeps {
  readonly simWorker: WorkerLike
  /** Runs the Test button's invocations. */
  readonly sandbox: HandlerExecutor
  readonly sandboxFrames: SandboxFrames
  readonly frames: FrameScheduler
}

type Drained =
  | { kind: 'report'; report: SimReport }
  | { kind: 'outcome'; note: OutcomeNote }
  | { kind: 'sandboxes'; starting: boolean }

/** While advancing straight to a time (Run to end), the UI redraws about 10 times a second. */
export const ADVANCE_FRAME_MS = 100
/** A coalesced load (typing in the handler editor) reaches the worker after this typing pause. */
export const LOAD_QUIET_MS = 300

export function createRuntime(deps: RuntimeDeps): Runtime {
  const { sandbox, sandboxFrames, frames } = deps
  const listeners = new Set<(batch: RuntimeBatch) => void>()
  let loadId = 0
  let nextRequestId = 1
  const reportWaiters = new Map<number, (report: RunReport) => void>()
  // Answers to on-demand questions ("Why?", invocation details), by request id.
  const answerWaiters = new Map<number, (answer: SimReport) => void>()

  const drain = createFrameDrain<Drained>(frames, (items) => {
    const batch: RuntimeBatch = {
      reports: items.flatMap((i) => (i.kind === 'report' ? [i.report] : [])),
      outcomes: items.flatMap((i) => (i.kind === 'outcome' ? [i.note] : [])),
      sandboxStarting: items.reduce<boolean | undefined>(
        (last, i) => (i.kind === 'sandboxes' ? i.starting : last),
        undefined,
      ),
    }
    for (const listener of listeners) listener(batch)
  })

  const sim = createSimClient(deps.simWorker, onReport)
  const clock = createClockDriver({
    frames,
    onAdvance: (simTimeMs) =>
      send(
        clock.isPaced()
          ? { type: 'advanceTo', simTimeMs, pace: true }
          : { type: 'advanceTo', simTimeMs },
      ),
  })

  // A load waiting for the typing pause. Every other command sends it first, so nothing runs on stale code.
  let pendingLoad: { scenario: unknown } | undefined
  const loadTimer = createQuietTimer(frames, LOAD_QUIET_MS, () => flushPendingLoad())
  function flushPendingLoad(): void {
    if (pendingLoad === undefined) return
    const { scenario } = pendingLoad
    pendingLoad = undefined
    loadTimer.cancel()
    startLoad(scenario)
  }
  function startLoad(scenario: unknown): void {
    seekInFlight = false
    queuedSeek = undefined
    clock.stop()
    clock.setReached(0)
    drain.clear()
    drain.setMinInterval(0)
    // Fresh environments for a fresh run: module state must not leak from the previous scenario.
    void sandbox.dispose()
    sandboxFrames.closeAll()
    sandboxesStarted()
    send({ type: 'load', version: SIM_PROTOCOL_VERSION, loadId, scenario })
  }

  function send(command: SimCommand): void {
    flushPendingLoad()
    sim.send(command)
  }

  let seekInFlight = false
  let queuedSeek: number | undefined
  function sendSeek(simTimeMs: number): void {
    seekInFlight = true
    send({ type: 'seek', simTimeMs })
  }
  function seekAnswered(): void {
    seekInFlight = false
    const next = queuedSeek
    queuedSeek = undefined
    if (next !== undefined) sendSeek(next)
  }

  /**
   * Sandboxes opening whose worker has not spoken yet: while there are some, a run that needs one waits for its
   * cold start (seconds, the first time), and the playback bar says so.
   */
  const starting = new Set<number>()
  function sandboxStarting(sandboxId: number): void {
    if (starting.size === 0) drain.push({ kind: 'sandboxes', starting: true })
    starting.add(sandboxId)
  }
  function sandboxesStarted(...sandboxIds: number[]): void {
    if (starting.size === 0) return
    if (sandboxIds.length === 0) starting.clear()
    for (const id of sandboxIds) starting.delete(id)
    if (starting.size === 0) drain.push({ kind: 'sandboxes', starting: false })
  }

  function openSandbox(sandboxId: number, environmentId: number | null): void {
    // A spare's start is no wait yet: it is one once an environment claims it unstarted (claimSandbox).
    if (environmentId !== null) sandboxStarting(sandboxId)
    void sandboxFrames.open(sandboxId, environmentId).then((opened) => {
      if ('error' in opened) {
        sandboxesStarted(sandboxId)
        sim.send({ type: 'sandboxOpened', sandboxId, error: opened.error })
      } else sim.send({ type: 'sandboxOpened', sandboxId }, [opened.worker, opened.control])
    })
  }

  function onReport(report: SimReport | DirectSandboxReport): void {
    switch (report.type) {
      case 'openSandbox':
        openSandbox(report.sandboxId, report.environmentId)
        return
      case 'claimSandbox':
        sandboxFrames.claim(report.sandboxId, report.environmentId)
        if (!report.started) sandboxStarting(report.sandboxId)
        return
      case 'closeSandbox':
        sandboxesStarted(report.sandboxId)
        sandboxFrames.close(report.sandboxId)
        return
      case 'sandboxStarted':
        sandboxesStarted(report.sandboxId)
        return
      case 'invocationFailed': {
        if (report.loadId !== loadId) return
        const { invocationId, outcome, wallMs } = report
        drain.push({ kind: 'outcome', note: { loadId, invocationId, outcome, wallMs } })
        return
      }
      // The sim worker runs its invocations itself (directSandbox.ts): this never reaches here.
      case 'invocationRequested':
        return
      case 'frame':
      case 'seeked':
        if (report.type === 'seeked') seekAnswered()
        if (report.frame.loadId !== loadId) return
        clock.setReached(report.frame.reachedMs, report.frame.events.some(isPaceStop))
        if (report.frame.finished) {
          clock.stop()
          drain.setMinInterval(0)
        }
        drain.push({ kind: 'report', report })
        return
      case 'loaded':
        if (report.loadId !== loadId) return
        clock.setEnd(report.info.durationMs)
        drain.push({ kind: 'report', report })
        return
      case 'runReport':
        reportWaiters.get(report.requestId)?.(report.report)
        reportWaiters.delete(report.requestId)
        return
      case 'recordExplained':
      case 'invocationDescribed':
      case 'mappingApiAnswered':
      case 'liveChangeApplied':
        answerWaiters.get(report.requestId)?.(report)
        answerWaiters.delete(report.requestId)
        return
      case 'loadFailed':
      case 'writeResult':
        if (report.loadId !== loadId) return
        drain.push({ kind: 'report', report })
        return
      case 'crashed':
        clock.stop()
        sandboxFrames.closeAll()
        sandboxesStarted()
        drain.push({ kind: 'report', report })
        return
    }
  }

  const appliedAt = (answer: SimReport) =>
    answer.type === 'liveChangeApplied' ? answer.atMs : undefined

  /** Sends a question and resolves with its answer; answers about an older load resolve undefined. */
  function ask<T>(
    command: (requestId: number) => SimCommand,
    pick: (answer: SimReport) => T | null | undefined,
  ): Promise<T | undefined> {
    flushPendingLoad()
    const requestId = nextRequestId++
    const askedLoad = loadId
    return new Promise<T | undefined>((resolve) => {
      answerWaiters.set(requestId, (answer) => {
        const stale = 'loadId' in answer && answer.loadId !== askedLoad
        resolve(stale || askedLoad !== loadId ? undefined : (pick(answer) ?? undefined))
      })
      send(command(requestId))
    })
  }

  return {
    load(scenario, options) {
      if (options?.coalesce === true) {
        // Keystrokes in one burst share the load id: the view reset for the first one still holds.
        if (pendingLoad === undefined) loadId++
        pendingLoad = { scenario }
        loadTimer.restart()
        return loadId
      }
      pendingLoad = undefined
      loadTimer.cancel()
      loadId++
      startLoad(scenario)
      return loadId
    },
    play(speed) {
      flushPendingLoad()
      drain.setMinInterval(0)
      clock.start(speed)
    },
    pause() {
      flushPendingLoad()
      drain.setMinInterval(0)
      clock.stop()
      send({ type: 'hold' })
    },
    setSpeed(speed) {
      flushPendingLoad()
      clock.setSpeed(speed)
    },
    setPaced(paced) {
      flushPendingLoad()
      clock.setPaced(paced)
    },
    step() {
      flushPendingLoad()
      drain.setMinInterval(0)
      clock.stop()
      send({ type: 'step' })
    },
    advanceTo(simTimeMs) {
      flushPendingLoad()
      drain.setMinInterval(ADVANCE_FRAME_MS)
      clock.stop()
      send({ type: 'advanceTo', simTimeMs })
    },
    write: (requestId, write) => send({ type: 'applyWrite', requestId, write }),
    updateMapping: (settings, enabled) =>
      ask((requestId) => ({ type: 'updateMapping', settings, enabled, requestId }), appliedAt),
    putFunctionConcurrency: (reservedConcurrency) =>
      ask(
        (requestId) => ({ type: 'putFunctionConcurrency', reservedConcurrency, requestId }),
        appliedAt,
      ),
    updateFunction: (change) => send({ type: 'updateFunction', change }),
    updateExecutionRole: (removed) => send({ type: 'updateExecutionRole', removed }),
    setTraffic: (traffic) => send({ type: 'setTraffic', traffic }),
    seek(simTimeMs) {
      flushPendingLoad()
      clock.stop()
      // Dragging asks for many seeks: one at a time, and only the latest waits (a seek can take 100 ms).
      if (seekInFlight) queuedSeek = simTimeMs
      else sendSeek(simTimeMs)
    },
    testInvoke(request) {
      flushPendingLoad()
      return sandbox.invoke(request)
    },
    requestReport() {
      flushPendingLoad()
      const requestId = nextRequestId++
      return new Promise<RunReport>((resolve) => {
        reportWaiters.set(requestId, resolve)
        send({ type: 'report', requestId })
      })
    },
    explainRecord: (recordIndex) =>
      ask(
        (requestId) => ({ type: 'explainRecord', requestId, recordIndex }),
        (answer) => (answer.type === 'recordExplained' ? answer.history : undefined),
      ),
    mappingApi: (call) =>
      ask(
        (requestId) => ({ type: 'mappingApi', requestId, call }),
        (answer) => (answer.type === 'mappingApiAnswered' ? answer.answer : undefined),
      ),
    describeInvocation: (invocationId) =>
      ask(
        (requestId) => ({ type: 'describeInvocation', requestId, invocationId }),
        (answer) => (answer.type === 'invocationDescribed' ? answer.details : undefined),
      ),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      loadTimer.cancel()
      pendingLoad = undefined
      clock.stop()
      drain.dispose()
      sim.dispose()
      void sandbox.dispose()
      sandboxFrames.closeAll()
    },
  }
}
