/**
 * Leaf tests of Lambda event filtering: the elements of a pattern array such as `["a", {"prefix": "b"}]`.
 * Operator set: the Lambda table only (docs/semantics.md A8.3, decision C5); anything else compiles to a test
 * that never matches, because AWS rejects it at create time and it can never reach a record.
 * Everything here runs once per record per field, so the tests are precompiled and allocation-free.
 */
import { PatternNumber, isPatternObject } from './filterMatchParse'
import type { PatternValue } from './filterMatchParse'

/** A JSON leaf of a record: anything that is neither an object nor an array. */
export type Leaf = string | number | boolean | null

export type LeafTest =
  | { readonly kind: 'exists'; readonly want: boolean; readonly text: string }
  | {
      readonly kind: 'literal' | 'operator' | 'numeric' | 'unsupported'
      readonly test: (value: Leaf) => boolean
      readonly text: string
    }

export function isLeaf(value: unknown): value is Leaf {
  const t = typeof value
  return value === null || t === 'string' || t === 'number' || t === 'boolean'
}

export function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Pattern text for messages, with numbers written as in the pattern. */
export function patternText(value: PatternValue): string {
  if (value instanceof PatternNumber) return value.raw
  if (Array.isArray(value)) return `[${value.map(patternText).join(', ')}]`
  if (isPatternObject(value)) {
    const parts = Object.keys(value).map((k) => `${JSON.stringify(k)}: ${patternText(value[k])}`)
    return `{${parts.join(', ')}}`
  }
  return JSON.stringify(value)
}

const never = (): boolean => false

/**
 * Numbers compare by their JSON text (AWS: `300`, `300.0` and `3.0e2` differ). A record number's text is
 * always the shortest form JSON.stringify writes, so a pattern number matches only when it is written in that
 * same form and has the same value; `300.0` and `3e2` in a pattern never match anything.
 */
function isCanonical(n: PatternNumber): boolean {
  return Number.isFinite(n.value) && JSON.stringify(n.value) === n.raw
}

function compileLiteral(lit: string | boolean | null | PatternNumber): (v: Leaf) => boolean {
  if (lit instanceof PatternNumber) {
    if (!isCanonical(lit)) return never
    const n = lit.value
    return (v) => v === n
  }
  return (v) => v === lit
}

function compileAnythingBut(arg: PatternValue): ((v: Leaf) => boolean) | undefined {
  const items = Array.isArray(arg) ? arg : [arg]
  const strings = new Set<string>()
  const numbers = new Set<number>()
  for (const item of items) {
    if (typeof item === 'string') strings.add(item)
    // A non-canonical number equals no record value, so it excludes nothing.
    else if (item instanceof PatternNumber) {
      if (isCanonical(item)) numbers.add(item.value)
    } else return undefined
  }
  return (v) => !(typeof v === 'string' ? strings.has(v) : typeof v === 'number' && numbers.has(v))
}

const COMPARATORS: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
}

function compileNumeric(arg: PatternValue): ((v: Leaf) => boolean) | undefined {
  if (!Array.isArray(arg) || arg.length === 0 || arg.length % 2 !== 0) return undefined
  const ops: ((a: number, b: number) => boolean)[] = []
  const bounds: number[] = []
  for (let i = 0; i < arg.length; i += 2) {
    const op = arg[i]
    const bound = arg[i + 1]
    if (typeof op !== 'string' || !(op in COMPARATORS) || !(bound instanceof PatternNumber)) {
      return undefined
    }
    ops.push(COMPARATORS[op])
    bounds.push(bound.value)
  }
  // Only JSON numbers: a DynamoDB N value is a string ("101"), so numeric never matches it (A8.4/A8.5).
  return (v) => {
    if (typeof v !== 'number') return false
    for (let i = 0; i < ops.length; i++) if (!ops[i](v, bounds[i])) return false
    return true
  }
}

function compileOperator(name: string, arg: PatternValue): ((v: Leaf) => boolean) | undefined {
  switch (name) {
    case 'equals-ignore-case': {
      if (typeof arg !== 'string') return undefined
      const lower = arg.toLowerCase()
      return (v) => typeof v === 'string' && v.toLowerCase() === lower
    }
    case 'prefix':
      if (typeof arg !== 'string') return undefined
      return (v) => typeof v === 'string' && v.startsWith(arg)
    case 'suffix':
      if (typeof arg !== 'string') return undefined
      return (v) => typeof v === 'string' && v.endsWith(arg)
    case 'anything-but':
      return compileAnythingBut(arg)
    case 'numeric':
      return compileNumeric(arg)
    default:
      return undefined
  }
}

export function compileLeafTest(element: PatternValue): LeafTest {
  if (!isPatternObject(element)) {
    if (Array.isArray(element))
      return { kind: 'unsupported', test: never, text: patternText(element) }
    return { kind: 'literal', test: compileLiteral(element), text: patternText(element) }
  }
  const keys = Object.keys(element)
  const unsupported: LeafTest = { kind: 'unsupported', test: never, text: patternText(element) }
  if (keys.length !== 1) return unsupported
  const name = keys[0]
  const arg = element[name]
  if (name === 'exists') {
    return typeof arg === 'boolean'
      ? { kind: 'exists', want: arg, text: `exists: ${arg}` }
      : unsupported
  }
  const test = compileOperator(name, arg)
  if (test === undefined) return unsupported
  // Numeric reads as `numeric > 10 <= 20`: the operators unquoted, as people say them.
  const text =
    name === 'numeric' && Array.isArray(arg)
      ? `numeric ${arg.map((x) => (typeof x === 'string' ? x : patternText(x))).join(' ')}`
      : `${name} ${patternText(arg)}`
  return { kind: name === 'numeric' ? 'numeric' : 'operator', test, text }
}

/** True when the value holds at least one leaf; objects (intermediate nodes) and empty arrays count as absent. */
export function hasLeaf(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasLeaf(value[i])) return true
    return false
  }
  return isLeaf(value)
}

/** True when some leaf of the value (the value itself, or any element of an array) passes the test. */
export function anyLeaf(value: unknown, test: (v: Leaf) => boolean): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (anyLeaf(value[i], test)) return true
    return false
  }
  return isLeaf(value) && test(value)
}

/** One pattern array against the record's value at that path: any element may match (OR). */
export function leafTestPasses(test: LeafTest, value: unknown): boolean {
  return test.kind === 'exists' ? hasLeaf(value) === test.want : anyLeaf(value, test.test)
}
