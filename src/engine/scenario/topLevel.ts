/**
 * validateScenario: checks a whole scenario file (docs/scenario-format.md §1) and turns it into the
 * NormalizedScenario the engine reads. Every problem is reported with its JSON path; nothing throws.
 */
import { epochMsOf, virtualMs } from '../clock'
import { boundText } from '../../lib/boundText'
import type { NormalizedScenario } from '../model/scenario'
import { validateActions } from './actions'
import { validateFunction } from './fn'
import { createMapping } from './mapping'
import { checkRole } from './role'
import { createCollector, describe, isRecord, type Report } from './messages'
import { findTooDeep, MAX_JSON_DEPTH } from './nesting'
import { streamArnOf } from './streamArn'
import { validateTable } from './table'
import type { MappingContext, ScenarioError } from './types'
import { validateWrites } from './writes'

const DEFAULT_REGION_TEXT = 'us-east-1'
const DEFAULT_ACCOUNT_TEXT = '123456789012'

export const SCENARIO_FORMAT = 'dynamodb-lambda-playground/scenario'
export const TOP_KEYS = [
  'format',
  'version',
  'name',
  'description',
  'seed',
  'clock',
  'region',
  'accountId',
  'durationSeconds',
  'table',
  'writes',
  'function',
  'mapping',
  'mappingCreatedAtMs',
  'actions',
  'executionRole',
]
export const DEFAULT_CLOCK_START = '2026-01-01T00:00:00.000Z'
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/
export const ACCOUNT_PATTERN = /^\d{12}$/
/** The top level's own integers, with their default and lowest value. */
export const TOP_INTEGERS = {
  seed: { default: 1, min: 0 },
  durationSeconds: { default: 300, min: 1 },
  mappingCreatedAtMs: { default: 0, min: 0 },
} as const
export const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/

export type ScenarioResult =
  { ok: true; scenario: NormalizedScenario } | { ok: false; errors: ScenarioError[] }

export function validateScenario(input: unknown): ScenarioResult {
  const { errors, report } = createCollector()
  // Checked first and alone: every checker below recurses into the values it reads.
  const tooDeep = findTooDeep(input)
  if (tooDeep !== undefined) {
    report(tooDeep, `The scenario is nested more than ${MAX_JSON_DEPTH} levels deep here`)
    return { ok: false, errors }
  }
  try {
    const scenario = check(input, report)
    if (scenario && errors.length === 0) return { ok: true, scenario }
  } catch (error) {
    // A bug in a checker must still come back as an error, never as an exception.
    report('', `Internal error while validating the scenario: ${String(error)}`)
  }
  if (errors.length === 0) report('', 'The scenario is invalid')
  return { ok: false, errors }
}

function check(input: unknown, report: Report): NormalizedScenario | undefined {
  if (!isRecord(input)) {
    report('', `A scenario must be a JSON object, got ${describe(input)}`)
    return undefined
  }
  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.includes(key)) {
      report(
        key,
        `Unknown key "${boundText(key)}" in the scenario, must be one of: ${TOP_KEYS.join(', ')}`,
      )
    }
  }
  if (input.format !== SCENARIO_FORMAT) {
    report('format', `format must be "${SCENARIO_FORMAT}", got ${describe(input.format)}`)
  }
  if (input.version !== 1) report('version', `version must be 1, got ${describe(input.version)}`)
  const name = text(input, 'name', report)
  const description = text(input, 'description', report)
  const seed = integer(input, 'seed', report)
  const clockStartMs = checkClock(input.clock, report)
  const region = input.region ?? DEFAULT_REGION_TEXT
  if (typeof region !== 'string' || !REGION_PATTERN.test(region)) {
    report('region', `region must be an AWS region name like "us-east-1", got ${describe(region)}`)
  }
  const accountId = input.accountId ?? DEFAULT_ACCOUNT_TEXT
  if (typeof accountId !== 'string' || !ACCOUNT_PATTERN.test(accountId)) {
    report('accountId', `accountId must be a string of 12 digits, got ${describe(accountId)}`)
  }
  const durationSeconds = integer(input, 'durationSeconds', report)
  const mappingCreatedAtMs = integer(input, 'mappingCreatedAtMs', report)
  if (mappingCreatedAtMs >= durationSeconds * 1000) {
    report(
      'mappingCreatedAtMs',
      `mappingCreatedAtMs (${mappingCreatedAtMs}) must be less than durationSeconds × 1000 (${durationSeconds * 1000})`,
    )
  }

  const tableResult = validateTable(input.table, report)
  const fn = validateFunction(input.function, report)
  const streamArn = streamArnOf({
    region: typeof region === 'string' ? region : DEFAULT_REGION_TEXT,
    accountId: typeof accountId === 'string' ? accountId : DEFAULT_ACCOUNT_TEXT,
    clockStartMs: clockStartMs ?? Date.parse(DEFAULT_CLOCK_START),
    table: { tableName: tableResult.tableName ?? '' },
  })
  const ctx: MappingContext = {
    streamArn,
    region: typeof region === 'string' ? region : DEFAULT_REGION_TEXT,
    accountId: typeof accountId === 'string' ? accountId : DEFAULT_ACCOUNT_TEXT,
    functionName: fn?.functionName,
  }
  const target = { tableName: tableResult.tableName, keySchema: tableResult.table?.keySchema }
  const writes = validateWrites(input.writes, target, report)
  let mapping
  if (input.mapping === undefined) {
    report('mapping', 'The scenario needs a "mapping" section (at least StartingPosition)')
  } else {
    mapping = createMapping(input.mapping, ctx, 'mapping', report)
    if (
      input.table !== undefined &&
      !tableResult.streamEnabled &&
      tableResult.tableName !== undefined
    ) {
      // Without an enabled stream there is nothing to map: Lambda's answer for a missing stream.
      report('mapping', `InvalidParameterValueException: Stream not found: ${streamArn}`)
    }
  }
  const actions = validateActions(input.actions, ctx, report)
  const executionRole =
    input.executionRole === undefined
      ? undefined
      : checkRole(input.executionRole, 'executionRole', report)
  if (!tableResult.table || !fn || !mapping || clockStartMs === undefined) return undefined
  return {
    name,
    description,
    seed,
    clockStartMs: epochMsOf(clockStartMs),
    region: region as string,
    accountId: accountId as string,
    durationMs: durationSeconds * 1000,
    table: tableResult.table,
    writes,
    fn,
    mapping,
    mappingCreatedAtMs: virtualMs(mappingCreatedAtMs),
    actions,
    // Only a file that names a role carries one: every other scenario stays as it was (docs/semantics.md D17).
    ...(executionRole === undefined ? {} : { executionRole }),
  }
}

function text(input: Record<string, unknown>, key: string, report: Report): string {
  const value = input[key] ?? ''
  if (typeof value === 'string') return value
  report(key, `${key} must be a string, got ${describe(value)}`)
  return ''
}

function integer(
  input: Record<string, unknown>,
  key: keyof typeof TOP_INTEGERS,
  report: Report,
): number {
  const { default: fallback, min } = TOP_INTEGERS[key]
  const value = input[key]
  if (value === undefined) return fallback
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value
  report(key, `${key} must be an integer >= ${min}, got ${describe(value)}`)
  return fallback
}

/** `clock.start`: an ISO-8601 UTC instant, e.g. 2026-01-01T00:00:00.000Z. */
function checkClock(value: unknown, report: Report): number | undefined {
  if (value === undefined) return Date.parse(DEFAULT_CLOCK_START)
  if (!isRecord(value)) {
    report(
      'clock',
      `clock must be an object like { "start": "${DEFAULT_CLOCK_START}" }, got ${describe(value)}`,
    )
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (key !== 'start')
      report(`clock.${key}`, `Unknown key "${boundText(key)}" in clock, must be one of: start`)
  }
  const start = value.start ?? DEFAULT_CLOCK_START
  const match = typeof start === 'string' ? ISO_UTC.exec(start) : null
  const ms = match ? Date.parse(start as string) : NaN
  // Date.parse rolls some impossible dates over (Feb 30); reading the fields back catches them.
  const exact =
    !isNaN(ms) &&
    match &&
    new Date(ms).toISOString().slice(0, 19) === (start as string).slice(0, 19)
  if (!exact) {
    report(
      'clock.start',
      `clock.start must be an ISO-8601 UTC instant like "${DEFAULT_CLOCK_START}", got ${describe(start)}`,
    )
    return undefined
  }
  return ms
}
