import { describe, expect, it } from 'vitest'
import { filterPatternsOf } from './selectors'
import { FUNCTION_FIELDS, MAPPING_FIELDS, fieldText } from './settingsCatalog'

const shown = (fields: typeof MAPPING_FIELDS) =>
  fields.map((f) => [f.name, f.defaultText, f.range ?? null, f.onReset === true])

describe('the settings form reads defaults and ranges from the engine’s parameter table', () => {
  it('A9.3, A12: mapping fields show AWS’s defaults and ranges; StartingPosition applies on Reset', () => {
    expect(shown(MAPPING_FIELDS)).toEqual([
      ['StartingPosition', '(required)', null, true],
      ['BatchSize', '100', '1–10,000', false],
      ['MaximumBatchingWindowInSeconds', '0', '0–300', false],
      ['MaximumRetryAttempts', '-1', '-1–10,000', false],
      ['MaximumRecordAgeInSeconds', '-1', '-1, or 60–604,800', false],
      ['BisectBatchOnFunctionError', 'false', null, false],
      ['ParallelizationFactor', '1', '1–10', false],
      ['FunctionResponseTypes', '[]', null, false],
      ['TumblingWindowInSeconds', '0', '0–900', false],
      ['FilterCriteria', 'none', 'up to 5 patterns, one per line', false],
      ['DestinationConfig', 'none', 'SQS, SNS or S3 ARN', false],
      ['MetricsConfig', 'off', null, false],
      ['Enabled', 'true', null, false],
    ])
    expect(MAPPING_FIELDS[0].options).toEqual(['LATEST', 'AT_TIMESTAMP', 'TRIM_HORIZON'])
  })

  it('function fields: Timeout and MemorySize apply live (D15); an empty reservation means unreserved', () => {
    expect(shown(FUNCTION_FIELDS)).toEqual([
      ['Timeout', '3', '1–900 s', false],
      ['MemorySize', '128', '128–10,240 MB', false],
      ['ReservedConcurrentExecutions', 'unreserved', '0–1,000, empty = unreserved', false],
    ])
  })
})

describe('a hand-edited FilterCriteria of any shape shows as text, never throws (docs/semantics.md D19)', () => {
  const filters = MAPPING_FIELDS.find((f) => f.kind === 'filters')!
  it.each([
    [{ Filters: 0 }, '0'],
    [{ Filters: 'x' }, 'x'],
    [{ Filters: { Pattern: '{}' } }, '{"Pattern":"{}"}'],
    [{ Filters: [null, 5, { Pattern: '{"a":[1]}' }] }, '\n\n{"a":[1]}'],
    [null, ''],
  ])('%j', (value, text) => {
    expect(fieldText(filters, value)).toBe(text)
  })

  it('and the filter lab reads only the string patterns', () => {
    expect(filterPatternsOf({ FilterCriteria: { Filters: 7 } })).toEqual([])
    expect(
      filterPatternsOf({ FilterCriteria: { Filters: [null, { Pattern: 3 }, { Pattern: '{}' }] } }),
    ).toEqual(['', '', '{}'])
  })
})
