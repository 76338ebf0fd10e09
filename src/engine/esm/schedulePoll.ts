import { Phase } from '../eventQueue'
import type { VirtualMs } from '../clock'
import type { LaneState, World } from '../world'

/**
 * Queues the lane's next poll at `atMs`, unless one is already due by then. Its own module because both sides
 * of a batch's life schedule polls: lanes.ts (reading records) and invoke.ts, complete.ts, lifecycle.ts (after
 * a send, a result or a state change); lanes.ts also sends batches through invoke.ts.
 */
export function schedulePoll(world: World, lane: LaneState, atMs: VirtualMs): void {
  if (lane.pollScheduledAtMs !== undefined && lane.pollScheduledAtMs <= atMs) return
  lane.pollScheduledAtMs = atMs
  world.queue.push(atMs, Phase.poll, {
    kind: 'poll',
    shard: lane.shard,
    lane: lane.lane,
    generation: lane.generation,
  })
}
