/**
 * The scenario's `executionRole` and the `UpdateExecutionRole` action's body (docs/scenario-format.md): the
 * actions the role lacks, each one the mapping or its destination needs (docs/semantics.md D17).
 */
import { boundText } from '../../lib/boundText'
import {
  isRoleAction,
  ROLE_ACTIONS,
  type ExecutionRole,
  type RoleAction,
} from '../role/permissions'
import { describe, isRecord, joinPath, type Report } from './messages'

export const ROLE_KEYS = ['removed']

/** A role body `{ "removed": [...] }`; undefined (and a report) when it is not one. */
export function checkRole(value: unknown, path: string, report: Report): ExecutionRole | undefined {
  if (!isRecord(value)) {
    report(
      path,
      `${path} must be an object like { "removed": ["dynamodb:GetRecords"] }, got ${describe(value)}`,
    )
    return undefined
  }
  let ok = true
  for (const key of Object.keys(value)) {
    if (ROLE_KEYS.includes(key)) continue
    report(joinPath(path, key), `Unknown key "${boundText(key)}" in ${path}, must be: removed`)
    ok = false
  }
  const removed = value.removed ?? []
  const listPath = joinPath(path, 'removed')
  if (!Array.isArray(removed)) {
    report(listPath, `removed must be a list of actions, got ${describe(removed)}`)
    return undefined
  }
  const actions: RoleAction[] = []
  removed.forEach((action: unknown, i) => {
    if (!isRoleAction(action)) {
      report(
        joinPath(listPath, i),
        `${describe(action)} is not an action the simulator models; use one of: ${ROLE_ACTIONS.join(', ')}`,
      )
      ok = false
    } else if (actions.includes(action)) {
      report(joinPath(listPath, i), `${action} is listed twice`)
      ok = false
    } else actions.push(action)
  })
  return ok ? { removed: actions } : undefined
}
