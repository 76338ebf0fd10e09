import { toEpochMs, virtualMs } from './clock'
import type { ReportRecord, RunReport, StreamedRunReport } from './model/report'
import type { MappingSettings } from './model/scenario'
import { isTrimmed } from './esm/retryPolicy'
import type { World } from './world'

/** The run report (docs/scenario-format.md §4). */
export function buildReport(world: World): RunReport {
  return { ...buildStreamedReport(world), records: world.records.map(reportRecordOf(world)) }
}

/**
 * The run report with its records made one at a time as they are read, in the same key order: the headless
 * runner streams it to a file without holding a second copy of every record (issue 13).
 */
export function buildStreamedReport(world: World): StreamedRunReport {
  const { scenario } = world
  const endMs = virtualMs(scenario.durationMs)
  const toReportRecord = reportRecordOf(world)
  return {
    format: 'dynamodb-lambda-playground/report',
    version: 2,
    scenario: scenario.name,
    endMs,
    streamArn: world.streamArn,
    records: {
      *[Symbol.iterator]() {
        for (const record of world.records) yield toReportRecord(record)
      },
    },
    invocations: world.invocations,
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

function reportRecordOf(world: World): (record: World['records'][number]) => ReportRecord {
  const endMs = virtualMs(world.scenario.durationMs)
  return (record) => ({
    index: record.index,
    shardId: world.shards[record.shard].shardId,
    sequenceNumber: record.delivered.dynamodb.SequenceNumber,
    eventName: record.eventName,
    createdAtMs: record.createdAtMs,
    keys: record.delivered.dynamodb.Keys,
    sizeBytes: record.sizeBytes,
    // A record nobody read before its 24 hours ran out was trimmed from the stream.
    fate:
      record.fate === 'pending' && isTrimmed(record, virtualMs(Math.max(endMs, world.nowMs)))
        ? 'expired'
        : record.fate,
  })
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
