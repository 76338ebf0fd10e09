/**
 * The engine's public door: a pure, synchronous, deterministic simulation of AWS Lambda reading a DynamoDB
 * stream. Nothing outside src/engine imports anything else from it.
 */
export { createSimulation, restoreSimulation } from './simulation'
// Virtual ms since the run began vs epoch ms on the calendar: branded so that they cannot be mixed.
export { virtualMs, epochMsOf, DAY_MS } from './clock'
export { EVENT_COUNT_METRICS } from './metrics'
export type { VirtualMs, EpochMs } from './clock'
export type { Simulation, StepResult, SimInput, RecordView, SavedSimulation } from './simulation'
// The event source mapping API the playground's console calls (docs/semantics.md D16).
export { MAPPING_OPERATIONS } from './esm/mappingApi'
export type { MappingApiCall, MappingApiAnswer, MappingOperation } from './esm/mappingApi'
export { validateScenario, scenarioJsonSchema } from './scenario'
export type { ScenarioError } from './scenario'
export { SCENARIO_FORMAT } from './scenario'
export type {
  NormalizedScenario,
  MappingSettings,
  MappingConfig,
  FunctionChange,
} from './model/scenario'
export type {
  SimEvent,
  RuleId,
  MappingStateName,
  FunctionSetting,
  BatchReason,
} from './model/events'
export type {
  RunReport,
  StreamedRunReport,
  ReportInvocation,
  ReportDestination,
  ReportRecord,
  MetricName,
  MetricPoint,
  MetricSeries,
} from './model/report'
export type {
  InvokeRequest,
  InvocationOutcome,
  HandlerError,
  HandlerExecutor,
} from './lambda/invocation'
export { isEnvironmentLost } from './lambda/invocation'
export { MAX_RESPONSE_BYTES, RESPONSE_TOO_LARGE_MESSAGE } from './lambda/responseLimit'
export type { RecordFate } from './stream/records'
export { RECORD_FATES } from './stream/records'
export { compareSequenceNumbers } from './stream/records'
export { explainRecord } from './query/explainRecord'
export type { RecordHistory, RecordStep } from './query/explainRecord'
export type { InvocationQuery, MappingInEffect } from './query/inEffect'
export { DOC_RULES, SEMANTICS_DOC } from './rules'
// The engine's memory estimate and the budget a browser run keeps within (docs/semantics.md D18).
export {
  estimateFromCounts,
  estimateSavedBytes,
  discardSavedJournalBefore,
  memoryLevel,
  BYTES_PER,
  MEMORY_BUDGET_BYTES,
  KEEP_HISTORY_MS,
  WARNING_SHARE,
} from './memory'
export type { EngineMemory, MemoryLevel } from './memory'
export type { DocRule, DocRuleId, Firmness } from './rules'
export type { SimSnapshot, ShardSnapshot, LaneSnapshot, EnvironmentSnapshot } from './snapshot'
// Pure helpers for the playground (the store's inline validation, filter lab and Test button).
export { validateMapping, MAPPING_DEFAULTS, streamArnOf } from './scenario'
export type { MappingContext } from './scenario'
// The parameter table: AWS names, defaults, ranges, units, live or not, AWS's messages (settings form, console).
export { PARAMETERS, MAPPING_PARAMETERS, FUNCTION_PARAMETERS, findParameter } from './scenario'
export type { Parameter, ParameterSection, IntegerParameter } from './scenario'
export { buildWrite } from './scenario/writeRequest'
export { attributeOf, setAttribute } from './table'
// The item editor's DynamoDB JSON mode checks each attribute before a write is built.
export { checkAttributeMap } from './table'
export type { WriteOp } from './scenario/writeRequest'
export { explainFilters, lintFilterPattern } from './esm/filterMatch'
export type { FilterVerdict } from './esm/filterMatch'
export type { Item, AttributeValue, KeySchema, WriteRequest, StreamViewType } from './model/dynamo'
export type { InvocationResultKind } from './model/events'
export type { DeliveredRecord } from './stream/records'
export { buildTestInvocation, summarizeTestInvocation } from './lambda/testInvocation'
export type { TestInvocationInput, TestInvocationResult } from './lambda/testInvocation'
// The execution role (docs/semantics.md D17): the actions the mapping and its destination need.
export {
  ROLE_ACTIONS,
  MANAGED_ACTIONS,
  STREAM_ACTIONS,
  LOG_ACTIONS,
  DESTINATION_ACTIONS,
} from './role/permissions'
export type { RoleAction, ExecutionRole } from './role/permissions'
export type { PermissionStep } from './model/events'
