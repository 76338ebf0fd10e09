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
    if (malformed.length > 0) return { ok: false, errors: withHint(malformed, raw, format) }
  }
  const errors: string[] = []
  const report = (path: string, message: string) =>
    void errors.push(path === 'item' ? message : `${path}: ${message}`)
  const write =
    format === 'plain'
      ? buildWrite('put', raw, 'item', target, report)
      : buildWrite('PutItem', { Item: raw }, 'item', target, report)
  if (write !== undefined && errors.length === 0) return { ok: true, write }
  return { ok: false, errors: withHint(errors, raw, format) }
}

/**
 * The rows show items as DynamoDB JSON, so a newcomer types `{"pk": {"S": "order-9"}}` with Plain JSON chosen,
 * or plain values with DynamoDB JSON chosen: AWS's message then blames the key ("expected: S actual: M") or
 * every attribute. When every attribute is in the other format, one more line after AWS's says so.
 */
function withHint(errors: string[], raw: unknown, format: ItemFormat): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return errors
  const values = Object.entries(raw as Record<string, unknown>)
  if (values.length === 0) return errors
  const typed = values.filter(([name, value]) => checkAttributeMap({ [name]: value }).length === 0)
  if (format === 'plain' && typed.length === values.length) return [...errors, FORMAT_HINT.dynamodb]
  if (format === 'dynamodb' && typed.length === 0) return [...errors, FORMAT_HINT.plain]
  return errors
}

const FORMAT_HINT = {
  dynamodb:
    'This is DynamoDB JSON (each value inside {"S": …}, {"N": …}…): choose DynamoDB JSON under Format, or write plain values.',
  plain:
    'This is plain JSON: choose Plain JSON under Format, or write each value inside its type, as {"S": "text"} or {"N": "42"}.',
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

/**
 * The editor's text when the format is switched: an item written in the old format, in the new one; any other
 * text as typed (it may already be in the new format, as the hint above asks), never the row's text again.
 */
export function textInFormat(
  text: string,
  from: ItemFormat,
  to: ItemFormat,
  target: { tableName: string; keySchema: KeySchema },
): string {
  const parsed = parseItemWrite(text, from, target)
  if (!parsed.ok || parsed.write.op !== 'PutItem') return text
  const item = parsed.write.request.Item
  return JSON.stringify(to === 'plain' ? itemToPlain(item) : item, null, 2)
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
