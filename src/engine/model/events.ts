import type { RecordFate } from '../stream/records'
import type { DestinationKind } from './report'
import type { VirtualMs } from '../clock'

/** Names of the rules behind what happens; the "why" panel shows each with its source. */
export type RuleId =
  | 'write.noop'
  | 'write.rejected'
  | 'stream.startingPosition'
  | 'stream.retention'
  | 'poll.read'
  | 'filter.match'
  | 'batch.window'
  | 'batch.size'
  | 'batch.payload'
  | 'retry.backoff'
  | 'retry.exhausted'
  | 'retry.throttle'
  | 'age.exceeded'
  | 'bisect.split'
  | 'partial.checkpoint'
  | 'success.checkpoint'
  | 'destination.delivered'
  | 'destination.none'
  | 'window.final'
  | 'role.denied'

/** What happened, in order: the UI log, the charts, the animation and the "why" query all read these. */
export type SimEvent =
  | {
      type: 'recordWritten'
      atMs: VirtualMs
      recordIndex: number
      shard: number
      writeIndex: number | undefined
    }
  | {
      type: 'writeApplied'
      atMs: VirtualMs
      writeIndex: number
      result: 'noop' | 'rejected'
      message?: string
    }
  | { type: 'mappingState'; atMs: VirtualMs; state: MappingStateName }
  /** `Deleting` ended: the mapping is gone (docs/semantics.md D16). */
  | { type: 'mappingDeleted'; atMs: VirtualMs }
  | { type: 'polled'; atMs: VirtualMs; shard: number; lane: number; recordIndexes: number[] }
  | {
      type: 'invocationStarted'
      atMs: VirtualMs
      invocationId: number
      shard: number
      lane: number
      recordIndexes: number[]
      attempt: number
      coldStart: boolean
      /** The execution environment serving it (docs/semantics.md D3). */
      environmentId?: number
      /** Why the mapping sent this batch when it did; a retried batch keeps the reason it was first sent for. */
      batchReason?: BatchReason
    }
  | {
      type: 'invocationCompleted'
      atMs: VirtualMs
      invocationId: number
      outcome: InvocationResultKind
      /** Why the function failed to initialise, in AWS's words (docs/semantics.md D20). */
      initError?: string
    }
  | { type: 'throttled'; atMs: VirtualMs; shard: number; lane: number; recordIndexes: number[] }
  | {
      type: 'retryScheduled'
      atMs: VirtualMs
      shard: number
      lane: number
      retryAtMs: VirtualMs
      recordIndexes: number[]
      rule: RuleId
    }
  | { type: 'batchSplit'; atMs: VirtualMs; shard: number; lane: number; halves: number[][] }
  | { type: 'checkpointed'; atMs: VirtualMs; shard: number; sequenceNumber: string }
  | { type: 'fate'; atMs: VirtualMs; recordIndexes: number[]; fate: RecordFate; rule: RuleId }
  | {
      type: 'destinationDelivered'
      atMs: VirtualMs
      kind: DestinationKind
      destinationIndex: number
    }

  /**
   * UpdateFunctionCode / UpdateFunctionConfiguration (docs/semantics.md D15): `InProgress` when requested,
   * `Successful` when the function serves new invocations with `version`, the version they then run.
   */
  | {
      type: 'functionUpdated'
      atMs: VirtualMs
      lastUpdateStatus: 'InProgress' | 'Successful'
      changed: FunctionSetting[]
      version: number
    }

  /**
   * The execution role's policy changed (docs/semantics.md D17): `removed` is every action it now lacks; `live`
   * when the change came in during the run (the app), not from the scenario's actions.
   */
  | { type: 'roleChanged'; atMs: VirtualMs; removed: string[]; live: boolean }
  /**
   * A call failed for want of a permission (D17): creating the mapping, reading the stream, or delivering a failure
   * record (`kind`, with the records it was about; none for the others). `message` is AWS's words; `missing` the
   * actions lacked.
   */
  | {
      type: 'permissionDenied'
      atMs: VirtualMs
      step: PermissionStep
      missing: string[]
      message: string
      kind?: DestinationKind
      recordIndexes: number[]
    }

/** Where a missing permission shows (docs/semantics.md D17). */
export type PermissionStep = 'create' | 'read' | 'destination'

/** What a function update changed: the handler's code (or language), Timeout, MemorySize. */
export type FunctionSetting = 'code' | 'Timeout' | 'MemorySize'

/**
 * Why a batch left the event source mapping (docs/semantics.md A2.2): BatchSize reached, the batching window
 * ended, the next record would pass the 6 MB payload, no window (sent at the first poll), the next record
 * belongs to the next tumbling window, a half of a bisected batch, or a tumbling window's final invocation.
 */
export type BatchReason =
  'batchSize' | 'window' | 'payload' | 'noWindow' | 'windowBoundary' | 'split' | 'final'

export type MappingStateName =
  'Creating' | 'Enabling' | 'Enabled' | 'Disabling' | 'Disabled' | 'Updating' | 'Deleting'

export type InvocationResultKind = 'success' | 'partial' | 'error' | 'timeout'
