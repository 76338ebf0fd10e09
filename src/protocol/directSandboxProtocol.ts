/**
 * The messages that let the sim worker run invocations straight in the sandbox iframes (issue 11,
 * performance): only the main thread can create and remove an iframe, so the sim worker asks it to, and
 * receives the app's ends of the iframe's two ports; from then on invocations and outcomes go sim worker
 * ↔ sandbox worker without the main thread. Both sides are ours: these are typed, not validated. What the
 * sandbox sends is still validated where it arrives (src/sandbox/host/environmentHost.ts, in the sim worker).
 */
import type { InvocationOutcome } from '../engine'

/** Sim worker → main thread. */
export type DirectSandboxReport =
  /**
   * Open an iframe for an execution environment and answer with `sandboxOpened`. A null environment: a spare,
   * opened ahead of need (src/workers/sandboxSpares.ts); its start is no wait the playback bar shows.
   */
  | { type: 'openSandbox'; sandboxId: number; environmentId: number | null }
  /**
   * A spare now serves this environment's cold start: it belongs to the run (a new scenario removes it); if
   * its worker has not `started`, the run waits for it (the busy line) until `sandboxStarted`.
   */
  | { type: 'claimSandbox'; sandboxId: number; environmentId: number; started: boolean }
  /** Remove that iframe, which kills its worker (a timeout, a crash, a cold start, a new scenario). */
  | { type: 'closeSandbox'; sandboxId: number }
  /** That sandbox's worker has loaded and spoken (ready, or why not): its cold start is over (the busy line). */
  | { type: 'sandboxStarted'; sandboxId: number }
  /**
   * A handler failure, for the invocation row's message; posted right after the frame that starts it.
   * Successes are not sent: the UI shows nothing of their outcome but what the frames say.
   */
  | {
      type: 'invocationFailed'
      loadId: number
      invocationId: number
      outcome: InvocationOutcome
      wallMs: number
    }

/**
 * Main thread → sim worker. Without `error`, the message transfers the app's ends of the iframe's ports,
 * the worker's then the control port. `error`: the sandbox could not be opened (its script did not load).
 */
export type DirectSandboxCommand = { type: 'sandboxOpened'; sandboxId: number; error?: string }

export function isDirectSandboxReport(data: { type: string }): data is DirectSandboxReport {
  return (
    data.type === 'openSandbox' ||
    data.type === 'claimSandbox' ||
    data.type === 'closeSandbox' ||
    data.type === 'sandboxStarted' ||
    data.type === 'invocationFailed'
  )
}
