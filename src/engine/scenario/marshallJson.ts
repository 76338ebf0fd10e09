/**
 * Plain JSON → DynamoDB JSON, as `marshall(value, { removeUndefinedValues: true })` of @aws-sdk/util-dynamodb does
 * for JSON input, with the same messages. Ours because that marshall loses attribute names: it copies a map with
 * `map[key] = …`, which drops a `__proto__` key, and it recognises a map by `value.constructor.name`, which
 * rejects any map with a `constructor` attribute ("Unsupported type passed").
 */
import type { AttributeValue, Item } from '../model/dynamo'
import { setAttribute } from '../table'

/** The attribute map for a plain object; throws an Error with the library's message for unsupported values. */
export function marshallMap(value: Readonly<Record<string, unknown>>): Item {
  const map: Item = {}
  for (const name of Object.keys(value)) {
    const element = value[name]
    if (element !== undefined && typeof element !== 'function')
      setAttribute(map, name, marshallValue(element))
  }
  return map
}

function marshallValue(value: unknown): AttributeValue {
  if (value === null) return { NULL: true }
  if (typeof value === 'string') return { S: value }
  if (typeof value === 'boolean') return { BOOL: value }
  if (typeof value === 'number') return numberValue(value)
  if (Array.isArray(value)) {
    const kept = value.filter((x) => x !== undefined && typeof x !== 'function')
    return { L: kept.map(marshallValue) }
  }
  if (isPlainObject(value)) return { M: marshallMap(value) }
  throw new Error(
    `Unsupported type passed: ${Object.prototype.toString.call(value)}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`,
  )
}

function numberValue(value: number): AttributeValue {
  if (!Number.isFinite(value))
    throw new Error(`Special numeric value ${String(value)} is not allowed`)
  const suffix = 'Use NumberValue from @aws-sdk/lib-dynamodb.'
  if (value > Number.MAX_SAFE_INTEGER)
    throw new Error(`Number ${String(value)} is greater than Number.MAX_SAFE_INTEGER. ${suffix}`)
  if (value < Number.MIN_SAFE_INTEGER)
    throw new Error(`Number ${String(value)} is lesser than Number.MIN_SAFE_INTEGER. ${suffix}`)
  return { N: String(value) }
}

/** An object JSON.parse could have made; decided by its prototype, never by a `constructor` property. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
