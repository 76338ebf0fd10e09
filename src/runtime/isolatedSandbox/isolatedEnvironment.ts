/**
 * The app's side of ONE execution environment: waits for the worker to load, sends one invocation at
 * a time, validates every report, and stops a handler that never yields with a wall-clock guard
 * (SEMANTICS.md D5). Knows nothing of iframes or the DOM: it talks through a `SandboxTransport`, so
 * Node tests can drive it with plain MessageChannels.
 */
import type { InvocationOutcome, InvokeRequest } from '../../engine/lambda/invocation'
import { SANDBOX_PROTOCOL_VERSION } from '../../sandbox/protocol'
import type { SandboxRequest } from '../../sandbox/protocol'
import { parseControlReport, parseWorkerReport } from './hostMessages'

/** The app's ends of the two channels into the sandbox, and a way to end it. */
export interface SandboxTransport {
  /** To the worker. */
  send(message: SandboxRequest): void
  /**
   * Receives the worker's messages, unvalidated (`SandboxReport` expected); `undefined` stands for
   * a message that could not be deserialized.
   */
  onWorkerMessage(listener: (data: unknown) => void): void
  /** Receives the hosting iframe's messages, unvalidated (`ControlReport` expected). */
  onControlMessage(listener: (data: unknown) => void): void
  /** Stops the worker and frees everything that hosts it. Idempotent. */
  destroy(): void
}

export interface EnvironmentOptions {
  /** Real milliseconds an invocation may run before the worker is killed (busy loops). */
  readonly guardMs: number
  /** Real milliseconds the worker may take to load before it counts as crashed. */
  readonly startupMs: number
}

export interface IsolatedEnvironment {
  invoke(request: InvokeRequest): Promise<InvocationOutcome>
  /** Kills the worker; a pending invocation ends as crashed. */
  terminate(): void
  /** False once the worker died, was terminated or misbehaved. */
  isAlive(): boolean
}

interface Pending {
  readonly requestId: string
  readonly invocationId: number
  readonly resolve: (outcome: InvocationOutcome) => void
  readonly reject: (error: Error) => void
}

const NO_REASON = 'Runtime exited without providing a reason'

export function createIsolatedEnvironment(
  transport: SandboxTransport,
  options: EnvironmentOptions,
): IsolatedEnvironment {
  let alive = true
  let loaded = false
  let pending: Pending | undefined
  let deathReason: string | undefined
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })

  function settle(outcome: InvocationOutcome): void {
    const current = pending
    pending = undefined
    current?.resolve(outcome)
  }

  function die(reason: string): void {
    if (alive) transport.destroy()
    alive = false
    deathReason ??= reason
    if (pending !== undefined) settle(crashOutcome(pending.requestId, deathReason))
    markReady() // wakes an invoke still waiting for startup; it then sees the death
  }

  transport.onWorkerMessage((data) => {
    const report = parseWorkerReport(data)
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
        // Our own bug (the app sent a bad request), not the handler's: fail the call loudly.
        const current = pending
        pending = undefined
        current?.reject(new Error(`sandbox worker rejected a request: ${report.reason}`))
        return
      }
    }
  })
  transport.onControlMessage((data) => {
    const report = parseControlReport(data)
    if (report === undefined) return die(NO_REASON)
    // Before `ready` the worker failed to load; later errors come from handler code that escaped
    // the virtual clock (real timers via `self`) and do not end the environment.
    if (!loaded) die(`Runtime exited with error: ${report.message}`)
  })

  async function waitUntilReady(): Promise<boolean> {
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
      const guard = setTimeout(() => {
        // A handler that never yields (while (true) {}) is reported like a timeout (SEMANTICS.md D5).
        settle({ kind: 'timeout', logs: [] })
        terminate()
      }, options.guardMs)
      pending = {
        requestId: request.requestId,
        invocationId: request.invocationId,
        resolve(outcome) {
          clearTimeout(guard)
          resolve(outcome)
        },
        reject(error) {
          clearTimeout(guard)
          reject(error)
        },
      }
      const message: SandboxRequest = { type: 'invoke', version: SANDBOX_PROTOCOL_VERSION, request }
      transport.send(message)
    })
  }

  function terminate(): void {
    die(NO_REASON)
  }

  return { invoke, terminate, isAlive: () => alive }
}

function crashOutcome(requestId: string, reason: string): InvocationOutcome {
  return { kind: 'crashed', message: `RequestId: ${requestId} Error: ${reason}`, logs: [] }
}
