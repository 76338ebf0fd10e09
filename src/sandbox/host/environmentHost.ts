/**
 * The host's side of ONE execution environment, whatever carries its messages (a Node worker
 * thread, the browser worker inside the sandboxed iframe): waits for the worker to load, sends one
 * invocation at a time, validates every report, turns a death into Lambda's crash message, and
 * stops a handler that never yields with a wall-clock guard (docs/semantics.md D5).
 * Environment-agnostic: no Node or DOM imports; each caller keeps only its transport.
 */
import type { InvocationOutcome, InvokeRequest } from '../../engine'
import { parseSandboxReport, SANDBOX_PROTOCOL_VERSION } from '../../protocol/sandboxProtocol'
import type { SandboxRequest } from '../../protocol/sandboxProtocol'
import { OUT_OF_MEMORY } from '../../protocol/sandboxProtocol'

/** Lambda's message for a Node.js function killed for going over its memory (docs/semantics.md D14). */
export { OUT_OF_MEMORY }

/** How the host reaches the worker. */
export interface EnvironmentLink {
  send(message: SandboxRequest): void
  /** Stops the worker and frees what hosts it. Called at most once, on the first death. */
  destroy(): void
  /**
   * Whether what hosts the worker still answers (the browser's iframe, in the worker's process). Asked when the
   * guard fires: a dead host means the process was killed, not that the handler spins. Absent: Node reports
   * a dead thread itself.
   */
  isResponsive?(): Promise<boolean>
}

export interface EnvironmentHostOptions {
  /** Real milliseconds an invocation may run before the worker is killed (busy loops). */
  readonly guardMs: number
  /** Real milliseconds the worker may take to load before it counts as crashed. */
  readonly startupMs: number
}

export interface EnvironmentHost {
  invoke(request: InvokeRequest): Promise<InvocationOutcome>
  /** Feeds one message from the worker, unvalidated (`SandboxReport` expected). */
  receive(data: unknown): void
  /**
   * Ends the environment: a pending invocation ends as crashed with the first reason ever given,
   * so a later, vaguer reason (the exit that follows a kill) does not replace it.
   */
  die(reason: string): void
  /** False once the worker died, was terminated or misbehaved. */
  isAlive(): boolean
  /** True once the worker has reported `ready`. */
  hasLoaded(): boolean
  /** True while an invocation is waiting for its outcome. */
  isRunning(): boolean
}

/** Lambda's message for a runtime that ended without an error of its own. */
export const NO_REASON = 'Runtime exited without providing a reason'

interface Pending {
  readonly requestId: string
  readonly invocationId: number
  /** Wall-clock time (Date.now) at which the guard stops it. */
  readonly deadline: number
  readonly resolve: (outcome: InvocationOutcome) => void
  readonly reject: (error: Error) => void
}

export function createEnvironmentHost(
  link: EnvironmentLink,
  options: EnvironmentHostOptions,
): EnvironmentHost {
  let alive = true
  let loaded = false
  let pending: Pending | undefined
  let deathReason: string | undefined
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })

  /**
   * The wall-clock guard's one timer: armed when an invocation starts and none is, and when it fires early (the
   * invocation it was armed for ended) armed again for the running one's deadline. A timer set and cleared per
   * invocation showed in the sim worker's profile at 10× (bench/ui/run.ts --worker-profile).
   */
  let guardTimer: ReturnType<typeof setTimeout> | undefined

  function armGuard(delayMs: number): void {
    guardTimer ??= setTimeout(() => {
      guardTimer = undefined
      const current = pending
      if (current === undefined || !alive) return
      const left = current.deadline - Date.now()
      if (left > 0) armGuard(left)
      else guardFired(current.invocationId)
    }, delayMs)
  }

  function guardFired(invocationId: number): void {
    void (link.isResponsive?.() ?? Promise.resolve(true)).then((responsive) => {
      if (pending?.invocationId !== invocationId) return
      // Its process died (in the browser: out of memory) while the handler ran (docs/semantics.md D14).
      if (!responsive) return die(OUT_OF_MEMORY)
      // A handler that never yields (while (true) {}) is reported like a timeout (docs/semantics.md D5).
      settle({ kind: 'timeout', logs: [] })
      die(NO_REASON)
    })
  }

  function settle(outcome: InvocationOutcome): void {
    const current = pending
    pending = undefined
    current?.resolve(outcome)
  }

  function die(reason: string): void {
    if (alive) link.destroy()
    alive = false
    clearTimeout(guardTimer)
    guardTimer = undefined
    deathReason ??= reason
    if (pending !== undefined) settle(crashOutcome(pending.requestId, deathReason))
    markReady() // wakes an invoke still waiting for startup; it then sees the death
  }

  function receive(data: unknown): void {
    const report = parseSandboxReport(data)
    // The worker runs user code: a malformed report means it is compromised or broken.
    if (report === undefined) return die(NO_REASON)
    switch (report.type) {
      case 'ready':
        loaded = true
        markReady()
        return
      case 'outcome':
        // A stale or forged id is ignored; the guard still bounds the real invocation.
        if (pending?.invocationId === report.invocationId) settle(report.outcome)
        return
      case 'rejected': {
        // Our own bug (the host sent a bad request), not the handler's: fail the call loudly.
        const current = pending
        pending = undefined
        current?.reject(new Error(`sandbox worker rejected a request: ${report.reason}`))
        return
      }
    }
  }

  async function waitUntilReady(): Promise<boolean> {
    // Every warm invocation: no startup timer to arm and clear (a timer per invocation showed in the sim
    // worker's profile at 10×, bench/ui/run.ts --worker-profile).
    if (loaded || !alive) return alive
    let timer: ReturnType<typeof setTimeout> | undefined
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), options.startupMs)
    })
    const started = await Promise.race([ready.then(() => true), timedOut])
    clearTimeout(timer)
    return started && alive
  }

  async function invoke(request: InvokeRequest): Promise<InvocationOutcome> {
    if (pending !== undefined)
      throw new Error('sandbox environment is already running an invocation')
    if (!(await waitUntilReady())) {
      die(NO_REASON)
      return crashOutcome(request.requestId, deathReason ?? NO_REASON)
    }
    return new Promise<InvocationOutcome>((resolve, reject) => {
      pending = {
        requestId: request.requestId,
        invocationId: request.invocationId,
        deadline: Date.now() + options.guardMs,
        resolve,
        reject,
      }
      armGuard(options.guardMs)
      const message: SandboxRequest = { type: 'invoke', version: SANDBOX_PROTOCOL_VERSION, request }
      link.send(message)
    })
  }

  return {
    invoke,
    receive,
    die,
    isAlive: () => alive,
    hasLoaded: () => loaded,
    isRunning: () => pending !== undefined,
  }
}

function crashOutcome(requestId: string, reason: string): InvocationOutcome {
  const message = `RequestId: ${requestId} Error: ${reason}`
  if (reason === OUT_OF_MEMORY) return { kind: 'crashed', message, logs: [], outOfMemory: true }
  return { kind: 'crashed', message, logs: [] }
}
