/**
 * Plain JSON or DynamoDB JSON: wherever the scenario takes an attribute map, either form is accepted. The choice
 * is made per map: DynamoDB JSON when every value is an object with exactly one key that is a type descriptor,
 * otherwise the map is marshalled the way `@aws-sdk/util-dynamodb` does (so `{ "n": 1 }` becomes `{ "n": { "N": "1" } }`),
 * by our marshallMap, which keeps every attribute name.
 */
import type { Item } from '../model/dynamo'
import { checkAttributeMap } from '../table'
import { marshallMap } from './marshallJson'
import { isRecord, joinPath, withException, type Report } from './messages'

const DESCRIPTORS = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'L', 'M', 'SS', 'NS', 'BS'])

export function isDynamoJsonMap(value: Record<string, unknown>): boolean {
  return Object.values(value).every((v) => {
    if (!isRecord(v)) return false
    const keys = Object.keys(v)
    return keys.length === 1 && DESCRIPTORS.has(keys[0])
  })
}

/**
 * Turns a map given in either form into DynamoDB JSON, reporting problems under `path`.
 * `plain` forces marshalling (the `put`/`delete` shortcuts take plain JSON only).
 * Returns undefined when the map cannot be used.
 */
export function toAttributeMap(
  value: unknown,
  path: string,
  report: Report,
  plain = false,
): Item | undefined {
  if (!isRecord(value)) {
    report(path, 'ValidationException: Expected an attribute map (a JSON object)')
    return undefined
  }
  if (!plain && isDynamoJsonMap(value)) {
    let ok = true
    // Checked one attribute at a time so each problem names its attribute's path.
    for (const [name, attr] of Object.entries(value)) {
      for (const message of safeCheck({ [name]: attr })) {
        report(joinPath(path, name), withException('ValidationException', message))
        ok = false
      }
    }
    return ok ? (value as Item) : undefined
  }
  try {
    return marshallMap(value)
  } catch (error) {
    report(path, `ValidationException: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

/** The table module is another person's work: a bug there must not make validation throw. */
function safeCheck(map: unknown): string[] {
  try {
    return checkAttributeMap(map)
  } catch (error) {
    return [`Internal error while checking attributes: ${String(error)}`]
  }
}

const TEMPLATE_TEXT = '{{i}}'

/** Whether any string in the value (object keys included) holds `{{i}}`. */
export function hasTemplate(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('{{i}}')
  if (Array.isArray(value)) return value.some(hasTemplate)
  if (isRecord(value)) {
    return Object.entries(value).some(([k, v]) => k.includes('{{i}}') || hasTemplate(v))
  }
  return false
}

/** Replaces `{{i}}` with `i` in every string of the value; a string stays a string (`"{{i}}"` → `"3"`). */
export function substitute(value: unknown, i: number): unknown {
  return compile(value, false)(String(i))
}

/**
 * `substitute` prepared once for a value: the run makes up to a million repetitions of one template (issue 13),
 * so the value is walked once here and each repetition only builds what holds `{{i}}`. The parts without it are
 * the value's own, shared by every repetition: the value must never change afterwards (a validated scenario's
 * template, which nobody changes).
 */
export function templateOf(value: unknown): (i: number) => unknown {
  const make = compile(value, true)
  return (i) => make(String(i))
}

/** A copy of the value with `{{i}}` left in: what a template keeps instead of the caller's object. */
export function copyTemplate(value: unknown): unknown {
  return compile(value, false)(TEMPLATE_TEXT)
}

type Make = (text: string) => unknown

/**
 * With `share`, the parts without `{{i}}` are the value's own; without it, every array and object is new in
 * each copy. Strings are immutable, so they are shared either way.
 */
function compile(value: unknown, share: boolean): Make {
  if (typeof value === 'string') return compileString(value)
  if (share && !hasTemplate(value)) return () => value
  if (Array.isArray(value)) {
    const elements = value.map((element) => compile(element, share))
    return (text) => elements.map((make) => make(text))
  }
  if (!isRecord(value)) return () => value
  const keys = Object.keys(value)
  if (keys.some((key) => key.includes(TEMPLATE_TEXT))) return compileFields(value, keys, share)
  return compileObject(value, keys, share)
}

function compileString(value: string): Make {
  if (!value.includes(TEMPLATE_TEXT)) return () => value
  const parts = value.split(TEMPLATE_TEXT)
  if (parts.length > 2) return (text) => parts.join(text)
  const [before, after] = parts
  // `"{{i}}"` alone, the common case, is the repetition's text itself.
  return before === '' && after === '' ? (text) => text : (text) => before + text + after
}

/**
 * An object whose keys hold no `{{i}}`: each copy is a clone of one base object, which holds the shared
 * values, and only the fields that change are set. A clone is as small as an object literal, where an object
 * filled key by key keeps room for more keys (in V8, 56 bytes instead of 32 for `{ S: … }`): a million items
 * are made this way (issue 13).
 */
function compileObject(value: Record<string, unknown>, keys: string[], share: boolean): Make {
  const scalar = keys.length === 1 ? compileScalar(keys[0], value[keys[0]], share) : undefined
  if (scalar !== undefined) return scalar
  // JSON.parse makes an object with room for exactly its keys, in their order.
  const base = JSON.parse(
    `{${keys.map((key) => `${JSON.stringify(key)}:null`).join(',')}}`,
  ) as Record<string, unknown>
  const made: { key: string; make: Make }[] = []
  for (const key of keys) {
    const field = value[key]
    if (hasTemplate(field) || (!share && typeof field === 'object' && field !== null))
      made.push({ key, make: compile(field, share) })
    else setField(base, key, field)
  }
  return (text) => {
    const out = { ...base }
    for (const field of made) setField(out, field.key, field.make(text))
    return out
  }
}

/**
 * `{ "S": … }` and `{ "N": … }`, most of a DynamoDB item's values, as literals: cheaper than a clone and a
 * keyed store (issue 13). Undefined for any other object.
 */
function compileScalar(key: string, field: unknown, share: boolean): Make | undefined {
  if (typeof field !== 'string' || (key !== 'S' && key !== 'N')) return undefined
  const make = compile(field, share)
  return key === 'S' ? (text) => ({ S: make(text) }) : (text) => ({ N: make(text) })
}

/** An object with `{{i}}` in a key: built key by key. */
function compileFields(value: Record<string, unknown>, keys: string[], share: boolean): Make {
  const fields = keys.map((key) => ({ key: compileString(key), value: compile(value[key], share) }))
  return (text) => {
    const out: Record<string, unknown> = {}
    for (const field of fields) setField(out, field.key(text) as string, field.value(text))
    return out
  }
}

// defineProperty, not assignment, for `__proto__`: it must stay a plain key.
function setField(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  else out[key] = value
}
