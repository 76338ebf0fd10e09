/**
 * The seam between the engine and whatever runs the user's handler (a Node worker thread in the headless
 * runner, a sandboxed Web Worker in the browser). The engine never calls the handler: it hands out an
 * `InvokeRequest` as an effect and later accepts an `InvocationOutcome` for it.
 */
import type { EpochMs } from '../clock'

export interface InvokeRequest {
  readonly invocationId: number
  readonly requestId: string
  /** Same id = same execution environment (warm start, module state kept); a new id = cold start. */
  readonly environmentId: number
  readonly coldStart: boolean
  /** Seed for the random numbers the environment gives the handler (used when it starts cold). */
  readonly environmentSeed: number
  /** The JSON event exactly as the handler receives it. */
  readonly event: unknown
  /** Virtual instant (epoch ms) at which the invocation starts: the handler's clock reads this first. */
  readonly startEpochMs: EpochMs
  readonly timeoutMs: number
  /** Modelled virtual duration before any awaited timers (function.durationMs). */
  readonly durationMs: number
  readonly functionName: string
  readonly functionArn: string
  readonly memoryLimitInMB: number
  readonly logGroupName: string
  readonly logStreamName: string
  readonly region: string
  readonly code: string
  readonly language: 'javascript' | 'typescript'
  /** The function version this invocation runs (1 as created, +1 per update: docs/semantics.md D15). */
  readonly codeVersion: number
}

/**
 * Lambda's error document for a Node.js function (docs/semantics.md D6). `trace` is the stack split into
 * lines (`"<name>: <message>"` first), `[]` for a thrown non-Error value; errors made by Lambda itself
 * (timeout, exit, response too large) have none.
 */
export interface HandlerError {
  readonly errorType: string
  readonly errorMessage: string
  readonly trace?: readonly string[]
}

/**
 * What happened when the handler ran. `waitedMs` is the virtual time the handler spent awaiting timers;
 * the engine adds `durationMs` to it. `logs` are the lines the runtime wrote, without timestamps
 * (`<requestId>\tINFO\t<message>`), init lines first on a cold start.
 */
export type InvocationOutcome =
  | {
      readonly kind: 'returned'
      readonly response: unknown
      readonly waitedMs: number
      readonly logs: readonly string[]
      /** True when the runtime exited after answering (an unhandled rejection, docs/semantics.md D20). */
      readonly environmentLost?: boolean
    }
  | {
      readonly kind: 'error'
      readonly error: HandlerError
      readonly waitedMs: number
      readonly logs: readonly string[]
      /** True when the environment cannot be reused (failed init): the next invocation starts cold. */
      readonly environmentLost?: boolean
      /** The function failed to initialise: its handler never ran (docs/semantics.md D20). */
      readonly initFailed?: boolean
    }
  /** Awaited past the timeout, never settled, or a busy loop stopped by the wall-clock guard. */
  | { readonly kind: 'timeout'; readonly logs: readonly string[] }
  /**
   * The environment died (process exit, out of memory): `Runtime.ExitError`. `outOfMemory` marks a
   * handler that went over its MemorySize (docs/semantics.md D14): the REPORT line then shows it all used.
   */
  | {
      readonly kind: 'crashed'
      readonly message: string
      readonly logs: readonly string[]
      readonly outOfMemory?: boolean
    }

/**
 * Whether the execution environment is gone after this outcome (docs/semantics.md D3, D5): a timeout, a
 * crash, or an outcome that lost it (failed init, an unhandled rejection). The engine, both sandboxes and the runner all ask this.
 */
export function isEnvironmentLost(outcome: InvocationOutcome): boolean {
  if (outcome.kind === 'timeout' || outcome.kind === 'crashed') return true
  return (
    (outcome.kind === 'error' || outcome.kind === 'returned') && outcome.environmentLost === true
  )
}

/** Something that runs handlers: the Node worker-thread executor, the browser sandbox, or a test double. */
export interface HandlerExecutor {
  invoke(request: InvokeRequest): Promise<InvocationOutcome>
  /** The engine discarded this environment (timeout, crash): free its resources. */
  discard(environmentId: number): void
  dispose(): Promise<void>
}
