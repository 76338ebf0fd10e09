import { deepCopy } from './deepCopy'
import type { ReportInvocation } from './model/report'
import type { World } from './world'

/**
 * A deep, independent copy of a world: what the timeline's snapshots keep (docs/architecture.md, "Timeline").
 * The plain-data parts go through one deepCopy call, so shared objects stay shared in the copy (an
 * in-flight invocation's lane is a lane of its shard, its report an entry of the invocations list); the
 * closure-backed parts (queue, rngs, table, environments, metrics) copy themselves. Records change only in
 * their fate fields; events, delivered failure records and finished invocations never change: those are shared.
 */
export function cloneWorld(world: World): World {
  const plain = deepCopy({
    shards: world.shards,
    mapping: world.mapping,
    inflight: world.inflight,
    effects: world.effects,
  })
  // A finished invocation's report entry never changes again: only the running ones are copied (a day-long
  // run has thousands of finished ones, and a seek must stay fast).
  const running = new Map<ReportInvocation, ReportInvocation>()
  for (const [id, flight] of world.inflight) {
    const copied = plain.inflight.get(id)
    if (copied !== undefined) running.set(flight.report, copied.report)
  }
  const records = world.records.clone()
  const writes = world.writes.clone(records)
  const copy: World = {
    ...world,
    ...plain,
    invocations: world.invocations.map((entry) => running.get(entry) ?? entry),
    table: world.table.clone(),
    records,
    envs: world.envs.clone(),
    throttles: [...world.throttles],
    destinations: [...world.destinations],
    writes,
    metrics: world.metrics.clone(
      () => copy.mapping.settings.eventCountMetrics && copy.mapping.polling,
    ),
    journal: world.journal.clone(records, writes),
    queue: world.queue.clone(),
    rng: {
      requestId: world.rng.requestId.clone(),
      destination: world.rng.destination.clone(),
      environment: world.rng.environment.clone(),
    },
  }
  return copy
}
