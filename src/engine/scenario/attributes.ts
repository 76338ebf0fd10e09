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
  return templateOf(value)(i)
}

/**
 * `substitute` prepared once for a value: the run makes up to a million repetitions of one template (issue 13),
 * so the value is walked once here and each repetition only builds its copy.
 */
export function templateOf(value: unknown): (i: number) => unknown {
  const make = compile(value)
  return (i) => make(String(i))
}

/** A copy of the value with `{{i}}` left in: what a template keeps instead of the caller's object. */
export function copyTemplate(value: unknown): unknown {
  return compile(value)(TEMPLATE_TEXT)
}

type Make = (text: string) => unknown

// Every array and object is new in each copy; strings without the template are shared.
function compile(value: unknown): Make {
  if (typeof value === 'string') {
    if (!value.includes(TEMPLATE_TEXT)) return () => value
    const parts = value.split(TEMPLATE_TEXT)
    return (text) => parts.join(text)
  }
  if (Array.isArray(value)) {
    const elements = value.map(compile)
    return (text) => elements.map((make) => make(text))
  }
  if (!isRecord(value)) return () => value
  const fields = Object.keys(value).map((key) => ({
    key: compile(key),
    value: compile(value[key]),
  }))
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
