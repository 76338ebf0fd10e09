/**
 * The `actions` list: timed changes in AWS API shapes (UpdateEventSourceMapping, PutFunctionConcurrency),
 * validated like the calls themselves and sorted by (atMs, position in the file).
 */
import { virtualMs } from '../clock'
import { boundText } from '../../lib/boundText'
import type { ScheduledAction } from '../model/scenario'
import { checkReservedConcurrency } from './fn'
import { checkMappingFields } from './mapping'
import { checkStructure, describe, isRecord, joinPath, missingParam, type Report } from './messages'
import type { MappingContext } from './types'

export const ACTION_KINDS = ['UpdateEventSourceMapping', 'PutFunctionConcurrency'] as const
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
