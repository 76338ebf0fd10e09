import { laterBy } from '../clock'
import { Phase } from '../eventQueue'
import type { MappingStateName } from '../model/events'
import type { MappingConfig, ScheduledAction } from '../model/scenario'
import { createRng } from '../rng'
import { emit, type LaneState, type World } from '../world'
import { settleRecords } from './checkpoint'
import { createLane } from './lanes'
import { schedulePoll } from './schedulePoll'
import { compileMappingFilter } from './filtering'
import { startFunctionUpdate } from '../lambda/functionUpdate'
import { changeRole, createRefusal } from '../role/roleRules'

/** Transitional states last 1 s of virtual time (docs/semantics.md D13, our model). */
export const TRANSITION_MS = 1000

function setState(world: World, state: MappingStateName | 'NotCreated'): void {
  world.mapping.state = state
  emit(
    world,
    state === 'NotCreated'
      ? { type: 'mappingDeleted', atMs: world.nowMs }
      : { type: 'mappingState', atMs: world.nowMs, state },
  )
}

function startTransition(world: World, state: MappingStateName): void {
  setState(world, state)
  world.mapping.lastModifiedMs = world.nowMs
  world.mapping.transitionGeneration++
  world.queue.push(laterBy(world.nowMs, TRANSITION_MS), Phase.control, {
    kind: 'transitionEnd',
    generation: world.mapping.transitionGeneration,
  })
}

/**
 * CreateEventSourceMapping: the starting position is fixed at the request (LATEST = the stream's tip at that
 * millisecond, so writes of the same millisecond are read); polling starts when `Creating` ends (D13). A mapping
 * created again after a delete starts at TRIM_HORIZON from the oldest record no earlier mapping settled (D16).
 */
export function createMapping(world: World, config: MappingConfig = world.scenario.mapping): void {
  // AWS checks the execution role first and refuses the create: the mapping never exists (docs/semantics.md D17).
  const refusal = createRefusal(world, config.settings.onFailure?.kind)
  if (refusal !== undefined) {
    world.mapping.createError = refusal.message
    emit(world, {
      type: 'permissionDenied',
      atMs: world.nowMs,
      step: 'create',
      recordIndexes: [],
      ...refusal,
    })
    return
  }
  const mapping = world.mapping
  if (mapping.creations > 0)
    world.esmUuid = createRng(world.scenario.seed, `esm#${mapping.creations}`).uuid()
  mapping.creations++
  mapping.lastProcessingResult = 'No records processed'
  mapping.startingPosition = config.startingPosition
  mapping.settings = config.settings
  world.filter = compileMappingFilter(config.settings)
  const latest = config.startingPosition === 'LATEST'
  const { records } = world
  for (const shard of world.shards) {
    const pos = latest ? records.shardLength(shard.index) : shard.checkpointPos
    if (latest) {
      const unread: number[] = []
      for (let at = shard.checkpointPos; at < pos; at++) {
        const index = records.shardRecord(shard.index, at)
        if (records.isPending(index)) unread.push(index)
      }
      settleRecords(world, shard.index, unread, 'skipped', 'stream.startingPosition')
    }
    // Lanes of a deleted mapping still running an invocation finish first (as after a ParallelizationFactor change).
    shard.draining += shard.lanes.filter((lane) => lane.inflightId !== undefined).length
    shard.lanes = makeLanes(world, shard.index, pos)
  }
  mapping.pendingEnabled = config.enabled
  startTransition(world, 'Creating')
}

/** DeleteEventSourceMapping: polling stops at once, as when disabling; `Deleting` lasts 1 s (D16). */
export function deleteMapping(world: World): void {
  const mapping = world.mapping
  mapping.polling = false
  mapping.pendingSettings = undefined
  mapping.pendingEnabled = undefined
  mapping.deferred = []
  for (const shard of world.shards)
    for (const lane of shard.lanes) resetLane(world, lane, shard.checkpointPos)
  startTransition(world, 'Deleting')
}

/** Whether the mapping is in a transitional state: AWS refuses an update or a delete then (D16). */
export function inTransition(world: World): boolean {
  const { state } = world.mapping
  return state !== 'Enabled' && state !== 'Disabled' && state !== 'NotCreated'
}

function makeLanes(world: World, shard: number, pos: number) {
  const count = world.mapping.settings.parallelizationFactor
  return Array.from({ length: count }, (_, lane) => createLane(world, shard, lane, pos))
}

export function applyAction(world: World, action: ScheduledAction): void {
  if (action.kind === 'CreateEventSourceMapping' || action.kind === 'DeleteEventSourceMapping') {
    applyLifecycleAction(world, action)
    return
  }
  if (action.kind === 'PutFunctionConcurrency') {
    world.reservedConcurrency = action.reservedConcurrency
    return
  }
  if (action.kind === 'UpdateExecutionRole') {
    // Inputs made during the run carry the path 'input' (simulation.ts).
    changeRole(world, action.removed, action.path === 'input')
    return
  }
  if (action.kind === 'UpdateFunctionCode' || action.kind === 'UpdateFunctionConfiguration') {
    startFunctionUpdate(world, action.change)
    return
  }
  const mapping = world.mapping
  if (mapping.state !== 'Enabled' && mapping.state !== 'Disabled') {
    // An update during a transition waits for it to end (our choice; AWS answers ResourceInUseException).
    mapping.deferred.push(action)
    return
  }
  mapping.pendingSettings = action.settings
  mapping.pendingEnabled = action.enabled ?? mapping.state === 'Enabled'
  if (mapping.state === 'Enabled' && action.enabled === false) {
    // Disabling stops polling at once; an invocation in flight completes and is checkpointed (D13, A9.4).
    mapping.polling = false
    for (const shard of world.shards)
      for (const lane of shard.lanes) resetLane(world, lane, shard.checkpointPos)
    startTransition(world, 'Disabling')
  } else if (mapping.state === 'Disabled' && action.enabled === true) {
    startTransition(world, 'Enabling')
  } else {
    startTransition(world, 'Updating')
  }
}

/**
 * A file's create or delete (what the console recorded): during a transition it waits, like an update; one that
 * AWS would refuse (a create while a mapping exists, a delete with none) does nothing (docs/semantics.md D16).
 */
function applyLifecycleAction(
  world: World,
  action: Extract<
    ScheduledAction,
    { kind: 'CreateEventSourceMapping' | 'DeleteEventSourceMapping' }
  >,
): void {
  const mapping = world.mapping
  if (inTransition(world)) {
    mapping.deferred.push(action)
    return
  }
  const exists = mapping.state !== 'NotCreated'
  if (action.kind === 'CreateEventSourceMapping' && !exists) createMapping(world, action.config)
  else if (action.kind === 'DeleteEventSourceMapping' && exists) deleteMapping(world)
}

export function onTransitionEnd(world: World, generation: number): void {
  const mapping = world.mapping
  if (generation !== mapping.transitionGeneration) return
  if (mapping.state === 'Deleting') {
    setState(world, 'NotCreated')
    const deferred = mapping.deferred.shift()
    if (deferred !== undefined) applyAction(world, deferred)
    return
  }
  const lanesChange =
    mapping.pendingSettings?.parallelizationFactor !== undefined &&
    mapping.pendingSettings.parallelizationFactor !== mapping.settings.parallelizationFactor
  mapping.settings = { ...mapping.settings, ...mapping.pendingSettings }
  mapping.pendingSettings = undefined
  world.filter = compileMappingFilter(mapping.settings)
  const enabled = mapping.pendingEnabled ?? true
  mapping.pendingEnabled = undefined
  setState(world, enabled ? 'Enabled' : 'Disabled')
  if (enabled && (!mapping.polling || lanesChange)) startPolling(world, lanesChange)
  else if (enabled) sendFullBatches(world)
  const deferred = mapping.deferred.shift()
  if (deferred !== undefined) applyAction(world, deferred)
}

/** Polling resumes at the checkpoint: nothing is lost or read twice (A9.4, C10). */
function startPolling(world: World, rebuildLanes: boolean): void {
  world.mapping.polling = true
  for (const shard of world.shards) {
    if (rebuildLanes) {
      // New lanes wait until the old lanes' invocations finish, so no record is in two batches at once.
      shard.draining += shard.lanes.filter((lane) => lane.inflightId !== undefined).length
      shard.lanes = makeLanes(world, shard.index, shard.checkpointPos)
    }
    if (shard.draining === 0) pollShard(world, shard.index)
  }
}

/**
 * A batch still gathering that the new BatchSize makes full goes out now, capped by it, instead of waiting
 * for its window to close (docs/semantics.md D13, our choice).
 */
function sendFullBatches(world: World): void {
  const { batchSize } = world.mapping.settings
  for (const shard of world.shards)
    for (const lane of shard.lanes)
      if (lane.status === 'batching' && lane.buffer.length >= batchSize)
        schedulePoll(world, lane, world.nowMs)
}

/** Resets every idle lane of the shard to its checkpoint and polls it now. */
export function pollShard(world: World, shard: number): void {
  const state = world.shards[shard]
  for (const lane of state.lanes) {
    if (lane.status === 'inflight') continue
    resetLane(world, lane, state.checkpointPos)
    schedulePoll(world, lane, world.nowMs)
  }
}

function resetLane(world: World, lane: LaneState, pos: number): void {
  lane.generation = world.nextGeneration++
  lane.pollScheduledAtMs = undefined
  lane.buffer = []
  lane.bufferBytes = 0
  lane.bufferExact = false
  lane.windowCloseAtMs = undefined
  lane.queue = []
  lane.pos = pos
  if (lane.status !== 'inflight') lane.status = 'idle'
}
