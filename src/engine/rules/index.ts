/**
 * The rules of docs/semantics.md as data (generated from the doc, see docRules.ts): what the app shows when it
 * names the rule behind a step, and where it links.
 */
import { DOC_RULES } from './docRules'
import type { DocRuleId } from './docRules'
import type { DocRule, Firmness } from './types'

export type { DocRule, Firmness } from './types'
export { DOC_RULES, DOC_SECTIONS } from './docRules'
export type { DocRuleId, DocSectionId } from './docRules'

/** The page that explains every rule; each rule is the anchor of its id (`#A4.3`). */
export const SEMANTICS_DOC = 'docs/semantics.md'

export function docRule(id: DocRuleId): DocRule {
  return DOC_RULES[id]
}

/** A rule's own firmness: the first it states (in C and D always "decision"). */
export function primaryFirmness(id: DocRuleId): Firmness {
  return DOC_RULES[id].firmness[0]
}
