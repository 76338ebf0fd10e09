/**
 * The rare stall of the guided scenarios (issue 11): a guide pauses at its trigger and, when a frame went past
 * it, seeks back to that instant, sometimes while an invocation is still in the sandbox. The sim worker is
 * wired here as sim.worker.ts wires it (simHost + directSandbox), with the real handler runtime at the far end
 * of Node MessageChannels and a main thread that opens sandboxes a task later. The test can hold a sandbox's
 * opening or its answers, and seeks back at each moment of an invocation's life; the run must then finish
 * with the report of a run nobody interrupted (docs/semantics.md D11).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import type { SimCommand, SimFrame, SimReport } from '../protocol/simProtocol'
import type { SandboxReport } from '../protocol/sandboxProtocol'
import type { PortLike } from '../sandbox/host/browser/portTransport'
import { serveTestEnvironment } from '../sandbox/testSupport'
import { createDirectSandbox } from './directSandbox'
import { createSimHost } from './simHost'

const SCENARIO = {
  ...(JSON.parse(
    readFileSync(join(import.meta.dirname, '../../examples/bisect-poison-pill.json'), 'utf8'),
  ) as object),
  durationSeconds: 20,
}
const DURATION_MS = 20_000

/** The sim worker with its sandboxes; `hold` keeps sandboxes from opening or answering until released. */
function workerFor(scenario: unknown = SCENARIO) {
  const reports: SimReport[] = []
  const hold = { opens: false, answers: false }
  const heldOpens: Array<() => void> = []
  const heldAnswers: Array<() => void> = []
  const farEnds = new Map<number, InstanceType<typeof MessageChannel>>()
  /** Bumped by everything the far ends do: the test waits until it stops moving. */
  let activity = 0
  let requested = 0
  /** Requests the sandboxes received: a replay must not run a handler again. */
  let handlerRuns = 0
  let answered = 0

  /** The sandbox worker: the real handler runtime, one per environment, as isolatedSandbox.worker.ts runs it. */
  function farEnd(sandboxId: number): PortLike[] {
    const worker = new MessageChannel()
    const control = new MessageChannel()
    farEnds.set(sandboxId, worker)
    const answer = (report: SandboxReport) => {
      activity++
      worker.port2.postMessage(report)
    }
    const handle = serveTestEnvironment((report) => {
      if (report.type === 'outcome' && hold.answers) heldAnswers.push(() => answer(report))
      else answer(report)
    })
    worker.port2.on('message', (data: unknown) => {
      activity++
      handlerRuns++
      handle(data)
    })
    // Node's ports have `onmessage` too, but its types do not say so.
    return [worker.port1, control.port1] as unknown as PortLike[]
  }

  const sandbox = createDirectSandbox({
    post(report) {
      activity++
      if (report.type === 'closeSandbox') farEnds.get(report.sandboxId)?.port2.close()
      if (report.type !== 'openSandbox') return
      // The main thread answers in a later task.
      const open = () =>
        setTimeout(() =>
          sandbox.opened(
            { type: 'sandboxOpened', sandboxId: report.sandboxId },
            farEnd(report.sandboxId),
          ),
        )
      if (hold.opens) heldOpens.push(open)
      else open()
    },
    settle: (invocationId, outcome, ticket) => {
      answered++
      host.handle({ type: 'settleInvocation', invocationId, outcome, ticket })
    },
    expects: (invocationId, ticket) => host.expects(invocationId, ticket),
    now: () => 0,
  })
  const host = createSimHost({
    post(report) {
      if (report.type === 'invocationRequested') {
        requested++
        sandbox.invoke(report.loadId, report.request, report.ticket)
        return
      }
      reports.push(report)
      if (report.type === 'frame')
        sandbox.afterFrame((report.frame.snapshot.environments ?? []).map((e) => e.id))
    },
  })
  const send = (command: SimCommand) => {
    if (command.type === 'load') sandbox.load(command.loadId)
    host.handle(command)
  }

  const frames = () =>
    reports.flatMap((r): SimFrame[] =>
      r.type === 'frame' ? [r.frame] : r.type === 'seeked' ? [r.frame] : [],
    )
  const reachedMs = () => frames().at(-1)?.reachedMs ?? 0
  const crashed = () => reports.find((r) => r.type === 'crashed')

  /** Lets the sandboxes run until nothing has moved for a few polls. */
  async function quiet(): Promise<void> {
    let seen = -1
    for (let still = 0; still < 4;) {
      await new Promise((resolve) => setTimeout(resolve, 2))
      const now = activity + reports.length
      still = now === seen ? still + 1 : 0
      seen = now
    }
  }

  /**
   * The event-paced clock: asks for one more second each time the last frame came back, until the run
   * finishes. A run that stops moving while nothing is left in a sandbox has stalled.
   */
  async function playToEnd(): Promise<void> {
    let sameFor = 0
    let last = -1
    while (frames().at(-1)?.finished !== true) {
      if (crashed() !== undefined) throw new Error(`crashed: ${JSON.stringify(crashed())}`)
      const at = reachedMs()
      sameFor = at === last ? sameFor + 1 : 0
      last = at
      if (sameFor > 30) throw new Error(`stalled at ${at} ms: ${JSON.stringify(lastLanes())}`)
      send({ type: 'advanceTo', simTimeMs: Math.min(at + 1_000, DURATION_MS), pace: true })
      await quiet()
    }
  }

  const startedCount = () =>
    frames()
      .flatMap((f) => f.events)
      .filter((e) => e.type === 'invocationStarted').length

  /** Plays until the `nth` invocation has started; returns at once, whatever the sandbox does with it. */
  async function playUntilStarted(nth: number): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (startedCount() >= nth) return
      send({ type: 'advanceTo', simTimeMs: Math.min(reachedMs() + 1_000, DURATION_MS), pace: true })
      if (startedCount() >= nth) return
      await quiet()
    }
    throw new Error(`invocation ${nth} never started`)
  }

  function lastLanes() {
    return frames()
      .at(-1)
      ?.snapshot.shards.map((s) => s.lanes)
  }

  function startedAtMs(nth: number): number {
    const started = frames()
      .flatMap((f) => f.events)
      .filter((e) => e.type === 'invocationStarted')
    const event = started[nth - 1]
    if (event === undefined) throw new Error(`no invocation ${nth}`)
    return event.atMs
  }

  function report(): string {
    send({ type: 'report', requestId: 1 })
    const last = reports.at(-1)
    return last?.type === 'runReport' ? JSON.stringify(last.report) : 'no report'
  }

  function release(): void {
    hold.opens = false
    hold.answers = false
    for (const open of heldOpens.splice(0)) open()
    for (const answer of heldAnswers.splice(0)) answer()
  }

  send({ type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 1, scenario })
  const close = () => {
    for (const channel of farEnds.values()) channel.port2.close()
  }
  return {
    send,
    hold,
    heldAnswers,
    heldOpens,
    quiet,
    release,
    playToEnd,
    playUntilStarted,
    unanswered: () => requested - answered,
    handlerRuns: () => handlerRuns,
    startedAtMs,
    report,
    close,
  }
}

type Worker = ReturnType<typeof workerFor>
const open: Worker[] = []
const worker = (scenario?: unknown) => {
  const w = workerFor(scenario)
  open.push(w)
  return w
}
afterEach(() => {
  for (const w of open.splice(0)) w.close()
})

let straightRun: { report: string; handlerRuns: number } | undefined
async function straight() {
  if (straightRun !== undefined) return straightRun
  const w = worker()
  await w.playToEnd()
  straightRun = { report: w.report(), handlerRuns: w.handlerRuns() }
  return straightRun
}

/** Where a guide seeks back to, relative to the in-flight invocation's start. */
const TARGETS = {
  'its start (a guide stopping at invocationStarted)': 0,
  'just before its start': -1,
  'the start of the run': -Infinity,
} as const

/** The moments of an invocation's life a seek can land in (1 = the first, a cold start; 2 = the second, warm). */
const MOMENTS = [
  'before the request reaches the sandbox',
  'during the cold start (the sandbox not open yet)',
  'while the handler runs',
  'after the answer is posted, before the worker reads it',
] as const

describe('D11: a seek back while an invocation is in flight', () => {
  for (const moment of MOMENTS)
    for (const nth of moment.startsWith('during') ? [1] : [1, 2])
      for (const [target, offset] of Object.entries(TARGETS))
        it(`${moment}, invocation ${nth}, back to ${target}: the run finishes with the uninterrupted report`, async () => {
          const expected = await straight()
          const answerPosted = moment === 'after the answer is posted, before the worker reads it'
          const w = worker()
          if (nth > 1) {
            await w.playUntilStarted(nth - 1)
            await w.quiet()
          }
          if (moment === 'during the cold start (the sandbox not open yet)') w.hold.opens = true
          if (moment !== 'before the request reaches the sandbox') w.hold.answers = true
          await w.playUntilStarted(nth)
          expect(w.unanswered()).toBe(1)
          const seekTo = Math.max(0, w.startedAtMs(nth) + offset)
          if (moment === 'while the handler runs' || answerPosted) await w.quiet()
          const held = w.heldAnswers.length
          // Posted on the port: the worker reads it only after the seek below, in a later task.
          if (answerPosted) w.release()
          w.send({ type: 'seek', simTimeMs: seekTo })
          w.release()
          await w.playToEnd()
          expect(w.report()).toBe(expected.report)
          expect(w.handlerRuns()).toBe(expected.handlerRuns)
          expect(held).toBe(moment === 'while the handler runs' || answerPosted ? 1 : 0)
        })

  it('a change after seeking back starts a new future: the answer still coming for the old invocation 1 is stale and ignored', async () => {
    // The fix makes every record succeed from 1 s on, so the new invocation 1 succeeds where the old one failed.
    const fix = { code: 'export const handler = async () => {}' }
    const other = worker()
    other.send({ type: 'updateFunction', change: fix })
    await other.playToEnd()
    const w = worker()
    w.hold.answers = true
    await w.playUntilStarted(1)
    await w.quiet()
    w.send({ type: 'seek', simTimeMs: 0 })
    w.send({ type: 'updateFunction', change: fix })
    w.release()
    await w.playToEnd()
    expect(w.report()).toBe(other.report())
    expect(JSON.parse(w.report())).toMatchObject({ invocations: [{ outcome: 'success' }] })
  })
})
