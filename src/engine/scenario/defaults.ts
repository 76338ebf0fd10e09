import type { MappingSettings } from '../model/scenario'

/** Defaults as Lambda echoes them on CreateEventSourceMapping for a DynamoDB stream (observed, A9.3). */
export const MAPPING_DEFAULTS = {
  BatchSize: 100,
  BisectBatchOnFunctionError: false,
  DestinationConfig: { OnFailure: {} },
  FunctionResponseTypes: [] as readonly string[],
  MaximumBatchingWindowInSeconds: 0,
  MaximumRecordAgeInSeconds: -1,
  MaximumRetryAttempts: -1,
  ParallelizationFactor: 1,
  TumblingWindowInSeconds: 0,
  /** Not echoed as a field (the response has `State`), but a mapping is created enabled unless told. */
  Enabled: true,
} as const

/** MAPPING_DEFAULTS in engine units. */
export const DEFAULT_SETTINGS: MappingSettings = {
  batchSize: 100,
  batchWindowMs: 0,
  maximumRetryAttempts: -1,
  maximumRecordAgeMs: -1,
  bisectBatchOnFunctionError: false,
  parallelizationFactor: 1,
  reportBatchItemFailures: false,
  tumblingWindowMs: 0,
  filterPatterns: [],
  onFailure: undefined,
  eventCountMetrics: false,
}
