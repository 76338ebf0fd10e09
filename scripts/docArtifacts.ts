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
export const DOC_RULES_PATH = 'src/engine/rules/docRules.ts'
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

export async function docRulesArtifact(): Promise<Artifact> {
  const doc = parseSemantics(readFileSync(join(ROOT, 'docs/semantics.md'), 'utf8'))
  const rules = Object.fromEntries(doc.rules.map(({ id, ...rule }) => [id, rule] as const))
  const text = `// Generated from docs/semantics.md by \`npm run docs:generate\`: edit the doc, not this file.
// scripts/citations.test.ts fails when it is stale.
/* eslint-disable max-lines -- one entry per rule of the doc */
import type { DocRule } from './types'

/** Anchors of headings (not rules) that code may cite for a whole area. */
export const DOC_SECTIONS = ${JSON.stringify(doc.sections)} as const

export const DOC_RULES = ${JSON.stringify(rules)} as const satisfies Record<string, DocRule>
`
  return { path: DOC_RULES_PATH, text: await prettier(DOC_RULES_PATH, text) }
}

export async function schemaArtifact(): Promise<Artifact> {
  return {
    path: SCHEMA_PATH,
    text: await prettier(SCHEMA_PATH, JSON.stringify(scenarioJsonSchema())),
  }
}

export async function allArtifacts(): Promise<Artifact[]> {
  return [await docRulesArtifact(), await schemaArtifact()]
}
