import { epochMsOf, isoSeconds, type EpochMs } from '../clock'
import { utf8Length } from '../../lib/utf8'
import type { LaneState, World } from '../world'

/**
 * Tumbling windows (docs/semantics.md A7; the undocumented details are our decisions, C8): windows are
 * [floor(t/W)·W, +W) on ApproximateCreationDateTime, a batch never spans two windows, `state` is carried from
 * successful invocations, and once a window has ended and its records are checkpointed Lambda makes a final
 * invocation with `Records: []` and `isFinalInvokeForWindow: true`. A retry re-sends the same records (C9), so
 * window records arrive at least once and in order (A7.8).
 */
export interface WindowState {
  readonly startMs: EpochMs
  readonly endMs: EpochMs
  state: unknown
  /** The returned state grew past 1 MB: the window ends early (A7.3). */
  terminatedEarly: boolean
}

/** State is at most 1 MB per shard (A7.3). */
const MAX_STATE_BYTES = 1_048_576

/** TumblingWindowInSeconds 0 turns windows off (A7.1). */
export function isTumbling(world: World): boolean {
  return world.mapping.settings.tumblingWindowMs > 0
}

/**
 * Epoch ms of the start of the window a record belongs to, chosen by its creation time (A7.2). Aligned to the
 * epoch: the open question of A7.9, answered by C8.
 */
export function windowStartOf(world: World, record: number): EpochMs {
  const size = world.mapping.settings.tumblingWindowMs
  const createdMs = world.records.creationSeconds(record) * 1000
  return epochMsOf(Math.floor(createdMs / size) * size)
}

export function openWindow(world: World, lane: LaneState, startMs: EpochMs): WindowState {
  if (lane.window === undefined || lane.window.startMs !== startMs) {
    lane.window = {
      startMs,
      endMs: epochMsOf(startMs + world.mapping.settings.tumblingWindowMs),
      state: {},
      terminatedEarly: false,
    }
  }
  return lane.window
}

/** Whether the lane owes its window a final invocation now: the window is over and nothing of it is pending. */
export function isFinalDue(lane: LaneState, nowEpochMs: EpochMs): boolean {
  const window = lane.window
  if (window === undefined || lane.buffer.length > 0 || lane.queue.length > 0) return false
  return window.terminatedEarly || nowEpochMs >= window.endMs
}

/** The event envelope for a tumbling-window invocation (A7.6; key order as in the AWS example). */
export function windowEvent(
  world: World,
  lane: LaneState,
  records: readonly unknown[],
  final: boolean,
): Record<string, unknown> {
  const window = lane.window as WindowState
  return {
    Records: records,
    window: { start: isoSeconds(window.startMs), end: isoSeconds(window.endMs) },
    state: window.state,
    shardId: world.shards[lane.shard].shardId,
    eventSourceARN: world.streamArn,
    isFinalInvokeForWindow: final,
    isWindowTerminatedEarly: final && window.terminatedEarly,
  }
}

/** A tumbling-window response must carry `state`; without it the invocation counts as failed (A7.4). */
export function hasState(response: unknown): boolean {
  return response !== null && typeof response === 'object' && 'state' in response
}

/** Keeps the state a successful invocation returned; a final invocation closes the window. */
export function carryState(lane: LaneState, response: unknown, final: boolean): void {
  if (lane.window === undefined) return
  if (final) {
    lane.window = undefined
    return
  }
  const state = (response as { state: unknown }).state
  lane.window.state = state
  if (utf8Length(JSON.stringify(state ?? null)) > MAX_STATE_BYTES)
    lane.window.terminatedEarly = true
}
