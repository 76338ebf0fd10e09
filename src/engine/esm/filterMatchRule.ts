/**
 * A filter pattern compiled into a small tree that both the hot-path matcher (filterMatch.ts) and the
 * explainer (filterExplain.ts) walk, so the two can never disagree about what matches.
 * Semantics: docs/semantics.md A8; every key must match (AND), a pattern array is a list of alternatives (OR),
 * `$or` lists alternative sub-patterns for the same level, and an intermediate node (an object) counts as
 * absent for leaf tests, which is why `{"x":[{"exists":false}]}` matches an item that has x (A8.5).
 */
import { compileLeafTest, isRecordObject, leafTestPasses, patternText } from './filterMatchLeaf'
import type { LeafTest } from './filterMatchLeaf'
import { MAX_PATTERN_CHARS, isPatternObject, parsePattern } from './filterMatchParse'
import type { PatternObject, PatternValue } from './filterMatchParse'

export type FieldRule =
  | { readonly key: string; readonly kind: 'leaf'; readonly tests: readonly LeafTest[] }
  | { readonly key: string; readonly kind: 'object'; readonly rule: ObjectRule }
  /** A key whose value is neither an array nor an object: AWS rejects it, so it matches nothing. */
  | { readonly key: string; readonly kind: 'invalid'; readonly text: string }

export interface ObjectRule {
  readonly fields: readonly FieldRule[]
  /** Each `$or` entry is a list of alternative sub-patterns; JSON allows only one `$or` per object. */
  readonly ors: readonly (readonly ObjectRule[])[]
}

export type CompiledPattern =
  { readonly ok: true; readonly rule: ObjectRule } | { readonly ok: false; readonly error: string }

function isOrBranches(value: PatternValue): value is PatternObject[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPatternObject)
}

function buildObjectRule(pattern: PatternObject): ObjectRule {
  const fields: FieldRule[] = []
  const ors: ObjectRule[][] = []
  for (const key of Object.keys(pattern)) {
    const value = pattern[key]
    if (key === '$or' && isOrBranches(value)) ors.push(value.map(buildObjectRule))
    else if (Array.isArray(value))
      fields.push({ key, kind: 'leaf', tests: value.map(compileLeafTest) })
    else if (isPatternObject(value))
      fields.push({ key, kind: 'object', rule: buildObjectRule(value) })
    else fields.push({ key, kind: 'invalid', text: patternText(value) })
  }
  return { fields, ors }
}

/** Parses and compiles one pattern. Never throws: a pattern AWS would reject comes back as an error. */
export function compilePattern(pattern: string): CompiledPattern {
  // Lambda's limit: a longer text could nest deeper than the explainer's recursion (docs/semantics.md D19).
  if (pattern.length > MAX_PATTERN_CHARS)
    return { ok: false, error: `longer than ${MAX_PATTERN_CHARS} characters` }
  let parsed: PatternValue
  try {
    parsed = parsePattern(pattern)
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` }
  }
  if (!isPatternObject(parsed))
    return { ok: false, error: 'a filter pattern must be a JSON object' }
  return { ok: true, rule: buildObjectRule(parsed) }
}

/** The record's value under `key`, or undefined when the node is absent or a leaf. */
export function childOf(node: Record<string, unknown> | undefined, key: string): unknown {
  return node !== undefined && Object.hasOwn(node, key) ? node[key] : undefined
}

/**
 * A sub-pattern applies to the object at its key. When the record holds an array there (a DynamoDB `L`),
 * the sub-pattern must match one element as a whole, so sibling keys are tested against the same element.
 * When there is no object at all, the sub-pattern sees an absent node, where only `exists: false` holds.
 */
export function matchObjectAt(rule: ObjectRule, child: unknown): boolean {
  if (!Array.isArray(child)) return matchObject(rule, isRecordObject(child) ? child : undefined)
  let sawObject = false
  for (let i = 0; i < child.length; i++) {
    const element: unknown = child[i]
    if (!isRecordObject(element)) continue
    sawObject = true
    if (matchObject(rule, element)) return true
  }
  return !sawObject && matchObject(rule, undefined)
}

export function matchField(field: FieldRule, node: Record<string, unknown> | undefined): boolean {
  const child = childOf(node, field.key)
  if (field.kind === 'object') return matchObjectAt(field.rule, child)
  if (field.kind === 'invalid') return false
  const tests = field.tests
  for (let i = 0; i < tests.length; i++) if (leafTestPasses(tests[i], child)) return true
  return false
}

export function matchObject(rule: ObjectRule, node: Record<string, unknown> | undefined): boolean {
  const fields = rule.fields
  for (let i = 0; i < fields.length; i++) if (!matchField(fields[i], node)) return false
  for (let i = 0; i < rule.ors.length; i++) {
    const branches = rule.ors[i]
    let any = false
    for (let j = 0; j < branches.length && !any; j++) any = matchObject(branches[j], node)
    if (!any) return false
  }
  return true
}
