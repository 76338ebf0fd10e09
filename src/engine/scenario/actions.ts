/**
 * The `actions` list: timed changes in AWS API shapes (UpdateEventSourceMapping, PutFunctionConcurrency,
 * UpdateFunctionCode, UpdateFunctionConfiguration) and our UpdateExecutionRole (docs/semantics.md D17),
 * validated like the calls themselves and sorted by (atMs, position in the file).
 */
import { virtualMs } from '../clock'
import { boundText } from '../../lib/boundText'
import type { FunctionChange, ScheduledAction } from '../model/scenario'
import { checkInteger, checkReservedConcurrency, LANGUAGES } from './fn'
import { functionParameter, toEngineValue } from './parameters'
import { checkMappingFields, createMapping } from './mapping'
import { checkStructure, describe, isRecord, joinPath, missingParam, type Report } from './messages'
import type { MappingContext } from './types'
import { checkRole } from './role'

export const ACTION_KINDS = [
  'UpdateEventSourceMapping',
  'PutFunctionConcurrency',
  'UpdateFunctionCode',
  'UpdateFunctionConfiguration',
  'CreateEventSourceMapping',
  'DeleteEventSourceMapping',
  'UpdateExecutionRole',
] as const
/** UpdateFunctionCode takes the handler's source (and language) as `function` does, in place of a .zip. */
export const FUNCTION_CODE_KEYS = ['code', 'language']
/** The UpdateFunctionConfiguration members we model (docs/semantics.md D15). */
export const FUNCTION_CONFIGURATION_KEYS = ['Timeout', 'MemorySize']
const ACTION_KEYS = ['atMs', ...ACTION_KINDS]

export function validateActions(
  input: unknown,
  ctx: MappingContext,
  report: Report,
): ScheduledAction[] {
  if (input === undefined) return []
  if (!Array.isArray(input)) {
    report('actions', `actions must be a list, got ${describe(input)}`)
    return []
  }
  const actions: { position: number; action: ScheduledAction }[] = []
  input.forEach((raw, position) => {
    const action = checkAction(raw, `actions[${position}]`, ctx, report)
    if (action) actions.push({ position, action })
  })
  actions.sort((a, b) => a.action.atMs - b.action.atMs || a.position - b.position)
  return actions.map((a) => a.action)
}

function checkAction(
  raw: unknown,
  path: string,
  ctx: MappingContext,
  report: Report,
): ScheduledAction | undefined {
  if (!isRecord(raw)) {
    report(
      path,
      `An action must be an object like { "atMs": 0, "UpdateEventSourceMapping": { … } }, got ${describe(raw)}`,
    )
    return undefined
  }
  let ok = true
  for (const key of Object.keys(raw)) {
    if (!ACTION_KEYS.includes(key)) {
      report(
        joinPath(path, key),
        `Unknown key "${boundText(key)}" in an action, must be one of: ${ACTION_KEYS.join(', ')}`,
      )
      ok = false
    }
  }
  const atMs = raw.atMs
  if (typeof atMs !== 'number' || !Number.isSafeInteger(atMs) || atMs < 0) {
    report(
      joinPath(path, 'atMs'),
      `atMs must be an integer >= 0 (virtual milliseconds), got ${describe(atMs)}`,
    )
    ok = false
  }
  const kinds = ACTION_KINDS.filter((k) => raw[k] !== undefined)
  if (kinds.length !== 1) {
    const found = kinds.length === 0 ? 'none' : kinds.join(', ')
    report(path, `An action needs exactly one of ${ACTION_KINDS.join(', ')}; found ${found}`)
    return undefined
  }
  const kind = kinds[0]
  const bodyPath = joinPath(path, kind)
  if (kind === 'UpdateEventSourceMapping') {
    const fields = checkMappingFields(raw[kind], ctx, bodyPath, 'update', report)
    if (!fields || !ok) return undefined
    return {
      kind,
      atMs: virtualMs(atMs as number),
      path,
      settings: fields.settings,
      enabled: fields.enabled,
    }
  }
  if (kind === 'CreateEventSourceMapping') {
    const config = createMapping(raw[kind], ctx, bodyPath, report)
    if (!config || !ok) return undefined
    return { kind, atMs: virtualMs(atMs as number), path, config }
  }
  if (kind === 'DeleteEventSourceMapping') {
    // One mapping at a time: the body names nothing (docs/semantics.md D16).
    if (!checkStructure(raw[kind], bodyPath, 'input', [], report)) return undefined
    if (Object.keys(raw[kind]).length > 0 || !ok) return undefined
    return { kind, atMs: virtualMs(atMs as number), path }
  }
  if (kind === 'UpdateFunctionCode' || kind === 'UpdateFunctionConfiguration') {
    const change =
      kind === 'UpdateFunctionCode'
        ? checkFunctionCode(raw[kind], bodyPath, report)
        : checkFunctionConfiguration(raw[kind], bodyPath, report)
    if (change === undefined || !ok) return undefined
    return { kind, atMs: virtualMs(atMs as number), path, change }
  }
  if (kind === 'UpdateExecutionRole') {
    const role = checkRole(raw[kind], bodyPath, report)
    if (role === undefined || !ok) return undefined
    return { kind, atMs: virtualMs(atMs as number), path, removed: role.removed }
  }
  const body = raw[kind]
  if (!checkStructure(body, bodyPath, 'input', ['ReservedConcurrentExecutions'], report))
    return undefined
  if (Object.keys(body).some((k) => k !== 'ReservedConcurrentExecutions')) ok = false
  if (!('ReservedConcurrentExecutions' in body)) {
    report(
      joinPath(bodyPath, 'ReservedConcurrentExecutions'),
      missingParam('input', 'ReservedConcurrentExecutions'),
    )
    return undefined
  }
  // PutFunctionConcurrency requires a number; null here is our shorthand for DeleteFunctionConcurrency.
  const reserved = checkReservedConcurrency(
    body.ReservedConcurrentExecutions,
    joinPath(bodyPath, 'ReservedConcurrentExecutions'),
    report,
  )
  if (reserved === undefined || !ok) return undefined
  return { kind, atMs: virtualMs(atMs as number), path, reservedConcurrency: reserved }
}

function checkFunctionCode(
  body: unknown,
  path: string,
  report: Report,
): FunctionChange | undefined {
  if (!checkStructure(body, path, 'input', FUNCTION_CODE_KEYS, report)) return undefined
  if (Object.keys(body).some((k) => !FUNCTION_CODE_KEYS.includes(k))) return undefined
  const { code, language } = body
  if (typeof code !== 'string') {
    report(
      joinPath(path, 'code'),
      `code must be a string holding the handler's source, got ${describe(code)}`,
    )
    return undefined
  }
  if (language !== undefined && !(LANGUAGES as readonly unknown[]).includes(language)) {
    report(
      joinPath(path, 'language'),
      `language must be "javascript" or "typescript", got ${describe(language)}`,
    )
    return undefined
  }
  return language === undefined
    ? { code }
    : { code, language: language as 'javascript' | 'typescript' }
}

function checkFunctionConfiguration(
  body: unknown,
  path: string,
  report: Report,
): FunctionChange | undefined {
  if (!checkStructure(body, path, 'input', FUNCTION_CONFIGURATION_KEYS, report)) return undefined
  if (Object.keys(body).some((k) => !FUNCTION_CONFIGURATION_KEYS.includes(k))) return undefined
  if (body.Timeout === undefined && body.MemorySize === undefined) {
    report(
      path,
      'UpdateFunctionConfiguration needs Timeout or MemorySize (the settings the simulator models)',
    )
    return undefined
  }
  const timeout = functionParameter('Timeout')
  const memory = functionParameter('MemorySize')
  const timeoutS =
    body.Timeout === undefined
      ? undefined
      : checkInteger(timeout, body.Timeout, joinPath(path, 'Timeout'), report)
  const memoryMb =
    body.MemorySize === undefined
      ? undefined
      : checkInteger(memory, body.MemorySize, joinPath(path, 'MemorySize'), report)
  if (timeoutS === null || memoryMb === null) return undefined
  if (
    (body.Timeout !== undefined && timeoutS === undefined) ||
    (body.MemorySize !== undefined && memoryMb === undefined)
  )
    return undefined
  return {
    ...(timeoutS === undefined ? {} : { timeoutMs: toEngineValue(timeout, timeoutS) }),
    ...(memoryMb === undefined ? {} : { memorySizeMb: toEngineValue(memory, memoryMb) }),
  }
}
