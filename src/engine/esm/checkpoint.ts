import type { RuleId } from '../model/events'
import type { RecordFate } from '../stream/records'
import { emit, type World } from '../world'

/**
 * Gives records their final fate and moves the shard's checkpoint over every settled record at its front.
 * Under ParallelizationFactor the checkpoint passes a record only when every lane is past it (docs/semantics.md D8).
 */
export function settleRecords(
  world: World,
  shard: number,
  recordIndexes: readonly number[],
  fate: Exclude<RecordFate, 'pending'>,
  rule: RuleId,
): void {
  if (recordIndexes.length === 0) return
  for (const index of recordIndexes) world.records.setFate(index, fate)
  emit(world, { type: 'fate', atMs: world.nowMs, recordIndexes: [...recordIndexes], fate, rule })
  advanceCheckpoint(world, shard)
}

export function advanceCheckpoint(world: World, shard: number): void {
  const state = world.shards[shard]
  const { records } = world
  const before = state.checkpointPos
  while (
    state.checkpointPos < records.shardLength(shard) &&
    !records.isPending(records.shardRecord(shard, state.checkpointPos))
  ) {
    state.checkpointPos++
  }
  if (state.checkpointPos === before) return
  const last = records.shardRecord(shard, state.checkpointPos - 1)
  emit(world, {
    type: 'checkpointed',
    atMs: world.nowMs,
    shard,
    sequenceNumber: world.records.sequenceNumber(last),
  })
}
