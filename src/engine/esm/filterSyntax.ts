/**
 * Syntax of a Lambda event-filter pattern (FilterCriteria.Filters[].Pattern), checked when a mapping is created
 * or updated. Lambda answers any bad pattern with `InvalidParameterValueException: Invalid filter pattern
 * definition.`; the reason returned here is for the simulator's UI only.
 *
 * Accepted: the operators of Lambda's table (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html):
 * exact values (string, number, boolean, null), `equals-ignore-case`, `prefix`, `suffix`, `anything-but`
 * (a value or a list of values), `numeric`, `exists`, and `$or`. EventBridge's extras (`wildcard`, `cidr`,
 * anything-but with prefix/suffix/equals-ignore-case, prefix/suffix with equals-ignore-case) are rejected:
 * Lambda's table does not list them (project decision C5, inferred).
 */

import { MAX_PATTERN_CHARS } from './filterMatchParse'

const NUMERIC_LOWER = ['>', '>=']
const NUMERIC_UPPER = ['<', '<=']

type Check = string | undefined

/** Returns why the pattern is invalid, or undefined when Lambda would accept it. */
export function checkFilterPattern(pattern: string): string | undefined {
  // Before parsing: the checks below recurse, and Lambda's length limit bounds how deep they go.
  if (pattern.length > MAX_PATTERN_CHARS)
    return `The pattern is longer than ${MAX_PATTERN_CHARS} characters`
  let parsed: unknown
  try {
    parsed = JSON.parse(pattern)
  } catch {
    return 'The pattern is not valid JSON'
  }
  if (!isObject(parsed)) return 'The pattern must be a JSON object'
  return checkObject(parsed, '')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkObject(node: Record<string, unknown>, at: string): Check {
  for (const [key, value] of Object.entries(node)) {
    const where = at === '' ? key : `${at}.${key}`
    const problem = key === '$or' ? checkOr(value, where) : checkNode(value, where)
    if (problem) return problem
  }
  return undefined
}

function checkOr(value: unknown, where: string): Check {
  if (!Array.isArray(value) || value.length < 2) {
    return `"${where}" must be a list of at least two patterns`
  }
  for (const alternative of value) {
    if (!isObject(alternative) || Object.keys(alternative).length === 0) {
      return `Each alternative of "${where}" must be a non-empty object`
    }
    const problem = checkObject(alternative, where)
    if (problem) return problem
  }
  return undefined
}

function checkNode(value: unknown, where: string): Check {
  if (isObject(value)) return checkObject(value, where)
  if (!Array.isArray(value))
    return `The value at "${where}" must be a list of match values or an object`
  if (value.length === 0) return `The list at "${where}" must not be empty`
  for (const element of value) {
    const problem = checkMatcher(element, where)
    if (problem) return problem
  }
  return undefined
}

function checkMatcher(element: unknown, where: string): Check {
  if (element === null || typeof element === 'string' || typeof element === 'boolean')
    return undefined
  if (typeof element === 'number')
    return Number.isFinite(element) ? undefined : `Bad number at "${where}"`
  if (!isObject(element))
    return `Match values at "${where}" must be strings, numbers, booleans, null or operators`
  const keys = Object.keys(element)
  if (keys.length !== 1) return `An operator object at "${where}" must have exactly one key`
  const [operator] = keys
  const operand = element[operator]
  switch (operator) {
    case 'equals-ignore-case':
    case 'prefix':
    case 'suffix':
      return typeof operand === 'string' ? undefined : `"${operator}" at "${where}" takes a string`
    case 'exists':
      return typeof operand === 'boolean' ? undefined : `"exists" at "${where}" takes true or false`
    case 'anything-but':
      return checkAnythingBut(operand, where)
    case 'numeric':
      return checkNumeric(operand, where)
    default:
      return `Operator "${operator}" at "${where}" is not supported by Lambda event filtering`
  }
}

function checkAnythingBut(operand: unknown, where: string): Check {
  const scalar = (v: unknown) =>
    typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))
  if (scalar(operand)) return undefined
  if (Array.isArray(operand) && operand.length > 0 && operand.every(scalar)) {
    const kinds = new Set(operand.map((v) => typeof v))
    if (kinds.size === 1) return undefined
    return `"anything-but" at "${where}" takes all strings or all numbers`
  }
  // {anything-but: {prefix: …}} and friends are EventBridge-only (decision C5).
  return `"anything-but" at "${where}" takes a string, a number or a non-empty list of them`
}

function checkNumeric(operand: unknown, where: string): Check {
  const bad = `"numeric" at "${where}" takes ["=", n], [">", n], [">", n, "<", m] and the like`
  if (!Array.isArray(operand) || (operand.length !== 2 && operand.length !== 4)) return bad
  for (let i = 0; i < operand.length; i += 2) {
    if (typeof operand[i] !== 'string' || typeof operand[i + 1] !== 'number') return bad
    if (!Number.isFinite(operand[i + 1])) return bad
  }
  const [op1, , op2] = operand as [string, number, string?, number?]
  if (operand.length === 2) {
    return ['=', ...NUMERIC_LOWER, ...NUMERIC_UPPER].includes(op1) ? undefined : bad
  }
  // A range: a lower bound, then an upper bound.
  if (!NUMERIC_LOWER.includes(op1) || !NUMERIC_UPPER.includes(op2 as string)) return bad
  return (operand[1] as number) < (operand[3] as number)
    ? undefined
    : `Empty numeric range at "${where}"`
}
