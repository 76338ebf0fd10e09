/**
 * The engine's public door: a pure, synchronous, deterministic simulation of AWS Lambda reading a DynamoDB
 * stream. Nothing outside src/engine imports anything else from it.
 */
export { createSimulation } from './simulation'
export type { Simulation, StepResult, SimInput } from './simulation'
export { validateScenario } from './scenario'
export type { ScenarioError } from './scenario'
export type { NormalizedScenario, MappingSettings, MappingConfig } from './model/scenario'
export type { SimEvent, RuleId, MappingStateName } from './model/events'
export type { RunReport, ReportInvocation, ReportDestination, ReportRecord } from './model/report'
export type {
  InvokeRequest,
  InvocationOutcome,
  HandlerError,
  HandlerExecutor,
} from './lambda/invocation'
export type { RecordFate } from './stream/records'
export { compareSequenceNumbers } from './stream/records'
export { explainRecord } from './query/explainRecord'
export type { RecordHistory, RecordStep } from './query/explainRecord'
export type { SimSnapshot, ShardSnapshot, LaneSnapshot } from './snapshot'
