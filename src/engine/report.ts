import { toEpochMs, virtualMs } from './clock'
import type { ReportInvocation, ReportRecord, RunReport, StreamedRunReport } from './model/report'
import type { MappingSettings } from './model/scenario'
import { isTrimmed } from './esm/retryPolicy'
import { invocationEvent } from './esm/invoke'
import type { World } from './world'

/** The run report (docs/scenario-format.md §4). */
export function buildReport(world: World): RunReport {
  const streamed = buildStreamedReport(world)
  return {
    ...streamed,
    records: [...streamed.records],
    invocations: [...streamed.invocations],
    writes: [...streamed.writes],
  }
}

/**
 * The run report with its records made one at a time as they are read, in the same key order: the headless
 * runner streams it to a file without holding a second copy of every record (issue 13).
 */
export function buildStreamedReport(world: World): StreamedRunReport {
  const { scenario } = world
  const endMs = virtualMs(scenario.durationMs)
  return {
    format: 'dynamodb-lambda-playground/report',
    version: 2,
    scenario: scenario.name,
    endMs,
    streamArn: world.streamArn,
    records: {
      length: world.records.length,
      *[Symbol.iterator]() {
        for (let index = 0; index < world.records.length; index++) yield reportRecord(world, index)
      },
    },
    invocations: {
      length: world.invocations.length,
      *[Symbol.iterator]() {
        for (const invocation of world.invocations) yield invocationReport(world, invocation)
      },
    },
    throttles: world.throttles,
    destinations: world.destinations,
    mapping: getEventSourceMapping(world),
    metrics: world.metrics.series(),
    writes: world.writes,
    ...(world.mapping.createError === undefined
      ? {}
      : { mappingCreateError: world.mapping.createError }),
  }
}

function reportRecord(world: World, index: number): ReportRecord {
  const { records } = world
  const endMs = virtualMs(world.scenario.durationMs)
  const fate = records.fate(index)
  return {
    index,
    shardId: world.shards[records.shard(index)].shardId,
    sequenceNumber: records.sequenceNumber(index),
    eventName: records.eventName(index),
    createdAtMs: records.createdAtMs(index),
    keys: records.keys(index),
    sizeBytes: records.sizeBytes(index),
    // A record nobody read before its 24 hours ran out was trimmed from the stream.
    fate:
      fate === 'pending' && isTrimmed(world, index, virtualMs(Math.max(endMs, world.nowMs)))
        ? 'expired'
        : fate,
  }
}

/** An invocation's report entry with its event (docs/scenario-format.md §4). */
export function invocationReport(world: World, invocation: ReportInvocation): ReportInvocation {
  return invocation.event === undefined
    ? { ...invocation, event: invocationEvent(world, invocation) }
    : invocation
}

/**
 * GetEventSourceMapping as AWS answers it for a DynamoDB stream (docs/semantics.md A9.3, seed page), with the
 * settings in effect, or with `settings` to describe what an update will change.
 */
export function getEventSourceMapping(
  world: World,
  s: MappingSettings = world.mapping.settings,
): Record<string, unknown> {
  const { scenario, mapping } = world
  const arnPrefix = `arn:aws:lambda:${scenario.region}:${scenario.accountId}`
  return {
    UUID: world.esmUuid,
    StartingPosition: mapping.startingPosition,
    BatchSize: s.batchSize,
    MaximumBatchingWindowInSeconds: s.batchWindowMs / 1000,
    ParallelizationFactor: s.parallelizationFactor,
    EventSourceArn: world.streamArn,
    ...(s.filterPatterns.length > 0
      ? { FilterCriteria: { Filters: s.filterPatterns.map((Pattern) => ({ Pattern })) } }
      : {}),
    FunctionArn: world.functionArn,
    LastModified: toEpochMs(scenario.clockStartMs, mapping.lastModifiedMs) / 1000,
    LastProcessingResult: mapping.lastProcessingResult,
    // After a delete the report keeps the deleted mapping as its delete answered it (docs/semantics.md D16).
    State:
      mapping.state !== 'NotCreated'
        ? mapping.state
        : mapping.creations > 0
          ? 'Deleting'
          : 'Creating',
    StateTransitionReason: 'User action',
    DestinationConfig: { OnFailure: s.onFailure ? { Destination: s.onFailure.arn } : {} },
    FunctionResponseTypes: s.reportBatchItemFailures ? ['ReportBatchItemFailures'] : [],
    MaximumRecordAgeInSeconds: s.maximumRecordAgeMs < 0 ? -1 : s.maximumRecordAgeMs / 1000,
    BisectBatchOnFunctionError: s.bisectBatchOnFunctionError,
    MaximumRetryAttempts: s.maximumRetryAttempts,
    TumblingWindowInSeconds: s.tumblingWindowMs / 1000,
    ...(s.eventCountMetrics ? { MetricsConfig: { Metrics: ['EventCount'] } } : {}),
    EventSourceMappingArn: `${arnPrefix}:event-source-mapping:${world.esmUuid}`,
  }
}
