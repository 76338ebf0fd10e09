/**
 * Explains filter verdicts for the UI's filter lab. It walks the same compiled tree as the matcher
 * (filterMatchRule.ts) and mirrors its order, so `explainFilters(p, r).some((v) => v.matched)` always equals
 * `compileFilters(p)(r)`; a property test pins that.
 */
import { isRecordObject, leafTestPasses } from './filterMatchLeaf'
import type { LeafTest } from './filterMatchLeaf'
import { childOf, compilePattern } from './filterMatchRule'
import type { FieldRule, ObjectRule } from './filterMatchRule'

export interface FilterVerdict {
  /** Index of the pattern in the mapping's filter list; null for the single verdict of "no filters". */
  readonly pattern: number | null
  readonly matched: boolean
  /** Why: on a match, every condition that held; on a miss, the first condition that failed. */
  readonly reason: string
}

interface Outcome {
  readonly ok: boolean
  readonly reasons: readonly string[]
}

const MAX_VALUE_TEXT = 80

function valueText(value: unknown): string {
  if (value === undefined) return 'absent'
  if (isRecordObject(value)) return 'an object (not a leaf, so it counts as absent)'
  const text = JSON.stringify(value) ?? typeof value
  return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT - 1)}…` : text
}

function containsString(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.some(containsString))
}

/** A hint for the two traps users hit most (D-ddbfilt): numeric on N strings, a missing type key. */
function hintFor(tests: readonly LeafTest[], value: unknown): string {
  if (tests.some((t) => t.kind === 'numeric') && containsString(value)) {
    return ' (numeric matches only JSON numbers; a DynamoDB N value is a string)'
  }
  if (isRecordObject(value) && tests.some((t) => t.kind !== 'exists')) {
    return ' (it holds a typed value such as {"S": …}: add the type key to the pattern)'
  }
  return ''
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

function explainField(
  field: FieldRule,
  node: Record<string, unknown> | undefined,
  path: string,
): Outcome {
  const at = join(path, field.key)
  const child = childOf(node, field.key)
  if (field.kind === 'object') return explainObjectAt(field.rule, child, at)
  if (field.kind === 'invalid') {
    return { ok: false, reasons: [`${at}: ${field.text} is neither an array nor an object`] }
  }
  const passed = field.tests.find((test) => leafTestPasses(test, child))
  if (passed !== undefined)
    return { ok: true, reasons: [`${at}: ${valueText(child)} matches ${passed.text}`] }
  const list = `[${field.tests.map((t) => t.text).join(', ')}]`
  const verb = field.tests.every((t) => t.kind === 'literal') ? 'is not one of' : 'matches none of'
  return {
    ok: false,
    reasons: [`${at}: ${valueText(child)} ${verb} ${list}${hintFor(field.tests, child)}`],
  }
}

function explainObjectAt(rule: ObjectRule, child: unknown, path: string): Outcome {
  if (!Array.isArray(child))
    return explainObject(rule, isRecordObject(child) ? child : undefined, path)
  let firstMiss: Outcome | undefined
  for (let i = 0; i < child.length; i++) {
    const element: unknown = child[i]
    if (!isRecordObject(element)) continue
    const outcome = explainObject(rule, element, `${path}[${i}]`)
    if (outcome.ok) return outcome
    firstMiss ??= outcome
  }
  return firstMiss ?? explainObject(rule, undefined, path)
}

function explainObject(
  rule: ObjectRule,
  node: Record<string, unknown> | undefined,
  path: string,
): Outcome {
  const reasons: string[] = []
  for (const field of rule.fields) {
    const outcome = explainField(field, node, path)
    if (!outcome.ok) return outcome
    reasons.push(...outcome.reasons)
  }
  for (const branches of rule.ors) {
    const misses: string[] = []
    const hit = branches.find((branch, i) => {
      const outcome = explainObject(branch, node, path)
      if (outcome.ok) reasons.push(`$or[${i}]: ${outcome.reasons.join('; ')}`)
      else misses.push(`$or[${i}]: ${outcome.reasons.join('; ')}`)
      return outcome.ok
    })
    if (hit === undefined) {
      const where = path === '' ? '' : ` at ${path}`
      return { ok: false, reasons: [`no $or alternative matched${where}: ${misses.join(' | ')}`] }
    }
  }
  return { ok: true, reasons }
}

/**
 * Explains, per pattern, whether it matched and why, e.g.
 * `{ pattern: 0, matched: false, reason: 'dynamodb.NewImage.status.S: "shipped" is not one of ["pending"]' }`.
 */
export function explainFilters(patterns: readonly string[], record: unknown): FilterVerdict[] {
  if (patterns.length === 0) {
    return [
      { pattern: null, matched: true, reason: 'no filter criteria: every record is delivered' },
    ]
  }
  const node = isRecordObject(record) ? record : undefined
  return patterns.map((text, pattern) => {
    const compiled = compilePattern(text)
    if (!compiled.ok) {
      return {
        pattern,
        matched: false,
        reason: `invalid pattern, AWS rejects it: ${compiled.error}`,
      }
    }
    const outcome = explainObject(compiled.rule, node, '')
    const reason = outcome.reasons.join('; ')
    return {
      pattern,
      matched: outcome.ok,
      reason: reason === '' ? 'empty pattern: matches every record' : reason,
    }
  })
}
