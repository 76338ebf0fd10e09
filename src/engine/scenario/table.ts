/**
 * The `table` section: CreateTable's shape and DynamoDB's own messages. The messages were recorded against
 * DynamoDB (dynalite's and the DynamoDB parity suite's AWS-checked tests); `shards` and `Items` are ours.
 */
import type { Item, KeyAttributeType, KeySchema } from '../model/dynamo'
import type { TableConfig } from '../model/scenario'
import { checkItem } from '../table'
import { toAttributeMap } from './attributes'
import { checkStream, checkTtl } from './tableStream'
import {
  checkStructure,
  constraint,
  constraints,
  enumRule,
  invalidType,
  joinPath,
  missingParam,
  violation,
  withException,
  type Report,
} from './messages'

export const TABLE_KEYS = [
  'TableName',
  'KeySchema',
  'AttributeDefinitions',
  'StreamSpecification',
  'TimeToLiveSpecification',
  'shards',
  'Items',
]
export const MAX_SHARDS = 64
const VE = 'ValidationException'
const INVALID = 'One or more parameter values were invalid:'

export interface TableResult {
  readonly table: TableConfig | undefined
  /** The table name as written, when it is a string (for the stream ARN, even if the rest is invalid). */
  readonly tableName: string | undefined
  /** False when the table has no enabled stream: the mapping then cannot be created. */
  readonly streamEnabled: boolean
}

export function validateTable(input: unknown, report: Report): TableResult {
  let failed = false
  const fail: Report = (path, message) => {
    failed = true
    report(path, message)
  }
  if (input === undefined) {
    report('table', 'The scenario needs a "table" section (CreateTable fields)')
    return { table: undefined, tableName: undefined, streamEnabled: false }
  }
  if (!checkStructure(input, 'table', 'input', TABLE_KEYS, fail)) {
    return { table: undefined, tableName: undefined, streamEnabled: false }
  }
  if (Object.keys(input).some((k) => !TABLE_KEYS.includes(k))) failed = true
  const tableName = checkTableName(input.TableName, fail)
  const keySchema = checkKeys(input, fail)
  const stream = checkStream(input.StreamSpecification, fail)
  const ttlAttribute = checkTtl(input.TimeToLiveSpecification, fail)
  const shards = checkShards(input.shards, fail)
  const items = checkItems(input.Items, keySchema, fail)
  const table =
    failed || !tableName || !keySchema || !stream.viewType
      ? undefined
      : { tableName, keySchema, streamViewType: stream.viewType, shards, ttlAttribute, items }
  return { table, tableName, streamEnabled: stream.enabled }
}

function checkTableName(value: unknown, report: Report): string | undefined {
  const path = 'table.TableName'
  if (value === undefined) {
    report(path, `${VE}: The parameter 'TableName' is required but was not present in the request`)
    return undefined
  }
  if (typeof value !== 'string') {
    report(path, invalidType('TableName', value, 'str'))
    return undefined
  }
  const found: string[] = []
  if (!/^[a-zA-Z0-9_.-]+$/.test(value)) {
    found.push(
      violation(
        value,
        'tableName',
        'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+',
      ),
    )
  }
  if (value.length < 3) {
    found.push(violation(value, 'tableName', 'Member must have length greater than or equal to 3'))
  }
  if (value.length > 255) {
    found.push(violation(value, 'tableName', 'Member must have length less than or equal to 255'))
  }
  if (found.length > 0) report(path, constraints(VE, found))
  return value
}

interface Element {
  name: string
  kind: string
}

/** Checks one of the two lists (KeySchema, AttributeDefinitions) element by element. */
function checkList(
  value: unknown,
  param: 'KeySchema' | 'AttributeDefinitions',
  kindKey: 'KeyType' | 'AttributeType',
  kinds: readonly string[],
  report: Report,
): Element[] | undefined {
  const path = `table.${param}`
  const at = param === 'KeySchema' ? 'keySchema' : 'attributeDefinitions'
  if (value === undefined) {
    report(path, constraint(VE, null, at, 'Member must not be null'))
    return undefined
  }
  if (!Array.isArray(value)) {
    report(path, invalidType(param, value, 'list'))
    return undefined
  }
  const elements: Element[] = []
  let ok = true
  value.forEach((element, i) => {
    const where = `${param}[${i}]`
    const elementPath = joinPath(path, i)
    if (!checkStructure(element, elementPath, where, ['AttributeName', kindKey], report)) {
      ok = false
      return
    }
    const name = element.AttributeName
    const kind = element[kindKey]
    for (const [key, v] of [
      ['AttributeName', name],
      [kindKey, kind],
    ] as const) {
      if (v === undefined) report(joinPath(elementPath, key), missingParam(where, key))
      else if (typeof v !== 'string')
        report(joinPath(elementPath, key), invalidType(`${where}.${key}`, v, 'str'))
    }
    if (typeof name !== 'string' || typeof kind !== 'string') {
      ok = false
      return
    }
    if (!kinds.includes(kind)) {
      const member = `${at}.${i + 1}.member.${kindKey === 'KeyType' ? 'keyType' : 'attributeType'}`
      report(joinPath(elementPath, kindKey), constraint(VE, kind, member, enumRule(kinds)))
      ok = false
    }
    if (Object.keys(element).length > 2) ok = false
    elements.push({ name, kind })
  })
  if (ok && param === 'KeySchema' && (elements.length < 1 || elements.length > 2)) {
    const shown = `[${elements.map((e) => `KeySchemaElement(attributeName=${e.name}, keyType=${e.kind})`).join(', ')}]`
    const rule = elements.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 2'
    report(path, constraint(VE, shown, at, `Member must have length ${rule}`))
    return undefined
  }
  return ok ? elements : undefined
}

/** KeySchema and AttributeDefinitions, and CreateTable's consistency rules between them (in DynamoDB's order). */
function checkKeys(input: Record<string, unknown>, report: Report): KeySchema | undefined {
  const keys = checkList(input.KeySchema, 'KeySchema', 'KeyType', ['HASH', 'RANGE'], report)
  const defs = checkList(
    input.AttributeDefinitions,
    'AttributeDefinitions',
    'AttributeType',
    ['B', 'N', 'S'],
    report,
  )
  if (!keys || !defs) return undefined
  const keyNames = keys.map((k) => k.name)
  const defNames = defs.map((d) => d.name)
  const problem =
    keyNames.length > defNames.length
      ? 'Invalid KeySchema: Some index key attribute have no definition'
      : keyNames.some((k) => !defNames.includes(k))
        ? `${INVALID} Some index key attributes are not defined in AttributeDefinitions. Keys: [${keyNames.join(', ')}], AttributeDefinitions: [${defNames.join(', ')}]`
        : keyNames.length === 2 && keyNames[0] === keyNames[1]
          ? 'Both the Hash Key and the Range Key element in the KeySchema have the same name'
          : keys[0].kind !== 'HASH'
            ? 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type'
            : keys.length === 2 && keys[1].kind !== 'RANGE'
              ? 'Invalid KeySchema: The second KeySchemaElement is not a RANGE key type'
              : keyNames.length !== defNames.length
                ? `${INVALID} Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions`
                : undefined
  if (problem) {
    const onDefs =
      problem.startsWith(`${INVALID} Number`) || problem.includes('AttributeDefinitions.')
    report(onDefs ? 'table.AttributeDefinitions' : 'table.KeySchema', `${VE}: ${problem}`)
    return undefined
  }
  const typeOf = (name: string) => defs.find((d) => d.name === name)?.kind as KeyAttributeType
  const hash = { name: keys[0].name, type: typeOf(keys[0].name) }
  if (keys.length === 1) return { hash }
  return { hash, range: { name: keys[1].name, type: typeOf(keys[1].name) } }
}

function checkShards(value: unknown, report: Report): number {
  if (value === undefined) return 1
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_SHARDS)
    return value
  report(
    'table.shards',
    `shards must be an integer from 1 to ${MAX_SHARDS} (a limit of this simulator; DynamoDB chooses shard counts itself), got ${JSON.stringify(value)}`,
  )
  return 1
}

function checkItems(value: unknown, keySchema: KeySchema | undefined, report: Report): Item[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    report('table.Items', `table.Items must be a list of items, got ${JSON.stringify(value)}`)
    return []
  }
  const items: Item[] = []
  value.forEach((raw, i) => {
    const path = `table.Items[${i}]`
    const item = toAttributeMap(raw, path, report)
    if (!item) return
    if (keySchema) {
      let problems: string[]
      try {
        problems = checkItem(item, keySchema)
      } catch (error) {
        problems = [`Internal error while checking the item: ${String(error)}`]
      }
      for (const message of problems) report(path, withException(VE, message))
      if (problems.length > 0) return
    }
    items.push(item)
  })
  return items
}
