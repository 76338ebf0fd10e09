/**
 * What the execution role changes in a run (docs/semantics.md D17): CreateEventSourceMapping is refused without
 * the stream's or the destination's permissions; a running mapping that loses a stream permission reads nothing
 * more (batches already read still go out) until it gets it back; a failure record the role may not deliver is
 * dropped and counted in DestinationDeliveryFailures.
 */
import { schedulePoll } from '../esm/schedulePoll'
import { emit, type World } from '../world'
import type { RoleAction } from './permissions'
import {
  cannotAccessStream,
  cannotCallDestination,
  missingDestinationActions,
  missingStreamActions,
} from './permissions'

/** What LastProcessingResult says while polls fail (our wording around AWS's sentence: D17). */
export function readProblem(world: World): string {
  return `PROBLEM: ${cannotAccessStream(world.streamArn)}`
}

/**
 * AWS's InvalidParameterValueException for a create the role does not allow, or undefined. The stream is
 * checked first, as the stream's message is the one AWS gives for a role with neither.
 */
export function createRefusal(
  world: World,
  kind = world.mapping.settings.onFailure?.kind,
): { missing: RoleAction[]; message: string } | undefined {
  const { removed } = world.role
  const stream = missingStreamActions(removed)
  if (stream.length > 0)
    return {
      missing: stream,
      message: `InvalidParameterValueException: ${cannotAccessStream(world.streamArn)}`,
    }
  const destination = missingDestinationActions(removed, kind)
  if (kind === undefined || destination.length === 0) return undefined
  return {
    missing: destination,
    message: `InvalidParameterValueException: ${cannotCallDestination(kind, destination[0])}`,
  }
}

/** Whether a poll may read the stream now. */
export function canReadStream(world: World): boolean {
  return missingStreamActions(world.role.removed).length === 0
}

/** A poll failed for want of a stream permission: LastProcessingResult says so, once per outage. */
export function failRead(world: World): void {
  const problem = readProblem(world)
  if (world.mapping.lastProcessingResult === problem) return
  world.mapping.lastProcessingResult = problem
  emit(world, {
    type: 'permissionDenied',
    atMs: world.nowMs,
    step: 'read',
    missing: missingStreamActions(world.role.removed),
    message: problem,
    recordIndexes: [],
  })
}

/** The destination's actions the role lacks now, with AWS's message for the first. */
export function destinationDenial(
  world: World,
): { missing: RoleAction[]; message: string } | undefined {
  const kind = world.mapping.settings.onFailure?.kind
  const missing = missingDestinationActions(world.role.removed, kind)
  if (kind === undefined || missing.length === 0) return undefined
  return { missing, message: cannotCallDestination(kind, missing[0]) }
}

/**
 * The role's policy changed: from now on polls succeed or fail by it. Lost stream access shows in
 * LastProcessingResult at once (AWS polls each shard 4 times a second); regained, every idle lane polls now and
 * reads on from where it stopped, so nothing is lost or read twice.
 */
export function changeRole(world: World, removed: readonly RoleAction[], live: boolean): void {
  const couldRead = canReadStream(world)
  world.role = { removed: [...removed] }
  emit(world, { type: 'roleChanged', atMs: world.nowMs, removed: [...removed], live })
  if (!world.mapping.polling) return
  if (!canReadStream(world)) {
    failRead(world)
    return
  }
  if (couldRead) return
  for (const shard of world.shards) {
    if (shard.draining > 0) continue
    for (const lane of shard.lanes)
      if (lane.status === 'idle' && lane.pollScheduledAtMs === undefined)
        schedulePoll(world, lane, world.nowMs)
  }
}
