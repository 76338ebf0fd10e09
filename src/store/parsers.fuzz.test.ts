/**
 * Seeded fuzz of the parsers and validators of items, expressions, filter patterns and criteria (docs/semantics.md
 * D19; settings, console commands and the saved work: settings.fuzz.test.ts). Whatever arrives, each
 * returns bounded lines that say what is wrong, never an exception. Runs a fixed count of inputs; the clock
 * bound only catches a freeze. The expression parsers alone: src/engine/table/expressions.fuzz.test.ts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainFilters, lintFilterPattern } from '../engine'
import { baseScenario } from '../engine/testing'
import {
  RUNS,
  expectBounded,
  fuzz,
  validate,
  item,
  expression,
  placeholderNames,
  placeholderValues,
  patternText,
  record,
} from './fuzzKit'
import { parseItemWrite } from './itemWrites'
import { MAPPING_FIELDS, fieldText } from './settingsCatalog'
import { filterPatternsOf } from './selectors'

describe('fuzz: parsers and validators return bounded errors, never throw (seeded)', () => {
  it('items typed in the item editor, plain and DynamoDB JSON', () => {
    const target = {
      tableName: 'Orders',
      keySchema: {
        hash: { name: 'pk', type: 'S' as const },
        range: { name: 'sk', type: 'N' as const },
      },
    }
    expect(
      fuzz(fc.tuple(item, fc.jsonValue({ maxDepth: 3 }), fc.string()), ([dynamo, plain, text]) => {
        for (const [input, format] of [
          [JSON.stringify(dynamo), 'dynamodb'],
          [JSON.stringify(plain), 'plain'],
          [text, 'dynamodb'],
          [text, 'plain'],
        ] as const) {
          const parsed = parseItemWrite(input, format, target)
          expectBounded(parsed.ok ? [] : parsed.errors, parsed.ok)
        }
      }),
    ).toBeGreaterThanOrEqual(RUNS)
  })

  it('items and writes in a scenario file (table items, PutItem, DeleteItem keys)', () => {
    expect(
      fuzz(
        fc.tuple(item, fc.constantFrom('Items', 'PutItem', 'DeleteItem', 'put')),
        ([value, where]) => {
          const scenario = baseScenario()
          const table = scenario.table as Record<string, unknown>
          if (where === 'Items') scenario.table = { ...table, Items: [value] }
          else if (where === 'PutItem') scenario.writes = [{ atMs: 0, PutItem: { Item: value } }]
          else if (where === 'DeleteItem')
            scenario.writes = [{ atMs: 0, DeleteItem: { Key: value } }]
          else scenario.writes = [{ atMs: 0, put: value }]
          validate(scenario)
        },
      ),
    ).toBeGreaterThanOrEqual(RUNS)
  })

  it('condition and update expressions in writes', () => {
    expect(
      fuzz(fc.tuple(expression, placeholderNames, placeholderValues), ([text, names, values]) => {
        const scenario = baseScenario()
        const Key = { pk: { S: 'a' }, sk: { N: '1' } }
        scenario.writes = [
          {
            atMs: 0,
            UpdateItem: {
              Key,
              UpdateExpression: text,
              ConditionExpression: text,
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: values,
            },
          },
          { atMs: 1, DeleteItem: { Key, ConditionExpression: text } },
        ]
        validate(scenario)
      }),
    ).toBeGreaterThanOrEqual(RUNS)
  })

  it('filter patterns: lints, the filter lab and FilterCriteria in a mapping', () => {
    expect(
      fuzz(fc.array(patternText, { maxLength: 6 }), (patterns) => {
        for (const pattern of patterns) expectBounded(lintFilterPattern(pattern), true)
        for (const verdict of explainFilters(patterns, record))
          expect(JSON.stringify(verdict).length).toBeLessThan(100_000)
        const scenario = baseScenario()
        const mapping = scenario.mapping as Record<string, unknown>
        scenario.mapping = {
          ...mapping,
          FilterCriteria: { Filters: patterns.map((Pattern) => ({ Pattern })) },
        }
        validate(scenario)
      }),
    ).toBeGreaterThanOrEqual(RUNS)
  })

  it('FilterCriteria of any shape, and the settings form showing it', () => {
    const filtersField = MAPPING_FIELDS.find((f) => f.kind === 'filters')!
    const criteria = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ Filters: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({
        Filters: fc.array(
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ Pattern: fc.jsonValue() })),
          {
            maxLength: 8,
          },
        ),
      }),
      fc.integer({ min: 6, max: 5000 }).map((n) => ({
        Filters: Array.from({ length: n }, () => ({ Pattern: '{}' })),
      })),
    )
    expect(
      fuzz(criteria, (value) => {
        const scenario = baseScenario()
        scenario.mapping = { ...(scenario.mapping as object), FilterCriteria: value }
        validate(scenario)
        expect(typeof fieldText(filtersField, value)).toBe('string')
        expect(Array.isArray(filterPatternsOf(scenario.mapping))).toBe(true)
      }),
    ).toBeGreaterThanOrEqual(RUNS)
  })
})
