/**
 * Lambda event filtering for DynamoDB stream records (docs/semantics.md A8, C4, C5, C17).
 * The record is the full record as delivered to the function, metadata included (decision C4).
 * Our own matcher: no maintained npm package implements AWS event-pattern matching for the browser, and the
 * DynamoDB quirks (numbers by JSON text, objects count as absent) must be exact. Pure: no DOM, no Node, no clock.
 */
import { isRecordObject } from './filterMatchLeaf'
import { compilePattern, matchObject } from './filterMatchRule'
import type { ObjectRule } from './filterMatchRule'

export { explainFilters } from './filterExplain'
export type { FilterVerdict } from './filterExplain'
export { lintFilterPattern } from './filterLint'

const matchAll = (): boolean => true
const matchNone = (): boolean => false

/**
 * Compiles the mapping's filter patterns (JSON strings, already syntax-checked by filterSyntax.ts) into
 * one predicate. Patterns are ORed; no patterns = everything matches. A pattern that does not compile
 * (AWS would have rejected it at create time) matches nothing.
 */
export function compileFilters(patterns: readonly string[]): (record: unknown) => boolean {
  if (patterns.length === 0) return matchAll
  const rules: ObjectRule[] = []
  for (const pattern of patterns) {
    const compiled = compilePattern(pattern)
    if (compiled.ok) rules.push(compiled.rule)
  }
  if (rules.length === 0) return matchNone
  if (rules.length === 1) {
    const rule = rules[0]
    return (record) => matchObject(rule, isRecordObject(record) ? record : undefined)
  }
  return (record) => {
    const node = isRecordObject(record) ? record : undefined
    for (let i = 0; i < rules.length; i++) if (matchObject(rules[i], node)) return true
    return false
  }
}
