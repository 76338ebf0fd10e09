/**
 * Event source mapping settings, in CreateEventSourceMapping / UpdateEventSourceMapping shapes, with Lambda's
 * ranges and messages (docs/semantics.md A3, A4.1, A9.3, A12). Seconds become milliseconds here.
 */
import type { MappingConfig, MappingSettings } from '../model/scenario'
import { checkDestinationConfig, checkFilterCriteria } from './criteria'
import { DEFAULT_SETTINGS } from './defaults'
import { checkInteger } from './fn'
import { checkMetrics, checkResponseTypes } from './mappingLists'
import {
  checkStructure,
  constraint,
  enumRule,
  hasKind,
  invalidType,
  joinPath,
  type Report,
} from './messages'
import {
  MAPPING_PARAMETERS,
  mappingParameter,
  STARTING_POSITIONS,
  toEngineValue,
} from './parameters'
import type { MappingContext } from './types'

const IPVE = 'InvalidParameterValueException'
const VE = 'ValidationException'

/** CreateEventSourceMappingRequest members we model, in the API model's order (botocore lists them so). */
export const CREATE_KEYS = [
  'EventSourceArn',
  'FunctionName',
  'Enabled',
  'BatchSize',
  'FilterCriteria',
  'MaximumBatchingWindowInSeconds',
  'ParallelizationFactor',
  'StartingPosition',
  'StartingPositionTimestamp',
  'DestinationConfig',
  'MaximumRecordAgeInSeconds',
  'BisectBatchOnFunctionError',
  'MaximumRetryAttempts',
  'TumblingWindowInSeconds',
  'FunctionResponseTypes',
  'MetricsConfig',
]
/** UpdateEventSourceMappingRequest members we model (no StartingPosition, no EventSourceArn: not updatable). */
export const UPDATE_KEYS = [
  'FunctionName',
  'Enabled',
  'BatchSize',
  'FilterCriteria',
  'MaximumBatchingWindowInSeconds',
  'DestinationConfig',
  'MaximumRecordAgeInSeconds',
  'BisectBatchOnFunctionError',
  'MaximumRetryAttempts',
  'ParallelizationFactor',
  'TumblingWindowInSeconds',
  'FunctionResponseTypes',
  'MetricsConfig',
]

export interface MappingFields {
  readonly settings: Partial<MappingSettings>
  readonly enabled: boolean | undefined
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST' | undefined
}

/**
 * Checks the fields present in `input`. In 'update' mode only the named settings come back: a key set to
 * `undefined` (e.g. `onFailure`) means the action removes that setting.
 */
export function checkMappingFields(
  input: unknown,
  ctx: MappingContext,
  prefix: string,
  mode: 'create' | 'update',
  report: Report,
): MappingFields | undefined {
  let failed = false
  const fail: Report = (path, message) => {
    failed = true
    report(path, message)
  }
  const keys = mode === 'create' ? CREATE_KEYS : UPDATE_KEYS
  if (!checkStructure(input, prefix, 'input', keys, fail)) return undefined
  if (Object.keys(input).some((k) => !keys.includes(k))) failed = true
  const at = (key: string) => joinPath(prefix, key)
  const has = (key: string) => input[key] !== undefined
  const settings: { -readonly [K in keyof MappingSettings]?: MappingSettings[K] } = {}
  // Every integer setting is read the same way, from the parameter table (ranges, messages, units).
  // BatchSize > 10 with no batching window is accepted for DynamoDB (observed; decision C6).
  for (const p of MAPPING_PARAMETERS) {
    if (p.type !== 'integer' || !has(p.name)) continue
    const value = checkInteger(p, input[p.name], at(p.name), fail)
    if (typeof value === 'number') settings[p.key] = toEngineValue(p, value)
  }
  if (has('BisectBatchOnFunctionError')) {
    settings.bisectBatchOnFunctionError = bool(input, 'BisectBatchOnFunctionError', prefix, fail)
  }
  const enabled = has('Enabled') ? bool(input, 'Enabled', prefix, fail) : undefined
  if (has('FunctionResponseTypes')) {
    settings.reportBatchItemFailures = checkResponseTypes(
      input.FunctionResponseTypes,
      at('FunctionResponseTypes'),
      fail,
    )
  }
  if (has('FilterCriteria')) {
    settings.filterPatterns =
      checkFilterCriteria(input.FilterCriteria, at('FilterCriteria'), fail) ?? []
  }
  if (has('DestinationConfig')) {
    settings.onFailure = checkDestinationConfig(
      input.DestinationConfig,
      at('DestinationConfig'),
      fail,
    )?.onFailure
  }
  if (has('MetricsConfig')) {
    settings.eventCountMetrics = checkMetrics(input.MetricsConfig, at('MetricsConfig'), fail)
  }
  checkFunctionName(input.FunctionName, ctx, at('FunctionName'), fail)
  if (has('EventSourceArn')) {
    const arn = input.EventSourceArn
    if (typeof arn !== 'string')
      fail(at('EventSourceArn'), invalidType('EventSourceArn', arn, 'str'))
    else if (arn !== ctx.streamArn) fail(at('EventSourceArn'), `${IPVE}: Stream not found: ${arn}`)
  }
  const startingPosition =
    mode === 'create' ? checkStartingPosition(input, ctx, prefix, fail) : undefined
  if (failed) return undefined
  return { settings, enabled, startingPosition }
}

/** A whole CreateEventSourceMapping request: defaults filled in for what it leaves out. */
export function createMapping(
  input: unknown,
  ctx: MappingContext,
  prefix: string,
  report: Report,
): MappingConfig | undefined {
  const fields = checkMappingFields(input, ctx, prefix, 'create', report)
  if (!fields || !fields.startingPosition) return undefined
  return {
    startingPosition: fields.startingPosition,
    enabled: fields.enabled ?? mappingParameter('Enabled').default,
    settings: { ...DEFAULT_SETTINGS, ...fields.settings },
  }
}

function bool(
  input: Record<string, unknown>,
  key: string,
  prefix: string,
  report: Report,
): boolean {
  const value = input[key]
  if (typeof value === 'boolean') return value
  report(joinPath(prefix, key), invalidType(key, value, 'bool'))
  return false
}

function checkStartingPosition(
  input: Record<string, unknown>,
  ctx: MappingContext,
  prefix: string,
  report: Report,
): 'TRIM_HORIZON' | 'LATEST' | undefined {
  const path = joinPath(prefix, 'StartingPosition')
  const value = input.StartingPosition
  const stamp = input.StartingPositionTimestamp
  if (stamp !== undefined && !hasKind(stamp, 'timestamp')) {
    report(
      joinPath(prefix, 'StartingPositionTimestamp'),
      invalidType('StartingPositionTimestamp', stamp, 'timestamp'),
    )
  }
  if (value === undefined) {
    // Observed on AWS: this one comes back as InvalidParameterValueException, not ValidationException.
    report(path, constraint(IPVE, null, 'startingPosition', 'Member must not be null.'))
    return undefined
  }
  if (typeof value !== 'string') {
    report(path, invalidType('StartingPosition', value, 'str'))
    return undefined
  }
  if (!(STARTING_POSITIONS as readonly string[]).includes(value)) {
    report(path, constraint(VE, value, 'startingPosition', enumRule(STARTING_POSITIONS)))
    return undefined
  }
  if (value === 'AT_TIMESTAMP') {
    report(path, `${IPVE}: Unsupported starting position for arn type: ${ctx.streamArn}`)
    return undefined
  }
  if (stamp !== undefined && hasKind(stamp, 'timestamp')) {
    const { exception, text } = mappingParameter('StartingPositionTimestamp').refused
    report(joinPath(prefix, 'StartingPositionTimestamp'), `${exception}: ${text}`)
    return undefined
  }
  return value as 'TRIM_HORIZON' | 'LATEST'
}

function checkFunctionName(
  value: unknown,
  ctx: MappingContext,
  path: string,
  report: Report,
): void {
  if (value === undefined) return
  if (typeof value !== 'string') {
    report(path, invalidType('FunctionName', value, 'str'))
    return
  }
  if (ctx.functionName === undefined) return
  const arn = `arn:aws:lambda:${ctx.region}:${ctx.accountId}:function:${ctx.functionName}`
  const names = [ctx.functionName, arn, `${arn}:$LATEST`, `${ctx.functionName}:$LATEST`]
  if (!names.includes(value)) report(path, 'ResourceNotFoundException: Function does not exist')
}
