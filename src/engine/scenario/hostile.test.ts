// Hostile scenarios (issue 9): nesting and huge strings give bounded errors with their paths, never a throw.
import { describe, expect, it } from 'vitest'
import { validateScenario } from './topLevel'
import { baseScenario, withSection } from './testFixture'

/** An attribute value with `levels` nested M (or L) levels around a string. */
function nested(levels: number, kind: 'M' | 'L'): unknown {
  let value: unknown = { S: 'deep' }
  for (let i = 0; i < levels; i++) value = kind === 'M' ? { M: { a: value } } : { L: [value] }
  return value
}

function errorsOf(input: unknown) {
  const result = validateScenario(input)
  return result.ok ? [] : result.errors
}

const putItem = (deep: unknown) =>
  withSection('writes', [{ atMs: 0, PutItem: { Item: { pk: { S: 'a' }, sk: { N: '1' }, deep } } }])

describe('DynamoDB nesting limit: 32 levels, the string inside counting as one (docs/semantics.md A12)', () => {
  it.each(['M', 'L'] as const)('accepts 31 levels of %s around a string', (kind) => {
    expect(errorsOf(putItem(nested(31, kind)))).toEqual([])
  })

  it.each(['M', 'L'] as const)(
    'rejects 32 levels of %s around a string, with the attribute path',
    (kind) => {
      expect(errorsOf(putItem(nested(32, kind)))).toEqual([
        {
          path: 'writes[0].PutItem.Item.deep',
          message:
            'ValidationException: Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit',
        },
      ])
    },
  )

  it('rejects 40 levels of plain JSON in a put (marshalled first)', () => {
    let plain: unknown = 'x'
    for (let i = 0; i < 40; i++) plain = [plain]
    expect(errorsOf(withSection('writes', [{ atMs: 0, put: { pk: 'a', sk: 1, plain } }]))).toEqual([
      {
        path: 'writes[0]',
        message:
          'ValidationException: Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit',
      },
    ])
  })

  it('rejects 32 levels in a table item too', () => {
    const table = baseScenario().table as Record<string, unknown>
    const Items = [{ pk: { S: 'a' }, sk: { N: '1' }, deep: nested(32, 'M') }]
    expect(errorsOf(withSection('table', { ...table, Items }))).toEqual([
      {
        path: 'table.Items[0].deep',
        message:
          'ValidationException: Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit',
      },
    ])
  })
})

describe('JSON nested past what the validators walk', () => {
  it('gives the path of the first value deeper than 128 levels, and nothing else', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    expect(errorsOf(withSection('description', deep))).toEqual([
      {
        path: `description${'.a'.repeat(94)}.… (${(11 + 2 * 127).toLocaleString('en-US')} characters)`,
        message: 'The scenario is nested more than 128 levels deep here',
      },
    ])
  })

  it('a deep array at the root is named `` (the root)', () => {
    let deep: unknown = []
    for (let i = 0; i < 200; i++) deep = [deep]
    expect(errorsOf(deep)[0].message).toBe('The scenario is nested more than 128 levels deep here')
  })
})

describe('huge strings are quoted bounded', () => {
  const huge = 'a'.repeat(50_000_000)

  it('an unknown 50 MB top-level key: the first 100 characters and its length', () => {
    expect(errorsOf({ ...baseScenario(), [huge]: 1 })).toEqual([
      {
        path: `${'a'.repeat(200)}… (50,000,000 characters)`,
        message: `Unknown key "${'a'.repeat(100)}… (50,000,000 characters)" in the scenario, must be one of: format, version, name, description, seed, clock, region, accountId, durationSeconds, table, writes, function, mapping, mappingCreatedAtMs, actions, executionRole`,
      },
    ])
  })

  it('a 50 MB TableName and filter pattern', () => {
    const scenario = baseScenario()
    const table = { ...(scenario.table as object), TableName: huge }
    const mapping = {
      StartingPosition: 'TRIM_HORIZON',
      FilterCriteria: { Filters: [{ Pattern: huge }] },
      DestinationConfig: { OnFailure: { Destination: huge } },
    }
    const errors = errorsOf({ ...scenario, table, mapping })
    expect(errors.length).toBeGreaterThan(0)
    for (const error of errors) expect(error.message.length).toBeLessThanOrEqual(1000 + 30)
    expect(errors.map((e) => e.path)).toEqual([
      'table.TableName',
      'mapping.FilterCriteria.Filters[0].Pattern',
      'mapping.DestinationConfig.OnFailure.Destination',
    ])
  })
})
