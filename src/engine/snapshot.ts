import type { VirtualMs } from './clock'
import type { MappingStateName } from './model/events'
import type { LaneStatus, World } from './world'

/** What the playground draws between events: small, cheap to copy across the worker boundary. */
export interface SimSnapshot {
  readonly nowMs: VirtualMs
  readonly mappingState: MappingStateName | 'NotCreated'
  readonly reservedConcurrency: number | null
  readonly concurrentExecutions: number
  readonly shards: readonly ShardSnapshot[]
  /** Live execution environments by id; `invocationId` while one runs in it (docs/semantics.md D3). */
  readonly environments?: readonly EnvironmentSnapshot[]
}

export interface EnvironmentSnapshot {
  readonly id: number
  readonly invocationId: number | undefined
}

export interface ShardSnapshot {
  readonly shardId: string
  readonly recordCount: number
  /** Records at positions below this are settled; the checkpoint sits after the last of them. */
  readonly checkpointPos: number
  readonly checkpointSequenceNumber: string | undefined
  readonly lanes: readonly LaneSnapshot[]
}

export interface LaneSnapshot {
  readonly status: LaneStatus
  readonly inflightInvocationId: number | undefined
  readonly bufferedRecords: readonly number[]
  readonly windowCloseAtMs: VirtualMs | undefined
  readonly queuedBatches: number
  /** Position of the next record this lane's poller reads (its shard iterator). */
  readonly readPos?: number
}

export function takeSnapshot(world: World): SimSnapshot {
  const running = new Map([...world.inflight.values()].map((f) => [f.request.environmentId, f.id]))
  return {
    nowMs: world.nowMs,
    mappingState: world.mapping.state,
    reservedConcurrency: world.reservedConcurrency,
    concurrentExecutions: world.envs.busy,
    shards: world.shards.map((shard) => ({
      shardId: shard.shardId,
      recordCount: world.records.shardLength(shard.index),
      checkpointPos: shard.checkpointPos,
      checkpointSequenceNumber:
        shard.checkpointPos === 0
          ? undefined
          : world.records.sequenceNumber(
              world.records.shardRecord(shard.index, shard.checkpointPos - 1),
            ),
      lanes: shard.lanes.map((lane) => ({
        status: lane.status,
        inflightInvocationId: lane.inflightId,
        bufferedRecords: [...lane.buffer],
        windowCloseAtMs: lane.windowCloseAtMs,
        queuedBatches: lane.queue.length,
        readPos: lane.pos,
      })),
    })),
    environments: world.envs.ids().map((id) => ({ id, invocationId: running.get(id) })),
  }
}
