/**
 * The scenario JSON Schema the app publishes (public/scenario.schema.json, linked from docs/scenario-format.md):
 * generated from the validator and fresh, every example and built-in preset passes it, and files the validator
 * refuses for their shape fail it too.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../src/engine'
import { SCENARIO_PRESETS } from '../src/scenarios'
import { ROOT, schemaArtifact, SCHEMA_PATH } from './docArtifacts'

const schema = JSON.parse(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8')) as object
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema)
const errorsOf = (scenario: unknown) => (validate(scenario) ? [] : validate.errors)

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8'))] as const)

describe('the published scenario JSON Schema', () => {
  it('is generated from the current validator (run npm run docs:generate)', async () => {
    const artifact = await schemaArtifact()
    expect(readFileSync(join(ROOT, artifact.path), 'utf8')).toBe(artifact.text)
  })

  it('finds the examples and the presets', () => {
    expect(examples.length).toBeGreaterThanOrEqual(13)
    expect(Object.keys(SCENARIO_PRESETS).length).toBeGreaterThanOrEqual(2)
  })

  it.each(examples)('accepts examples/%s', (_, scenario) => {
    expect(errorsOf(scenario)).toEqual([])
  })

  it.each(Object.entries(SCENARIO_PRESETS))('accepts the built-in preset %s', (_, scenario) => {
    expect(errorsOf(scenario)).toEqual([])
  })

  const base = SCENARIO_PRESETS['poison-pill'] as Record<string, unknown>
  const mapping = base.mapping as Record<string, unknown>
  const invalid: [string, unknown, string][] = [
    ['an unknown top-level key', { ...base, tabel: {} }, '/'],
    ['another format', { ...base, format: 'other' }, '/format'],
    ['no mapping', { ...base, mapping: undefined }, '/'],
    [
      'BatchSize 10,001',
      { ...base, mapping: { ...mapping, BatchSize: 10_001 } },
      '/mapping/BatchSize',
    ],
    [
      'MaximumRecordAgeInSeconds 30 (−1 or 60 to 604,800)',
      { ...base, mapping: { ...mapping, MaximumRecordAgeInSeconds: 30 } },
      '/mapping/MaximumRecordAgeInSeconds',
    ],
    [
      'a write with two requests',
      { ...base, writes: [{ atMs: 0, put: { pk: 'a' }, delete: { pk: 'a' } }] },
      '/writes/0',
    ],
    [
      'StartingPosition in an update',
      { ...base, actions: [{ atMs: 1, UpdateEventSourceMapping: { StartingPosition: 'LATEST' } }] },
      '/actions/0/UpdateEventSourceMapping',
    ],
  ]

  it.each(invalid)('refuses %s, as the validator does', (_, scenario, at) => {
    const file = JSON.parse(JSON.stringify(scenario)) as unknown
    expect(errorsOf(file)?.map((e) => e.instancePath)).toContain(at === '/' ? '' : at)
    expect(validateScenario(file).ok).toBe(false)
  })
})
