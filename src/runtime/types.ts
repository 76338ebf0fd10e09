/** What the runtime offers the store (injected: tests pass a fake). Framework-free. */
import type {
  FunctionChange,
  MappingApiAnswer,
  MappingApiCall,
  RoleAction,
  InvocationOutcome,
  InvokeRequest,
  MappingSettings,
  RecordHistory,
  RunReport,
  WriteRequest,
} from '../engine'
import type { InvocationDetails, SimReport, TrafficSettings } from '../protocol/simProtocol'

/**
 * Opens and removes the sandbox iframes the sim worker runs invocations in (it cannot create an iframe):
 * `open` resolves with the app's ends of the iframe's ports, which go to the sim worker.
 */
export interface SandboxFrames {
  /** A null environment: a spare, opened ahead of need (src/workers/sandboxSpares.ts). */
  open(
    sandboxId: number,
    environmentId: number | null,
  ): Promise<{ readonly worker: unknown; readonly control: unknown } | { readonly error: string }>
  /** A spare now serves this environment: `closeAll` removes it from now on. */
  claim(sandboxId: number, environmentId: number): void
  close(sandboxId: number): void
  /** Removes every sandbox but the unclaimed spares, which no user code has run in. */
  closeAll(): void
}

/** A handler outcome as the sandbox returned it, for the invocation details. */
export interface OutcomeNote {
  readonly loadId: number
  readonly invocationId: number
  readonly outcome: InvocationOutcome
  /** Wall milliseconds the sandbox took. */
  readonly wallMs: number
}

/** Everything that arrived during one animation frame. */
export interface RuntimeBatch {
  readonly reports: readonly SimReport[]
  readonly outcomes: readonly OutcomeNote[]
  /** Set when it changed in this frame: whether a sandbox is starting (its worker has not loaded yet). */
  readonly sandboxStarting?: boolean
}

export interface Runtime {
  /**
   * Loads a scenario file; returns the load id its reports will carry. `coalesce` (typing in the handler
   * editor): the worker gets it after a typing pause, or before any other command, whichever is first;
   * loads coalesced together share one id.
   */
  load(scenario: unknown, options?: { readonly coalesce?: boolean }): number
  play(speed: number): void
  pause(): void
  setSpeed(speed: number): void
  /** Event-paced playback (true) or strict real time × speed (false). */
  setPaced(paced: boolean): void
  step(): void
  /** Advances straight to `simTimeMs` without the clock (Run to end, the test hook). */
  advanceTo(simTimeMs: number): void
  write(requestId: number, write: WriteRequest): void
  /** UpdateEventSourceMapping now: resolves with the virtual time it took effect (undefined: the scenario changed). */
  updateMapping(settings: Partial<MappingSettings>, enabled?: boolean): Promise<number | undefined>
  /** An event source mapping API request now (the console); undefined if the scenario changed meanwhile. */
  mappingApi(call: MappingApiCall): Promise<MappingApiAnswer | undefined>
  /** PutFunctionConcurrency now: resolves as `updateMapping` does. */
  putFunctionConcurrency(reservedConcurrency: number | null): Promise<number | undefined>
  /** Deploys code or changes Timeout / MemorySize at the current virtual time (docs/semantics.md D15). */
  updateFunction(change: FunctionChange): void
  /** Edits the execution role at the current virtual time: every action it lacks (docs/semantics.md D17). */
  updateExecutionRole(removed: readonly RoleAction[]): void
  setTraffic(traffic: TrafficSettings | null): void
  /** Moves the run to a virtual time (the Timeline): the clock stops, a `seeked` report brings the state. */
  seek(simTimeMs: number): void
  /** Runs one invocation outside the simulation (the Test button), in the same sandbox. */
  testInvoke(request: InvokeRequest): Promise<InvocationOutcome>
  /** The sim worker's run report for the loaded scenario (the e2e parity test). */
  requestReport(): Promise<RunReport>
  /** A record's history so far from the sim worker; undefined if the scenario changed meanwhile. */
  explainRecord(recordIndex: number): Promise<RecordHistory | undefined>
  /** An invocation's event, response or error and logs; undefined if unknown or the scenario changed. */
  describeInvocation(invocationId: number): Promise<InvocationDetails | undefined>
  /** Called at most once per animation frame with what arrived. */
  subscribe(listener: (batch: RuntimeBatch) => void): () => void
  dispose(): void
}
