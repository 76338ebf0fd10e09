import { virtualMs } from './clock'
import { createEventQueue } from './eventQueue'
import { createRng } from './rng'
import { createTable } from './table'
import { arnsOf } from './arns'
import type { NormalizedScenario } from './model/scenario'
import { createMetrics } from './metrics'
import { createFunctionState } from './lambda/functionUpdate'
import { createEnvironmentPool } from './lambda/environments'
import { compileMappingFilter } from './esm/filtering'
import type { Task, World } from './world'
import { RecordStore } from './stream/recordStore'
import { EventIdDraws, SequenceDraws } from './stream/recordDraws'
import { WriteLog } from './stream/writeLog'
import { Journal } from './journal'
import { itemsOfSeries } from './scenario/writeSchedule'

/** Builds the initial state of a run. Every id comes from the scenario's seed (docs/semantics.md D11). */
export function createWorld(scenario: NormalizedScenario): World {
  const { seed, table, fn, clockStartMs } = scenario
  const rng = (stream: string) => createRng(seed, stream)
  const shardRng = rng('shardId')
  const sequenceRng = rng('sequence')
  const shards = Array.from({ length: table.shards }, (_, index) => ({
    index,
    shardId: `shardId-${String(clockStartMs).padStart(20, '0')}-${shardRng.hex(8)}`,
    lanes: [],
    checkpointPos: 0,
    draining: 0,
  }))
  const firstSequence =
    10n ** 20n * BigInt(sequenceRng.int(1, 9)) + BigInt(sequenceRng.int(0, 2 ** 30)) * 1000n
  const arns = arnsOf(scenario)
  const itemOfWrite = itemsOfSeries(scenario.writes)
  const records = new RecordStore(
    {
      region: scenario.region,
      streamArn: arns.streamArn,
      clockStartMs,
      keySchema: table.keySchema,
      streamViewType: table.streamViewType,
      shards: table.shards,
      itemOfWrite,
      // Each record's draws are made again from these states when read: the store keeps none (issue 13).
      eventIds: new EventIdDraws(rng('eventId').state()),
      sequence: new SequenceDraws(sequenceRng.state()),
    },
    firstSequence,
  )
  const writes = new WriteLog(records)
  const world: World = {
    scenario,
    ...arns,
    esmUuid: rng('esm').uuid(),
    table: createTable(
      {
        keySchema: table.keySchema,
        ttlAttribute: table.ttlAttribute,
        itemOfWrite,
        expectedItems: table.items.length + scenario.writes.length,
      },
      table.items,
    ),
    records,
    shards,
    mapping: {
      state: 'NotCreated',
      settings: scenario.mapping.settings,
      startingPosition: scenario.mapping.startingPosition,
      creations: 0,
      pendingSettings: undefined,
      pendingEnabled: undefined,
      transitionGeneration: 0,
      deferred: [],
      lastModifiedMs: scenario.mappingCreatedAtMs,
      lastProcessingResult: 'No records processed',
      polling: false,
    },
    reservedConcurrency: fn.reservedConcurrency,
    role: scenario.executionRole ?? { removed: [] },
    fn: createFunctionState(fn),
    envs: createEnvironmentPool(),
    inflight: new Map(),
    invocations: [],
    throttles: [],
    destinations: [],
    writes,
    metrics: createMetrics(() => world.mapping.settings.eventCountMetrics && world.mapping.polling),
    journal: new Journal(records, writes),
    queue: createEventQueue<Task>(),
    rng: {
      requestId: rng('requestId'),
      destination: rng('destination'),
      environment: rng('environment'),
    },
    effects: [],
    nextInvocationId: 1,
    nextGeneration: 1,
    filter: compileMappingFilter(scenario.mapping.settings),
    ttlSweepAtMs: undefined,
    nowMs: virtualMs(0),
  }
  return world
}
