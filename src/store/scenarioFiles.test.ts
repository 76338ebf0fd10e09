import { describe, expect, it } from 'vitest'
import { baseScenario } from '../engine/testing'
import { parseScenarioText } from './scenarioFiles'

describe('Import reads what editors write', () => {
  it('a file with a UTF-8 byte-order mark is read, not rejected', () => {
    const scenario = baseScenario()
    expect(parseScenarioText(`\uFEFF${JSON.stringify(scenario)}`)).toEqual({
      ok: true,
      file: scenario,
    })
  })

  it('a root that is not an object is reported under `$`', () => {
    expect(parseScenarioText('[]')).toEqual({
      ok: false,
      errors: ['$: A scenario must be a JSON object, got []'],
    })
  })

  it('a JSON error quoting a huge text is bounded', () => {
    const result = parseScenarioText(`x${'a'.repeat(1_000_000)}`)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0].length).toBeLessThanOrEqual(150)
  })
})
