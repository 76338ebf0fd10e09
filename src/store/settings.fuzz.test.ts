/**
 * Seeded fuzz of the settings, scenario sections, console commands and saved work (docs/semantics.md D19): each
 * returns bounded lines that say what is wrong, never an exception. Items, expressions and filters: parsers.fuzz.test.ts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCommand } from '../cli-sim/parseCommand'
import { baseScenario } from '../engine/testing'
import { HUGE, RUNS, expectBounded, fuzz, nastyKey, validate, withKey } from './fuzzKit'
import { readWork, WORK_KEY } from './persistence'
import { FUNCTION_FIELDS, MAPPING_FIELDS, fieldText, fieldValue } from './settingsCatalog'

describe('fuzz: settings, scenario sections, console commands and saved work return bounded errors (seeded)', () => {
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
