import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import { madeByNewer, newerLinkReason, newerScenarioReason } from './newerScenario'

const today = SCENARIO_PRESETS['poison-pill']

describe('a scenario from a newer playground (docs/scenario-format.md §5)', () => {
  it('is a scenario of a version above 1', () => {
    expect(newerScenarioReason({ ...today, version: 2 })).toBe(
      'it holds a scenario of version 2, and this playground reads version 1.',
    )
  })

  it('is a file of a format of the playground this version does not know', () => {
    expect(newerScenarioReason({ format: 'dynamodb-lambda-playground/guide', version: 1 })).toBe(
      'it holds a "dynamodb-lambda-playground/guide" file, and this playground reads "dynamodb-lambda-playground/scenario" version 1.',
    )
  })

  it('is not a scenario of today, a run report, a foreign or broken file: those are validated', () => {
    expect(newerScenarioReason(today)).toBeUndefined()
    expect(newerScenarioReason({ format: 'dynamodb-lambda-playground/report', version: 2 })).toBe(
      undefined,
    )
    expect(newerScenarioReason({ format: 'something-else', version: 2 })).toBeUndefined()
    expect(newerScenarioReason({ ...today, version: '2' })).toBeUndefined()
    expect(newerScenarioReason({ ...today, version: 1.5 })).toBeUndefined()
    expect(newerScenarioReason([{ ...today, version: 2 }])).toBeUndefined()
    expect(newerScenarioReason(null)).toBeUndefined()
  })

  it('says which link or file it is', () => {
    expect(madeByNewer('link', newerLinkReason('s2'))).toBe(
      'This link was made by a newer version of the playground: it uses the link format #s2=, and this playground reads #s= links (scenario version 1).',
    )
  })
})
