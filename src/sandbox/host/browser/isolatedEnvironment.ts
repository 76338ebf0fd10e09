/**
 * The app's side of ONE execution environment: src/sandbox/host/environmentHost.ts over a
 * `SandboxTransport`, plus the iframe's control channel. Knows nothing of iframes or the DOM, so
 * Node tests can drive it with plain MessageChannels.
 */
import type { InvocationOutcome, InvokeRequest } from '../../../engine'
import { createEnvironmentHost, NO_REASON } from '../environmentHost'
import type { EnvironmentHostOptions } from '../environmentHost'
import type { SandboxRequest } from '../../../protocol/sandboxProtocol'
import { parseControlReport } from '../../../protocol/sandboxControlProtocol'
import type { ControlRequest } from '../../../protocol/sandboxControlProtocol'

/** The app's ends of the two channels into the sandbox, and a way to end it. */
export interface SandboxTransport {
  /** To the worker. */
  send(message: SandboxRequest): void
  /** To the hosting iframe, whose thread is not the worker's. */
  sendControl(message: ControlRequest): void
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

export interface IsolatedEnvironment {
  invoke(request: InvokeRequest): Promise<InvocationOutcome>
  /** Kills the worker; a pending invocation ends as crashed. */
  terminate(): void
  /** False once the worker died, was terminated or misbehaved. */
  isAlive(): boolean
}

/**
 * Real milliseconds the iframe has to answer a ping. Its thread is idle (the handler runs on the worker's), so
 * silence means its renderer process is gone: measured in Chromium 156, a handler that runs the worker out of
 * memory kills that process and only that one (docs/sandbox.md, "Memory").
 */
const PONG_MS = 1_000

export function createIsolatedEnvironment(
  transport: SandboxTransport,
  options: EnvironmentHostOptions,
): IsolatedEnvironment {
  const pongWaiters: Array<(answered: boolean) => void> = []
  function isResponsive(): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), PONG_MS)
      pongWaiters.push((answered) => {
        clearTimeout(timer)
        resolve(answered)
      })
      transport.sendControl({ type: 'ping' })
    })
  }
  const host = createEnvironmentHost(
    {
      send: (message) => transport.send(message),
      destroy: () => transport.destroy(),
      isResponsive,
    },
    options,
  )
  transport.onWorkerMessage((data) => host.receive(data))
  transport.onControlMessage((data) => {
    const report = parseControlReport(data)
    if (report === undefined) return host.die(NO_REASON)
    if (report.type === 'pong') {
      for (const answer of pongWaiters.splice(0)) answer(true)
      return
    }
    // Before `ready` the worker failed to load; later errors come from handler code that escaped
    // the virtual clock (real timers via `self`) and do not end the environment.
    if (!host.hasLoaded()) host.die(`Runtime exited with error: ${report.message}`)
  })
  return {
    invoke: (request) => host.invoke(request),
    terminate: () => host.die(NO_REASON),
    isAlive: () => host.isAlive(),
  }
}
