/**
 * Which repetitions of an `every` write the validator must check (issue 13), from where `{{i}}` sits in it.
 * Substituting i changes only the text of strings, never the shape of the request:
 * - 'text': every `{{i}}` is in a string attribute value (`S`, or a plain-JSON string, which marshals to `S`) of
 *   the item, the key or, when there is no ConditionExpression (BETWEEN and attribute_type read values),
 *   ExpressionAttributeValues. DynamoDB's checks read such a string for its type, its emptiness (never empty:
 *   i has a digit) and its byte length (key and item sizes), and i's digits are one byte each: every repetition
 *   with as many digits as i gets the same answer. Checking the first i of each digit count finds the first failure.
 * - 'numbers': as 'text', plus `N` values that are exactly "{{i}}". Any i below MAX_COUNT is a valid number, of at
 *   most 4 bytes (too small to break a key's limit), but its size follows its significant digits (10 is smaller
 *   than 19), so the item size is checked at the widest i of each digit count as well.
 * - 'any': anything else (attribute names, sets, binary, other numbers, expressions, TableName): every repetition.
 */
import type { WriteOp } from './writeRequest'
import { hasTemplate, isDynamoJsonMap } from './attributes'
import { isRecord } from './messages'

export type TemplateSites = 'text' | 'numbers' | 'any'

const HOLE = '{{i}}'

export function templateSites(op: WriteOp, raw: unknown): TemplateSites {
  const found = { numbers: false }
  const ok =
    op === 'put' || op === 'delete'
      ? isRecord(raw) && plainValue(raw)
      : requestSites(raw, op === 'PutItem' ? 'Item' : 'Key', found)
  return !ok ? 'any' : found.numbers ? 'numbers' : 'text'
}

interface Found {
  numbers: boolean
}

function requestSites(raw: unknown, mapKey: string, found: Found): boolean {
  if (!isRecord(raw)) return !hasTemplate(raw)
  const valuesAreRead = raw.ConditionExpression !== undefined
  return Object.entries(raw).every(([key, value]) => {
    if (key.includes(HOLE)) return false
    if (key === mapKey || (key === 'ExpressionAttributeValues' && !valuesAreRead))
      return attributeMap(value, found)
    return !hasTemplate(value)
  })
}

/** A map in either form, decided as `toAttributeMap` decides (a `{{i}}` in a value never changes the form). */
function attributeMap(value: unknown, found: Found): boolean {
  if (!isRecord(value) || !namesPlain(value)) return !hasTemplate(value)
  if (!isDynamoJsonMap(value)) return plainValue(value)
  return Object.values(value).every((attribute) => typedValue(attribute, found))
}

/** Plain JSON: its strings marshal to `S`. */
function plainValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(plainValue)
  if (isRecord(value)) return namesPlain(value) && Object.values(value).every(plainValue)
  return true
}

/** A DynamoDB JSON attribute value. */
function typedValue(value: unknown, found: Found): boolean {
  if (!isRecord(value) || !namesPlain(value)) return !hasTemplate(value)
  return Object.entries(value).every(([type, payload]) => {
    if (type === 'S') return typeof payload === 'string' || !hasTemplate(payload)
    if (type === 'N' && payload === HOLE) return (found.numbers = true)
    if (type === 'L' && Array.isArray(payload))
      return payload.every((element) => typedValue(element, found))
    if (type === 'M' && isRecord(payload) && namesPlain(payload))
      return Object.values(payload).every((element) => typedValue(element, found))
    return !hasTemplate(payload)
  })
}

function namesPlain(map: Record<string, unknown>): boolean {
  return Object.keys(map).every((name) => !name.includes(HOLE))
}
