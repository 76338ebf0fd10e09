/**
 * Error-message builders in the shapes AWS and its SDKs use, so a scenario error reads like the API call it
 * stands for. Sources:
 * - botocore `validate.py` (client-side parameter validation: "Invalid type for parameter …", "Unknown
 *   parameter in input …", "Missing required parameter in input …"); values are printed with Python's `str()`.
 * - The AWS (Coral) service validation format "1 validation error detected: Value '…' at '…' failed to
 *   satisfy constraint: …", as recorded against DynamoDB and Lambda.
 * Every message carries the exception name first, e.g. `ValidationException: …`.
 */
import { boundText } from '../../lib/boundText'
import type { ScenarioError } from './types'

/**
 * Every error line stays readable whatever the input: values quoted in a message are cut at 100
 * characters (boundText), and as a last guard a whole path or message is cut here.
 */
export const MAX_ERROR_PATH_CHARS = 200
export const MAX_ERROR_MESSAGE_CHARS = 1000

/** Collects errors; never throws. */
export interface Report {
  (path: string, message: string): void
}

export function createCollector(): { errors: ScenarioError[]; report: Report } {
  const errors: ScenarioError[] = []
  const report: Report = (path, message) =>
    void errors.push({
      path: boundText(path, MAX_ERROR_PATH_CHARS),
      message: boundText(message, MAX_ERROR_MESSAGE_CHARS),
    })
  return { errors, report }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function joinPath(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`
  return prefix === '' ? key : `${prefix}.${key}`
}

/** Python's `str()` of the JSON value, as botocore prints a rejected parameter. */
export function pyStr(value: unknown, nested = false): string {
  if (value === null || value === undefined) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pyFloat(value)
  if (typeof value === 'string') return nested ? `'${value.replace(/'/g, "\\'")}'` : value
  if (Array.isArray(value)) return `[${value.map((v) => pyStr(v, true)).join(', ')}]`
  if (isRecord(value)) {
    const parts = Object.entries(value).map(([k, v]) => `${pyStr(k, true)}: ${pyStr(v, true)}`)
    return `{${parts.join(', ')}}`
  }
  return typeof value === 'bigint' ? value.toString() : (JSON.stringify(value) ?? 'None')
}

function pyFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan'
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf'
  return String(value)
}

/** The Python class botocore names for a JSON value. */
export function pyType(value: unknown): string {
  if (value === null || value === undefined) return "<class 'NoneType'>"
  if (typeof value === 'boolean') return "<class 'bool'>"
  if (typeof value === 'number')
    return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>"
  if (typeof value === 'string') return "<class 'str'>"
  if (Array.isArray(value)) return "<class 'list'>"
  return "<class 'dict'>"
}

export type ParamKind = 'int' | 'bool' | 'str' | 'list' | 'dict' | 'timestamp'

const VALID_TYPES: Record<ParamKind, string> = {
  int: "<class 'int'>",
  bool: "<class 'bool'>",
  str: "<class 'str'>",
  list: "<class 'list'>, <class 'tuple'>",
  dict: "<class 'dict'>",
  timestamp: "<class 'datetime.datetime'>, timestamp-string",
}

/** Whether a JSON value has the type botocore accepts for that parameter kind. */
export function hasKind(value: unknown, kind: ParamKind): boolean {
  switch (kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value)
    case 'bool':
      return typeof value === 'boolean'
    case 'str':
      return typeof value === 'string'
    case 'list':
      return Array.isArray(value)
    case 'dict':
      return isRecord(value)
    case 'timestamp':
      return typeof value === 'number' || (typeof value === 'string' && !isNaN(Date.parse(value)))
  }
}

export function invalidType(param: string, value: unknown, kind: ParamKind): string {
  return (
    `Parameter validation failed: Invalid type for parameter ${param}, value: ${boundText(pyStr(value))}, ` +
    `type: ${pyType(value)}, valid types: ${VALID_TYPES[kind]}`
  )
}

export function unknownParam(where: string, name: string, valid: readonly string[]): string {
  return `Parameter validation failed: Unknown parameter in ${where}: "${boundText(name)}", must be one of: ${valid.join(', ')}`
}

export function missingParam(where: string, name: string): string {
  return `Parameter validation failed: Missing required parameter in ${where}: "${boundText(name)}"`
}

/** The service-side constraint message, one violation at a time ("1 validation error detected: …"). */
export function constraint(exception: string, value: unknown, at: string, rule: string): string {
  return constraints(exception, [violation(value, at, rule)])
}

/** Several violations found in one request are reported together, as the services do. */
export function constraints(exception: string, violations: readonly string[]): string {
  const n = violations.length
  return `${exception}: ${n} validation error${n === 1 ? '' : 's'} detected: ${violations.join('; ')}`
}

export function violation(value: unknown, at: string, rule: string): string {
  const shown = value === null || value === undefined ? 'null' : `'${boundText(coralStr(value))}'`
  return `Value ${shown} at '${at}' failed to satisfy constraint: ${rule}`
}

/** How the Java services print a value inside a constraint message. */
function coralStr(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(coralStr).join(', ')}]`
  if (isRecord(value)) return JSON.stringify(value)
  return String(value)
}

export function maxRule(max: number): string {
  return `Member must have value less than or equal to ${max}`
}
export function minRule(min: number): string {
  return `Member must have value greater than or equal to ${min}`
}
export function enumRule(values: readonly string[]): string {
  return `Member must satisfy enum value set: [${values.join(', ')}]`
}

/** Prefixes a message from another module with its exception name, unless it already has one. */
export function withException(exception: string, message: string): string {
  return /^[A-Za-z]+(Exception|Error)\b/.test(message) ? message : `${exception}: ${message}`
}

/** Checks a structure's keys botocore-style; returns false when `value` is not an object at all. */
export function checkStructure(
  value: unknown,
  path: string,
  param: string,
  allowed: readonly string[],
  report: Report,
): value is Record<string, unknown> {
  if (!isRecord(value)) {
    report(path, invalidType(param, value, 'dict'))
    return false
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report(joinPath(path, key), unknownParam(param, key, allowed))
  }
  return true
}

/** A short, JSON-ish rendering of a bad value for our own messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
