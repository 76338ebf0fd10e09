/** Turns the item editor's text into a DynamoDB write, with DynamoDB's validation messages. Pure. */
import { attributeOf, buildWrite, setAttribute } from '../engine'
import type { AttributeValue, Item, KeySchema, WriteRequest } from '../engine'

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
  const errors: string[] = []
  const report = (path: string, message: string) =>
    void errors.push(path === 'item' ? message : `${path}: ${message}`)
  const write =
    format === 'plain'
      ? buildWrite('put', raw, 'item', target, report)
      : buildWrite('PutItem', { Item: raw }, 'item', target, report)
  return write === undefined || errors.length > 0 ? { ok: false, errors } : { ok: true, write }
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
