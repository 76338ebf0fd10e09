/**
 * The rule catalog of docs/semantics.md, typed. The data (docRules.json) and the id union (docRuleIds.ts) are
 * generated from the doc by `npm run docs:generate`; scripts/citations.test.ts fails when either is stale.
 * The import attribute lets Node's own ESM loader (Playwright specs import the engine) read the JSON.
 */
import catalog from './docRules.json' with { type: 'json' }
import type { DocRuleId, DocSectionId } from './docRuleIds'
import type { DocRule } from './types'

export type { DocRuleId, DocSectionId } from './docRuleIds'

/** Anchors of headings (not rules) that code may cite for a whole area. */
export const DOC_SECTIONS = catalog.sections as readonly DocSectionId[]

// JSON types widen `firmness` to string[]; both files come from the same parse of the doc, so the ids match.
export const DOC_RULES = catalog.rules as Readonly<Record<DocRuleId, DocRule>>
