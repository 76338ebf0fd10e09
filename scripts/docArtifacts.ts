/**
 * Files derived from the docs and the validator, written by `npm run docs:generate` and checked for freshness
 * by the tests: the rule catalog the app reads (from docs/semantics.md) and the scenario JSON Schema the app
 * publishes (from the validator).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { scenarioJsonSchema } from '../src/engine'
import { parseSemantics } from './semanticsDoc'

export const ROOT = resolve(import.meta.dirname, '..')
/** The rule catalog's data: a JSON module keeps the bulk out of the TypeScript the linters and compilers read. */
export const DOC_RULES_PATH = 'src/engine/rules/docRules.json'
/** Only the ids, as a literal union, so `DocRuleId` stays exact; docRules.ts types the JSON with it. */
export const DOC_RULE_IDS_PATH = 'src/engine/rules/docRuleIds.ts'
/** In public/, so the app serves it at /scenario.schema.json. */
export const SCHEMA_PATH = 'public/scenario.schema.json'

export interface Artifact {
  readonly path: string
  readonly text: string
}

async function prettier(path: string, text: string): Promise<string> {
  const options = await resolveConfig(join(ROOT, path))
  return format(text, { ...options, filepath: join(ROOT, path) })
}

function semantics() {
  return parseSemantics(readFileSync(join(ROOT, 'docs/semantics.md'), 'utf8'))
}

export async function docRulesArtifact(): Promise<Artifact> {
  const doc = semantics()
  const rules = Object.fromEntries(doc.rules.map(({ id, ...rule }) => [id, rule] as const))
  const text = JSON.stringify({ sections: doc.sections, rules })
  return { path: DOC_RULES_PATH, text: await prettier(DOC_RULES_PATH, text) }
}

export async function docRuleIdsArtifact(): Promise<Artifact> {
  const union = (ids: readonly string[]) => ids.map((id) => `\n  | '${id}'`).join('')
  const doc = semantics()
  const text = `// Generated from docs/semantics.md by \`npm run docs:generate\`: edit the doc, not this file.
// scripts/citations.test.ts fails when it is stale. The rules' data is in docRules.json.

/** The id of every rule of the doc (its anchor). */
export type DocRuleId =${union(doc.rules.map((r) => r.id))}

/** Anchors of headings (not rules) that code may cite for a whole area. */
export type DocSectionId =${union(doc.sections)}
`
  return { path: DOC_RULE_IDS_PATH, text: await prettier(DOC_RULE_IDS_PATH, text) }
}

export async function schemaArtifact(): Promise<Artifact> {
  return {
    path: SCHEMA_PATH,
    text: await prettier(SCHEMA_PATH, JSON.stringify(scenarioJsonSchema())),
  }
}

export async function allArtifacts(): Promise<Artifact[]> {
  return [await docRulesArtifact(), await docRuleIdsArtifact(), await schemaArtifact()]
}
