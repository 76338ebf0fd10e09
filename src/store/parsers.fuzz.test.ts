/**
 * Seeded fuzz of every parser and validator a user's text reaches: items, expressions, filter patterns and
 * criteria, settings, console commands and the saved work (docs/semantics.md D19). Whatever arrives, each
 * returns bounded lines that say what is wrong, never an exception. Runs a fixed count of inputs; the clock
 * bound only catches a freeze. The expression parsers alone: src/engine/table/expressions.fuzz.test.ts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCommand } from '../cli-sim/parseCommand'
import { explainFilters, lintFilterPattern } from '../engine'
import { baseScenario } from '../engine/testing'
import { parseItemWrite } from './itemWrites'
import { readWork, WORK_KEY } from './persistence'
import { validateScenarioJson } from './scenarioFiles'
import { FUNCTION_FIELDS, MAPPING_FIELDS, fieldText, fieldValue } from './settingsCatalog'
import { filterPatternsOf } from './selectors'

const SEED = 20261207
const RUNS = 600
/** A path (≤ 200 + "… (N characters)") + ": " + a message (≤ 1,000 + the same suffix). */
const MAX_LINE_CHARS = 1300
/** One input, however bad, gives a screenful of lines at most. */
const MAX_LINES = 200

let handled = 0
/** The lines are few and short, and a refusal has at least one, non-empty: each names what is wrong. */
function expectBounded(lines: readonly string[], ok: boolean): void {
  handled++
  expect(ok || lines.length > 0).toBe(true)
  expect(lines.length).toBeLessThanOrEqual(MAX_LINES)
  for (const line of lines) {
    expect(line.trim()).not.toBe('')
    expect(line.length).toBeLessThanOrEqual(MAX_LINE_CHARS)
  }
}

/** Runs `check` on RUNS seeded inputs; returns how many outcomes it checked. */
function fuzz<T>(input: fc.Arbitrary<T>, check: (value: T) => void): number {
  const before = handled
  fc.assert(fc.property(input, check), { seed: SEED, numRuns: RUNS })
  return handled - before
}

/** Catches a freeze, not slowness (speed is the benchmarks' job): generous for a loaded 2-core machine. */
const MAX_MS_PER_INPUT = 5000

function validate(scenario: unknown): void {
  const started = performance.now()
  const parsed = validateScenarioJson(scenario)
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_INPUT)
  expectBounded(parsed.ok ? [] : parsed.errors, parsed.ok)
}

/** A valid base scenario with one section changed; `__proto__` stays a plain key, as JSON.parse makes it. */
function withKey(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return target
}

const HUGE = 'h'.repeat(500_000)
const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'pk',
  'sk',
  'a.b',
  '#n',
  ':v',
  '\u0000',
  'x'.repeat(300),
)
const numberText = fc.oneof(
  fc.constantFrom(
    '1',
    '-0',
    '1e400',
    '1e-131',
    '0.',
    '.5',
    '+1',
    'NaN',
    'Infinity',
    '0x10',
    ' 1',
    '',
  ),
  fc.stringMatching(/^-?\d{1,60}(\.\d{1,60})?(E[+-]?\d{1,4})?$/),
)
/** A DynamoDB attribute value, valid or not: bad type keys, bad numbers, duplicate and empty set members. */
const attributeValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ S: fc.oneof(fc.string(), fc.constant(''), fc.constant(HUGE)) }),
    fc.record({ N: numberText }),
    fc.record({ B: fc.oneof(fc.base64String(), fc.string()) }),
    fc.record({ BOOL: fc.oneof(fc.boolean(), fc.string()) }),
    fc.record({ NULL: fc.oneof(fc.constant(true), fc.constant(false), fc.string()) }),
    fc.record({ SS: fc.array(fc.constantFrom('a', 'a', '', 'b'), { maxLength: 4 }) }),
    fc.record({ NS: fc.array(numberText, { maxLength: 4 }) }),
    fc.record({ BS: fc.array(fc.constantFrom('AA==', 'AA==', '', '!!'), { maxLength: 4 }) }),
    fc.record({ L: fc.array(tie('value'), { maxLength: 3 }) }),
    fc.record({ M: fc.dictionary(nastyKey, tie('value'), { maxKeys: 3 }) }),
    fc.record({ S: fc.string(), N: fc.constant('1') }),
    fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
    fc.jsonValue({ maxDepth: 2 }),
  ),
})).value
const item = fc.dictionary(nastyKey, attributeValue, { maxKeys: 4 })

/** Expressions from DynamoDB's own tokens, so the parser gets past its first character. */
const expressionToken = fc.constantFrom(
  ...'SET REMOVE ADD DELETE AND OR NOT BETWEEN IN = <> < <= > >= + - ( ) , . [ ] 0 12 #n #x :v :w a b.c size attribute_exists attribute_not_exists attribute_type begins_with contains if_not_exists list_append name status date'.split(
    ' ',
  ),
  '[99999999999999999999]',
  'x'.repeat(300),
  '\u00e9',
  '',
)
const expression = fc.oneof(
  fc.array(expressionToken, { maxLength: 14 }).map((tokens) => tokens.join(' ')),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1, max: 5000 }).map((n) => `${'('.repeat(n)}a = :v${')'.repeat(n)}`),
  fc.integer({ min: 1, max: 5000 }).map((n) => `a${'.b'.repeat(n)} = :v`),
  fc.integer({ min: 1, max: 5000 }).map((n) => `SET a = :v${' + :v'.repeat(n)}`),
)
const placeholderNames = fc.dictionary(fc.constantFrom('#n', '#x', 'n', '#'), nastyKey, {
  maxKeys: 3,
})
const placeholderValues = fc.dictionary(fc.constantFrom(':v', ':w', 'v', ':'), attributeValue, {
  maxKeys: 3,
})

/** Filter patterns: JSON of EventBridge's pattern shapes, valid or not, and text that is not JSON. */
const patternLeaf = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.record({
    numeric: fc.array(fc.oneof(fc.constantFrom('>', '<=', '=', '!'), fc.double()), {
      maxLength: 5,
    }),
  }),
  fc.record({ prefix: fc.oneof(fc.string(), fc.integer()) }),
  fc.record({ suffix: fc.string() }),
  fc.record({ 'anything-but': fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ exists: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ 'equals-ignore-case': fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ wildcard: fc.string() }),
  fc.record({ cidr: fc.string() }),
)
const patternValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(patternLeaf, { maxLength: 4 }),
    fc.dictionary(nastyKey, tie('node'), { maxKeys: 3 }),
    fc.record({ $or: fc.array(tie('node'), { maxLength: 3 }) }),
    patternLeaf,
  ),
})).node
const patternText = fc.oneof(
  patternValue.map((value) => JSON.stringify({ dynamodb: value })),
  patternValue.map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 10, max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}[1]${'}'.repeat(n)}`),
  fc.integer({ min: 10, max: 20_000 }).map((n) => `{"a":[${'1,'.repeat(n)}1]}`),
)

const record = {
  eventID: '1',
  eventName: 'INSERT',
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'us-east-1',
  dynamodb: {
    Keys: { pk: { S: 'a' } },
    NewImage: { pk: { S: 'a' }, n: { N: '5' } },
    SequenceNumber: '1',
    SizeBytes: 10,
    StreamViewType: 'NEW_AND_OLD_IMAGES',
  },
}

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

  it('settings: any value for any mapping or function field, typed or in a file', () => {
    const fields = [
      ...MAPPING_FIELDS.map((spec) => ({ spec, section: 'mapping' })),
      ...FUNCTION_FIELDS.map((spec) => ({ spec, section: 'function' })),
    ]
    const settingValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(-1, 0, 0.5, 1e21, -1e21, 2 ** 53, Number.MAX_VALUE, '10', '', 'null', '1e3'),
    )
    const typed = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.stringMatching(/^-?\d{1,40}(\.\d{1,5})?$/),
      fc.constant(HUGE),
      fc.boolean(),
    )
    expect(
      fuzz(
        fc.tuple(fc.constantFrom(...fields), settingValue, typed),
        ([{ spec, section }, value, input]) => {
          expect(['string', 'boolean']).toContain(typeof fieldText(spec, value))
          for (const v of [value, fieldValue(spec, input)]) {
            const scenario = baseScenario()
            const current = scenario[section] as Record<string, unknown>
            scenario[section] = withKey({ ...current }, spec.name, v)
            validate(scenario)
          }
        },
      ),
    ).toBeGreaterThanOrEqual(RUNS)
  })

  it('scenario sections with prototype keys, unknown fields and wrong types', () => {
    const section = fc.constantFrom('table', 'function', 'mapping', 'writes', 'actions', 'clock')
    expect(
      fuzz(fc.tuple(section, nastyKey, fc.jsonValue({ maxDepth: 3 })), ([name, key, value]) => {
        const scenario = baseScenario()
        const current = scenario[name]
        const changed =
          typeof current === 'object' && current !== null && !Array.isArray(current)
            ? withKey({ ...current }, key, value)
            : withKey({}, key, value)
        validate(withKey(scenario, name, changed))
        validate(withKey(baseScenario(), key, value))
      }),
    ).toBeGreaterThanOrEqual(RUNS)
  })

  it('console commands: any line of words, quotes and JSON', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'aws',
        'lambda',
        'create-event-source-mapping',
        'update-event-source-mapping',
        'get-event-source-mapping',
        '--uuid',
        '--batch-size',
        '--filter-criteria',
        '--destination-config',
        '--function-name',
        '--starting-position',
        '--cli-input-json',
        '--no-enabled',
        '"',
        "'",
        '\\',
        '$(',
        '`',
        '{',
        '[',
        'Filters=[{Pattern=',
        'x'.repeat(5000),
      ),
      fc.string({ maxLength: 12 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => `'${JSON.stringify(v)}'`),
    )
    expect(
      fuzz(fc.array(word, { maxLength: 12 }), (words) => {
        const parsed = parseCommand(words.join(' '))
        const failed = parsed.kind === 'cliError'
        expectBounded(failed ? [parsed.text] : [], !failed)
      }),
    ).toBeGreaterThanOrEqual(RUNS)
  })

  it('saved work in storage: any text moves aside with a reason', () => {
    const stored = fc.oneof(
      fc.string(),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc
        .record({ version: fc.jsonValue({ maxDepth: 1 }), file: fc.jsonValue({ maxDepth: 3 }) })
        .map((v) => JSON.stringify(v)),
    )
    expect(
      fuzz(stored, (text) => {
        const store = new Map([[WORK_KEY, text]])
        const read = readWork({
          getItem: (key) => store.get(key) ?? null,
          setItem: (key, value) => void store.set(key, value),
        })
        const unreadable = read.kind === 'unreadable'
        expectBounded(unreadable ? [read.reason] : [], !unreadable)
      }),
    ).toBeGreaterThanOrEqual(RUNS)
  })
})
