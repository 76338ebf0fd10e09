import type { EventQueue } from './eventQueue'
import type { Rng } from './rng'
import type { Table } from './table'
import type {
  MappingSettings,
  NormalizedScenario,
  ScheduledAction,
  ScheduledWrite,
} from './model/scenario'
import type { BatchReason, MappingStateName, SimEvent } from './model/events'
import type { ReportDestination, ReportInvocation, ReportThrottle } from './model/report'
import type { RecordStore } from './stream/recordStore'
import type { WriteLog } from './stream/writeLog'
import type { Journal } from './journal'
import type { HandlerError, InvokeRequest } from './lambda/invocation'
import type { EnvironmentPool } from './lambda/environments'
import type { FunctionState } from './lambda/functionUpdate'
import type { Metrics } from './metrics'
import type { WindowState } from './esm/tumbling'
import type { ExecutionRole } from './role/permissions'
import { toEpochMs, type EpochMs, type VirtualMs } from './clock'

/** Everything the engine schedules on its queue. Lane-bound tasks carry the lane's generation: stale ones are ignored. */
export type Task =
  | { kind: 'createMapping' }
  | { kind: 'action'; action: ScheduledAction }
  | { kind: 'transitionEnd'; generation: number }
  | { kind: 'write'; write: ScheduledWrite }
  | { kind: 'ttlSweep' }
  | { kind: 'poll'; shard: number; lane: number; generation: number }
  | { kind: 'windowClose'; shard: number; lane: number; generation: number }
  | { kind: 'retry'; shard: number; lane: number; generation: number }
  | { kind: 'complete'; invocationId: number }
  | { kind: 'functionUpdateEnd' }

/** A batch on its way to the function, possibly retried or split. */
export interface Batch {
  records: number[]
  /** Invocations of this batch (and of the batch it continues, after a partial failure) so far. */
  attempt: number
  /** Consecutive unsuccessful tries (errors and throttles): drives the backoff. */
  failures: number
  /** Request id of the last invocation, reported in failure records. */
  lastRequestId: string | undefined
  /** Whether the last unsuccessful try came back from the function without a thrown error (partial response). */
  lastFunctionError: 'Unhandled' | null
  /** A tumbling window's final invocation: no records, only the state (C8). */
  final: boolean
  /** Why the mapping sent it; shown by the pipeline view, never read by the rules. */
  reason?: BatchReason
}

export type LaneStatus = 'idle' | 'batching' | 'inflight' | 'backoff'

export interface LaneState {
  readonly shard: number
  readonly lane: number
  /** Position (in the shard's record list) of the next record this lane has not read. */
  pos: number
  status: LaneStatus
  /** Bumped whenever scheduled tasks for this lane become stale (disable, reset). */
  generation: number
  pollScheduledAtMs: VirtualMs | undefined
  lastPollAtMs: VirtualMs | undefined
  /** Records read into the batch being assembled (batching window open). */
  buffer: number[]
  /** Payload bytes of the buffer: upper bounds until they come near 6 MB, exact sizes after (`bufferExact`). */
  bufferBytes: number
  bufferExact: boolean
  windowCloseAtMs: VirtualMs | undefined
  /** Batches to send before reading new records: a retry, or the halves of a split. */
  queue: Batch[]
  inflightId: number | undefined
  /** The open tumbling window of this lane, if any. */
  window: WindowState | undefined
}

export interface ShardState {
  readonly index: number
  readonly shardId: string
  lanes: LaneState[]
  /** Position before which every record is settled (the checkpoint shown to users). */
  checkpointPos: number
  /** In-flight invocations of lanes replaced by a ParallelizationFactor change; new lanes wait for them. */
  draining: number
}

export interface MappingState {
  /** `NotCreated`: no mapping now (before the first create, or after a delete: docs/semantics.md D16). */
  state: MappingStateName | 'NotCreated'
  settings: MappingSettings
  /** The StartingPosition of the mapping now (a mapping created by the API has its own: D16). */
  startingPosition: 'TRIM_HORIZON' | 'LATEST'
  /** How many times a mapping was created in this run: the scheduled first creation happens only at 0. */
  creations: number
  /** Settings requested by an update, applied when its transition ends. */
  pendingSettings: Partial<MappingSettings> | undefined
  pendingEnabled: boolean | undefined
  transitionGeneration: number
  /** Actions received while a transition was running: applied when it ends (our choice). */
  deferred: ScheduledAction[]
  lastModifiedMs: VirtualMs
  lastProcessingResult: string
  polling: boolean
  /** AWS's error when CreateEventSourceMapping was refused (docs/semantics.md D17): the mapping never existed. */
  createError?: string
}

export interface InFlight {
  readonly id: number
  readonly shard: number
  readonly lane: LaneState
  readonly batch: Batch
  readonly request: InvokeRequest
  readonly report: ReportInvocation
  /** Set when the outcome is accepted; the completion then waits on the queue until the invocation ends. */
  result: InvocationResult | undefined
}

/** An accepted outcome, classified the way the event source mapping sees it. */
export interface InvocationResult {
  readonly kind: 'success' | 'partial' | 'error' | 'timeout'
  /** For partial: position in the batch of the lowest failed record (A5.2). */
  readonly failedFrom: number
  /** Whether the function returned normally (null) or failed with an error or timeout ('Unhandled'). */
  readonly functionError: 'Unhandled' | null
  readonly durationMs: number
  readonly response: unknown
  readonly error: HandlerError | null
  readonly handlerLogs: readonly string[]
  readonly destroyEnvironment: boolean
  /** Killed for going over MemorySize (docs/semantics.md D14). */
  readonly outOfMemory: boolean
  /** The function failed to initialise: its error, `<errorType>: <errorMessage>`, bounded (D20). */
  readonly initError?: string
}

export interface World {
  readonly scenario: NormalizedScenario
  readonly streamArn: string
  readonly functionArn: string
  /** The mapping's UUID; a mapping created again after a delete gets a new one (docs/semantics.md D16). */
  esmUuid: string
  readonly table: Table
  readonly records: RecordStore
  readonly shards: ShardState[]
  readonly mapping: MappingState
  reservedConcurrency: number | null
  /** The execution role now (docs/semantics.md D17); replaced, never mutated, so snapshots may share it. */
  role: ExecutionRole
  /** The function's code and settings now, and any update in progress (docs/semantics.md D15). */
  readonly fn: FunctionState
  readonly envs: EnvironmentPool
  readonly inflight: Map<number, InFlight>
  readonly invocations: ReportInvocation[]
  readonly throttles: ReportThrottle[]
  readonly destinations: ReportDestination[]
  readonly writes: WriteLog
  readonly metrics: Metrics
  readonly journal: Journal
  readonly queue: EventQueue<Task>
  readonly rng: {
    requestId: Rng
    destination: Rng
    environment: Rng
  }
  /** Invocations started since the last step: handed out as effects. */
  effects: InvokeRequest[]
  nextInvocationId: number
  /** Source of lane generations: unique across lanes, so a replaced lane's stale tasks never match a new one. */
  nextGeneration: number
  /** The compiled filter criteria; undefined when the mapping has none. */
  filter: ((record: unknown) => boolean) | undefined
  ttlSweepAtMs: number | undefined
  nowMs: VirtualMs
}

export function emit(world: World, event: SimEvent): void {
  world.journal.push(event)
}

export function epochMs(world: World, simMs: VirtualMs): EpochMs {
  return toEpochMs(world.scenario.clockStartMs, simMs)
}
