import type { AttributeValue, Item } from '../model/dynamo'
import { canonicalNumber, compareDecimal, decimalOf } from './decimal'
import { setAttribute } from './attributeMap'

export type AttributeType = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'L' | 'M' | 'SS' | 'NS' | 'BS'

export const ATTRIBUTE_TYPES: readonly AttributeType[] = [
  'S',
  'N',
  'B',
  'BOOL',
  'NULL',
  'L',
  'M',
  'SS',
  'NS',
  'BS',
]

export function typeOf(value: AttributeValue): AttributeType {
  return Object.keys(value)[0] as AttributeType
}

export function listOf(value: AttributeValue | undefined): AttributeValue[] | undefined {
  return value !== undefined && 'L' in value ? value.L : undefined
}

export function mapOf(
  value: AttributeValue | undefined,
): Record<string, AttributeValue> | undefined {
  return value !== undefined && 'M' in value ? value.M : undefined
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_SYNTAX = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function isBase64(text: string): boolean {
  return BASE64_SYNTAX.test(text)
}

/** Decodes a base64 string (already checked with isBase64) into bytes. */
export function base64Bytes(text: string): number[] {
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of text) {
    if (char === '=') break
    buffer = (buffer << 6) | BASE64_ALPHABET.indexOf(char)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return bytes
}

export function base64Length(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  return (text.length / 4) * 3 - padding
}

function compareSequences(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1
  }
  return a.length - b.length === 0 ? 0 : a.length < b.length ? -1 : 1
}

function codePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0) ?? 0)
}

/**
 * Orders two scalars of the same type as DynamoDB does (numbers numerically, strings by UTF-8 bytes,
 * which is code point order, binaries by unsigned bytes). Undefined when the pair is not ordered.
 */
export function compareScalars(a: AttributeValue, b: AttributeValue): number | undefined {
  if ('N' in a && 'N' in b) return compareDecimal(decimalOf(a.N), decimalOf(b.N))
  if ('S' in a && 'S' in b) return compareSequences(codePoints(a.S), codePoints(b.S))
  if ('B' in a && 'B' in b) return compareSequences(base64Bytes(a.B), base64Bytes(b.B))
  return undefined
}

function sameElements(a: readonly string[], b: readonly string[], numeric: boolean): boolean {
  if (a.length !== b.length) return false
  const key = numeric ? canonicalNumber : (x: string) => x
  const left = new Set(a.map(key))
  return b.every((x) => left.has(key(x)))
}

/** Deep equality as DynamoDB sees it: map key order and set element order do not matter. */
export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  if ('S' in a) return 'S' in b && a.S === b.S
  if ('N' in a) return 'N' in b && compareDecimal(decimalOf(a.N), decimalOf(b.N)) === 0
  if ('B' in a) return 'B' in b && compareScalars(a, b) === 0
  if ('BOOL' in a) return 'BOOL' in b && a.BOOL === b.BOOL
  if ('NULL' in a) return 'NULL' in b
  if ('SS' in a) return 'SS' in b && sameElements(a.SS, b.SS, false)
  if ('NS' in a) return 'NS' in b && sameElements(a.NS, b.NS, true)
  if ('BS' in a)
    return 'BS' in b && sameElements(a.BS.map(canonicalBinary), b.BS.map(canonicalBinary), false)
  if ('L' in a) {
    return 'L' in b && a.L.length === b.L.length && a.L.every((x, i) => valuesEqual(x, b.L[i]))
  }
  return 'M' in b && mapsEqual(a.M, b.M)
}

function mapsEqual(a: Record<string, AttributeValue>, b: Record<string, AttributeValue>): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => Object.hasOwn(b, key) && valuesEqual(a[key], b[key]))
}

export function itemsEqual(a: Item | undefined, b: Item | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  return mapsEqual(a, b)
}

function canonicalBinary(text: string): string {
  return base64Bytes(text).join(',')
}

/** Deep copy in DynamoDB's stored form (numbers canonical), so callers never share mutable state. */
export function storedValue(value: AttributeValue): AttributeValue {
  if ('N' in value) return { N: canonicalNumber(value.N) }
  if ('NS' in value) return { NS: value.NS.map(canonicalNumber) }
  if ('SS' in value) return { SS: [...value.SS] }
  if ('BS' in value) return { BS: [...value.BS] }
  if ('L' in value) return { L: value.L.map(storedValue) }
  if ('M' in value) return { M: storedItem(value.M) }
  return { ...value }
}

/**
 * Whether `storedItem(item)` would only copy: every value a scalar that is stored as written (numbers already
 * canonical). Lists, maps and sets are not looked into; they answer false.
 */
export function isStoredForm(item: Item): boolean {
  for (const name of Object.keys(item)) {
    const value = item[name]
    if ('S' in value || 'B' in value || 'BOOL' in value || 'NULL' in value) continue
    if ('N' in value && Object.keys(value).length === 1 && canonicalNumber(value.N) === value.N)
      continue
    return false
  }
  return true
}

export function storedItem(item: Item): Item {
  const copy: Item = {}
  for (const [name, value] of Object.entries(item)) setAttribute(copy, name, storedValue(value))
  return copy
}

/** Key for set-membership tests; equal set elements get the same key. */
export function setElementKey(type: 'SS' | 'NS' | 'BS', element: string): string {
  if (type === 'NS') return canonicalNumber(element)
  if (type === 'BS') return canonicalBinary(element)
  return element
}
