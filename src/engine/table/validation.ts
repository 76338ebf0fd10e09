import type { AttributeValue, Item, KeyAttribute, KeySchema, WriteRequest } from '../model/dynamo'
import { checkAttributeMap, checkAttributeValue } from './attributeValues'
import { parseCondition } from './conditionExpression'
import type { ParsedCondition } from './conditionExpression'
import { createPlaceholders, unusedPlaceholderErrors } from './expressionChecks'
import type { Placeholders } from './expressionChecks'
import { MAX_ITEM_SIZE_BYTES, attributeValueSizeBytes, itemSizeBytes } from './size'
import { ExpressionError } from './tokenizer'
import { parseUpdate } from './updateExpression'
import type { ParsedUpdate } from './updateExpression'
import { typeOf } from './values'
import { attributeOf } from './attributeMap'

const INVALID = 'One or more parameter values were invalid: '
const NO_SCHEMA_MATCH = 'The provided key element does not match the schema'

/** A write that passed every check DynamoDB makes before reading the table. */
export interface PreparedWrite {
  readonly placeholders: Placeholders
  readonly condition?: ParsedCondition
  readonly update?: ParsedUpdate
}

export type Prepared = { ok: true; write: PreparedWrite } | { ok: false; errors: string[] }

export function keyAttributes(schema: KeySchema): KeyAttribute[] {
  return schema.range === undefined ? [schema.hash] : [schema.hash, schema.range]
}

function emptyKeyValue(item: Item, attribute: KeyAttribute): string | undefined {
  const value = attributeOf(item, attribute.name) as AttributeValue
  const kind =
    'S' in value && value.S === ''
      ? 'string'
      : 'B' in value && value.B === ''
        ? 'binary'
        : undefined
  if (kind === undefined) return undefined
  return `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${kind} value. Key: ${attribute.name}`
}

function keySizeError(item: Item, schema: KeySchema): string | undefined {
  if (attributeValueSizeBytes(attributeOf(item, schema.hash.name) as AttributeValue) > 2048) {
    return `${INVALID}Size of hashkey has exceeded the maximum size limit of2048 bytes`
  }
  if (
    schema.range !== undefined &&
    attributeValueSizeBytes(attributeOf(item, schema.range.name) as AttributeValue) > 1024
  ) {
    return `${INVALID}Aggregated size of all range keys has exceeded the size limit of 1024 bytes`
  }
  return undefined
}

/** Key checks on a whole item (PutItem.Item, table Items). */
function checkItemKey(item: Item, schema: KeySchema): string | undefined {
  for (const attribute of keyAttributes(schema)) {
    const value = attributeOf(item, attribute.name)
    if (value === undefined) return `${INVALID}Missing the key ${attribute.name} in the item`
    if (typeOf(value) !== attribute.type) {
      return `${INVALID}Type mismatch for key ${attribute.name} expected: ${attribute.type} actual: ${typeOf(value)}`
    }
    const empty = emptyKeyValue(item, attribute)
    if (empty !== undefined) return empty
  }
  return keySizeError(item, schema)
}

/** Key checks on a `Key` parameter (UpdateItem, DeleteItem). */
function checkKey(key: Item, schema: KeySchema): string | undefined {
  const attributes = keyAttributes(schema)
  if (Object.keys(key).length !== attributes.length) return NO_SCHEMA_MATCH
  for (const attribute of attributes) {
    const value = attributeOf(key, attribute.name)
    if (value === undefined || typeOf(value) !== attribute.type) return NO_SCHEMA_MATCH
  }
  for (const attribute of attributes) {
    const empty = emptyKeyValue(key, attribute)
    if (empty !== undefined) return empty
  }
  return keySizeError(key, schema)
}

/** Same checks as for a write, for a lone item (table Items, PutItem.Item). */
export function checkItem(item: Item, keySchema: KeySchema): string[] {
  const malformed = checkAttributeMap(item)
  if (malformed.length > 0) return malformed
  return checkWellFormedItem(item, keySchema)
}

/** checkItem's checks after the attribute values are known to be well formed. */
function checkWellFormedItem(item: Item, keySchema: KeySchema): string[] {
  const keyError = checkItemKey(item, keySchema)
  if (keyError !== undefined) return [keyError]
  return itemSizeBytes(item) > MAX_ITEM_SIZE_BYTES
    ? ['Item size has exceeded the maximum allowed size']
    : []
}

function checkPlaceholderMaps(write: WriteRequest): string | undefined {
  const request = write.request
  const names = request.ExpressionAttributeNames
  const values = request.ExpressionAttributeValues
  const hasUpdate = write.op === 'UpdateItem' && write.request.UpdateExpression !== undefined
  const hasExpression = hasUpdate || request.ConditionExpression !== undefined
  if (names !== undefined && !hasExpression) {
    return 'ExpressionAttributeNames can only be specified when using expressions'
  }
  if (values !== undefined && !hasExpression) {
    const missing =
      write.op === 'UpdateItem'
        ? 'UpdateExpression and ConditionExpression are null'
        : 'ConditionExpression is null'
    return `ExpressionAttributeValues can only be specified when using expressions: ${missing}`
  }
  if (names !== undefined) {
    if (Object.keys(names).length === 0) return 'ExpressionAttributeNames must not be empty'
    const bad = Object.keys(names).find((key) => !/^#[A-Za-z0-9_]+$/.test(key))
    if (bad !== undefined)
      return `ExpressionAttributeNames contains invalid key: Syntax error; key: "${bad}"`
  }
  if (values !== undefined) {
    if (Object.keys(values).length === 0) return 'ExpressionAttributeValues must not be empty'
    const bad = Object.keys(values).find((key) => !/^:[A-Za-z0-9_]+$/.test(key))
    if (bad !== undefined)
      return `ExpressionAttributeValues contains invalid key: Syntax error; key: "${bad}"`
    for (const [key, value] of Object.entries(values)) {
      const problem = checkAttributeValue(value)
      if (problem !== undefined) {
        return `ExpressionAttributeValues contains invalid value: ${problem} for key ${key}`
      }
    }
  }
  return undefined
}

/**
 * Every check DynamoDB makes before reading table data, in DynamoDB's order; the first error is the
 * one DynamoDB would return.
 */
export function prepareWrite(write: WriteRequest, keySchema: KeySchema): Prepared {
  const fail = (message: string): Prepared => ({ ok: false, errors: [message] })
  const target = write.op === 'PutItem' ? write.request.Item : write.request.Key
  const malformed = checkAttributeMap(target)
  if (malformed.length > 0) return { ok: false, errors: malformed }
  const placeholderError = checkPlaceholderMaps(write)
  if (placeholderError !== undefined) return fail(placeholderError)
  const request = write.request
  const placeholders = createPlaceholders(
    request.ExpressionAttributeNames,
    request.ExpressionAttributeValues,
  )
  let update: ParsedUpdate | undefined
  let condition: ParsedCondition | undefined
  try {
    if (write.op === 'UpdateItem' && write.request.UpdateExpression !== undefined) {
      update = parseUpdate(write.request.UpdateExpression, placeholders)
    }
    if (request.ConditionExpression !== undefined) {
      condition = parseCondition(request.ConditionExpression, placeholders)
    }
  } catch (error) {
    if (error instanceof ExpressionError) return fail(error.message)
    throw error
  }
  const unused = unusedPlaceholderErrors(placeholders)
  if (unused.length > 0) return { ok: false, errors: unused }
  if (write.op === 'PutItem') {
    // The Item is the target checked above: its values are not checked a second time.
    const problems = checkWellFormedItem(write.request.Item, keySchema)
    if (problems.length > 0) return { ok: false, errors: problems }
  } else {
    const keyError = checkKey(write.request.Key, keySchema)
    if (keyError !== undefined) return fail(keyError)
  }
  const keyNames = keyAttributes(keySchema).map((attribute) => attribute.name)
  const keyUpdate = update?.paths.find((path) => keyNames.includes(path[0] as string))
  if (keyUpdate !== undefined) {
    return fail(
      `${INVALID}Cannot update attribute ${keyUpdate[0]}. This attribute is part of the key`,
    )
  }
  return { ok: true, write: { placeholders, condition, update } }
}

/** Static checks DynamoDB does before looking at table data; [] when the write is valid. */
export function checkWrite(write: WriteRequest, keySchema: KeySchema): string[] {
  const prepared = prepareWrite(write, keySchema)
  return prepared.ok ? [] : prepared.errors
}
