/** Turns the item editor's text into a DynamoDB write, with DynamoDB's validation messages. Pure. */
import { attributeOf, buildWrite, checkAttributeMap, setAttribute } from '../engine'
import type { AttributeValue, Item, KeySchema, WriteRequest } from '../engine'
import { boundText } from '../lib/boundText'

export type ItemFormat = 'plain' | 'dynamodb'

export function parseItemWrite(
  text: string,
  format: ItemFormat,
  target: { tableName: string; keySchema: KeySchema },
): { ok: true; write: WriteRequest } | { ok: false; errors: string[] } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      errors: [
        `The item is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      ],
    }
  }
  if (format === 'dynamodb') {
    const malformed = malformedAttributes(raw)
    if (malformed.length > 0) return { ok: false, errors: malformed }
  }
  const errors: string[] = []
  const report = (path: string, message: string) =>
    void errors.push(path === 'item' ? message : `${path}: ${message}`)
  const write =
    format === 'plain'
      ? buildWrite('put', raw, 'item', target, report)
      : buildWrite('PutItem', { Item: raw }, 'item', target, report)
  return write === undefined || errors.length > 0 ? { ok: false, errors } : { ok: true, write }
}

/**
 * DynamoDB JSON was chosen: an attribute that is not a DynamoDB attribute value is named with DynamoDB's
 * message. Otherwise the map would be read as plain JSON, and the error would blame the key attributes,
 * whose `{"S": …}` then reads as a map (docs/semantics.md D19).
 */
function malformedAttributes(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return []
  return Object.entries(raw as Record<string, unknown>).flatMap(([name, value]) =>
    checkAttributeMap({ [name]: value }).map(
      (message) => `item.PutItem.Item.${boundText(name)}: ValidationException: ${message}`,
    ),
  )
}

export function deleteWrite(keySchema: KeySchema, item: Item): WriteRequest {
  const Key: Item = {}
  for (const { name } of [keySchema.hash, ...(keySchema.range ? [keySchema.range] : [])])
    setAttribute(Key, name, attributeOf(item, name) as AttributeValue)
  return { op: 'DeleteItem', request: { Key } }
}

/** Plain JSON of an item, the way @aws-sdk/util-dynamodb unmarshalls it (numbers as JS numbers when safe). */
export function itemToPlain(item: Item): unknown {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(item)) setAttribute(out, name, valueToPlain(value))
  return out
}

function valueToPlain(value: Item[string]): unknown {
  if ('S' in value) return value.S
  if ('N' in value) {
    const n = Number(value.N)
    return Number.isSafeInteger(n) || String(n) === value.N ? n : value.N
  }
  if ('BOOL' in value) return value.BOOL
  if ('NULL' in value) return null
  if ('L' in value) return value.L.map(valueToPlain)
  if ('M' in value) return itemToPlain(value.M)
  if ('SS' in value) return value.SS
  if ('NS' in value) return value.NS.map(Number)
  if ('B' in value) return value.B
  return value.BS
}
