/**
 * One write's request, in DynamoDB's shapes (PutItem, UpdateItem, DeleteItem) or the plain-JSON shortcuts
 * (`put`, `delete`), turned into a `WriteRequest`. DynamoDB's own checks (keys, attribute values, sizes,
 * expressions) belong to the table module; this file checks the request's shape and marshals plain JSON.
 */
import type { Item, KeySchema, WriteRequest } from '../model/dynamo'
import { checkWrite } from '../table'
import { toAttributeMap } from './attributes'
import {
  checkStructure,
  invalidType,
  isRecord,
  joinPath,
  missingParam,
  withException,
  type Report,
} from './messages'

export const WRITE_OPS = ['PutItem', 'UpdateItem', 'DeleteItem', 'put', 'delete'] as const
export type WriteOp = (typeof WRITE_OPS)[number]

const COMMON = ['ConditionExpression', 'ExpressionAttributeNames', 'ExpressionAttributeValues']
export const REQUEST_KEYS: Record<'PutItem' | 'UpdateItem' | 'DeleteItem', readonly string[]> = {
  PutItem: ['TableName', 'Item', ...COMMON],
  UpdateItem: ['TableName', 'Key', 'UpdateExpression', ...COMMON],
  DeleteItem: ['TableName', 'Key', ...COMMON],
}

export interface WriteTarget {
  readonly tableName: string | undefined
  /** Unknown when the table section is invalid: DynamoDB's item checks are skipped then. */
  readonly keySchema: KeySchema | undefined
}

/** Builds and checks one write; reports under `path` (`writes[3]`) and returns undefined if it is invalid. */
export function buildWrite(
  op: WriteOp,
  raw: unknown,
  path: string,
  target: WriteTarget,
  report: Report,
): WriteRequest | undefined {
  let failed = false
  const fail: Report = (p, message) => {
    failed = true
    report(p, message)
  }
  const write = shapeWrite(op, raw, joinPath(path, op), target, fail)
  if (!write || failed) return undefined
  return checkShapedWrite(write, path, target, report)
}

/** The table's checks on a write already in DynamoDB's shape; reports under `path`, undefined if invalid. */
export function checkShapedWrite(
  write: WriteRequest,
  path: string,
  target: WriteTarget,
  report: Report,
): WriteRequest | undefined {
  if (target.keySchema) {
    let problems: string[]
    try {
      problems = checkWrite(write, target.keySchema)
    } catch (error) {
      problems = [`Internal error while checking the write: ${String(error)}`]
    }
    for (const message of problems) report(path, withException('ValidationException', message))
    if (problems.length > 0) return undefined
  }
  return write
}

/** The request in DynamoDB's shape, without the table's checks; reports under `path`, undefined if malformed. */
export function shapeWrite(
  op: WriteOp,
  raw: unknown,
  path: string,
  target: WriteTarget,
  report: Report,
): WriteRequest | undefined {
  if (op === 'put' || op === 'delete') {
    const map = toAttributeMap(raw, path, report, true)
    return map && shortcutWrite(op, map)
  }
  if (!checkStructure(raw, path, 'input', REQUEST_KEYS[op], report)) return undefined
  const mapKey = op === 'PutItem' ? 'Item' : 'Key'
  let map: Item | undefined
  if (raw[mapKey] === undefined) report(joinPath(path, mapKey), missingParam('input', mapKey))
  else map = toAttributeMap(raw[mapKey], joinPath(path, mapKey), report)

  const tableName = raw.TableName
  if (tableName !== undefined) {
    if (typeof tableName !== 'string') {
      report(joinPath(path, 'TableName'), invalidType('TableName', tableName, 'str'))
    } else if (target.tableName !== undefined && tableName !== target.tableName) {
      // DynamoDB's answer for a table that does not exist.
      report(joinPath(path, 'TableName'), 'ResourceNotFoundException: Requested resource not found')
    }
  }
  const strings: Record<string, string> = {}
  for (const key of ['ConditionExpression', 'UpdateExpression']) {
    const value = raw[key]
    if (value === undefined) continue
    if (typeof value === 'string') strings[key] = value
    else report(joinPath(path, key), invalidType(key, value, 'str'))
  }
  const names = checkNames(
    raw.ExpressionAttributeNames,
    joinPath(path, 'ExpressionAttributeNames'),
    report,
  )
  const values =
    raw.ExpressionAttributeValues === undefined
      ? undefined
      : toAttributeMap(
          raw.ExpressionAttributeValues,
          joinPath(path, 'ExpressionAttributeValues'),
          report,
        )
  if (!map) return undefined
  const extras = {
    ...(strings.ConditionExpression !== undefined && {
      ConditionExpression: strings.ConditionExpression,
    }),
    ...(names && { ExpressionAttributeNames: names }),
    ...(values && { ExpressionAttributeValues: values }),
  }
  if (op === 'PutItem') return { op, request: { Item: map, ...extras } }
  if (op === 'DeleteItem') return { op, request: { Key: map, ...extras } }
  const update = strings.UpdateExpression
  return {
    op,
    request: { Key: map, ...(update !== undefined && { UpdateExpression: update }), ...extras },
  }
}

/** The request a `put` or `delete` shortcut stands for, given its map in DynamoDB JSON. */
export function shortcutWrite(op: 'put' | 'delete', map: Item): WriteRequest {
  return op === 'put'
    ? { op: 'PutItem', request: { Item: map } }
    : { op: 'DeleteItem', request: { Key: map } }
}

function checkNames(
  value: unknown,
  path: string,
  report: Report,
): Record<string, string> | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value)) {
    report(path, invalidType('ExpressionAttributeNames', value, 'dict'))
    return undefined
  }
  let ok = true
  for (const [name, target] of Object.entries(value)) {
    if (typeof target !== 'string') {
      report(joinPath(path, name), invalidType(`ExpressionAttributeNames.${name}`, target, 'str'))
      ok = false
    }
  }
  return ok ? (value as Record<string, string>) : undefined
}
