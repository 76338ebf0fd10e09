/**
 * Small answers the playground asks for while a run goes on, so it never rebuilds the whole report for
 * them: the mapping as the engine runs it now, one invocation, the destinations delivered since a point.
 */
import type { MappingStateName } from '../model/events'
import type { ReportDestination, ReportInvocation } from '../model/report'
import { getEventSourceMapping, invocationReport } from '../report'
import type { World } from '../world'

/** The mapping the engine is running now (docs/semantics.md D13). */
export interface MappingInEffect {
  readonly state: MappingStateName | 'NotCreated'
  /** GetEventSourceMapping now: the settings batches are formed with, not those of an update in transition. */
  readonly description: Record<string, unknown>
  /**
   * What the update in transition will change when it ends, by GetEventSourceMapping field: the new
   * values. Empty when no update is pending.
   */
  readonly pending: Record<string, unknown>
  /** AWS's error when CreateEventSourceMapping was refused (docs/semantics.md D17); absent otherwise. */
  readonly createError?: string
}

export function mappingInEffect(world: World): MappingInEffect {
  const { mapping } = world
  const description = getEventSourceMapping(world)
  const pending: Record<string, unknown> = {}
  if (mapping.pendingSettings !== undefined) {
    const after = getEventSourceMapping(world, { ...mapping.settings, ...mapping.pendingSettings })
    for (const [field, value] of Object.entries(after))
      if (JSON.stringify(value) !== JSON.stringify(description[field])) pending[field] = value
  }
  const refused = mapping.createError === undefined ? {} : { createError: mapping.createError }
  return { state: mapping.state, description, pending, ...refused }
}

/** One invocation as the report holds it; `running` until it completes. Ids count from 1 in start order. */
export interface InvocationQuery {
  readonly running: boolean
  readonly invocation: ReportInvocation
}

export function invocationById(world: World, invocationId: number): InvocationQuery | undefined {
  const invocation = world.invocations[invocationId - 1]
  if (invocation === undefined) return undefined
  return {
    running: world.inflight.has(invocationId),
    invocation: invocationReport(world, invocation),
  }
}

/** Failure records delivered from `fromIndex` on (the `destinationIndex` of `destinationDelivered` events). */
export function destinationsSince(world: World, fromIndex: number): readonly ReportDestination[] {
  return world.destinations.slice(Math.max(0, fromIndex))
}
