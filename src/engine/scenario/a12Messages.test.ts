import { describe, expect, it } from 'vitest'
import { validateScenario } from './index'
import { scenarioFile } from '../testing/fixtures'
import { STREAM_ARN } from '../testing/expectations'

function errors(mapping: Record<string, unknown>) {
  const result = validateScenario(scenarioFile({ mapping }))
  return result.ok ? [] : result.errors.map((e) => [e.path, e.message])
}

const DESTINATION_PATTERN =
  '^$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)'

describe('CreateEventSourceMapping validation messages', () => {
  it('A12: StartingPosition missing, not in the enum, or AT_TIMESTAMP give the messages AWS answered', () => {
    expect(errors({ StartingPosition: undefined })).toEqual([
      [
        'mapping.StartingPosition',
        "InvalidParameterValueException: 1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.",
      ],
    ])
    expect(errors({ StartingPosition: 'invalid' })).toEqual([
      [
        'mapping.StartingPosition',
        "ValidationException: 1 validation error detected: Value 'invalid' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]",
      ],
    ])
    expect(
      errors({ StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: 1767225600 }),
    ).toEqual([
      [
        'mapping.StartingPosition',
        `InvalidParameterValueException: Unsupported starting position for arn type: ${STREAM_ARN}`,
      ],
    ])
  })

  it('A12: StartingPositionTimestamp with LATEST or TRIM_HORIZON gives the message AWS answered', () => {
    const refused = [
      'mapping.StartingPositionTimestamp',
      'InvalidParameterValueException: Timestamp only valid with StartingPosition AT_TIMESTAMP',
    ]
    expect(errors({ StartingPosition: 'LATEST', StartingPositionTimestamp: 1767225600 })).toEqual([
      refused,
    ])
    expect(
      errors({
        StartingPosition: 'TRIM_HORIZON',
        StartingPositionTimestamp: '2026-01-01T00:00:00Z',
      }),
    ).toEqual([refused])
    // A timestamp of the wrong type never leaves botocore: only its type error.
    expect(errors({ StartingPosition: 'LATEST', StartingPositionTimestamp: true })).toEqual([
      [
        'mapping.StartingPositionTimestamp',
        "Parameter validation failed: Invalid type for parameter StartingPositionTimestamp, value: True, type: <class 'bool'>, valid types: <class 'datetime.datetime'>, timestamp-string",
      ],
    ])
  })

  it('A12: MaximumRecordAgeInSeconds 1..59, an invalid filter and a malformed destination are rejected', () => {
    expect(errors({ MaximumRecordAgeInSeconds: 30 })).toEqual([
      [
        'mapping.MaximumRecordAgeInSeconds',
        'InvalidParameterValueException: MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)',
      ],
    ])
    expect(errors({ FilterCriteria: { Filters: [{ Pattern: 'single-string' }] } })).toEqual([
      [
        'mapping.FilterCriteria.Filters[0].Pattern',
        'InvalidParameterValueException: Invalid filter pattern definition.',
      ],
    ])
    expect(errors({ DestinationConfig: { OnFailure: { Destination: 'nope' } } })).toEqual([
      [
        'mapping.DestinationConfig.OnFailure.Destination',
        `ValidationException: 1 validation error detected: Value 'nope' at 'destinationConfig.onFailure.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: ${DESTINATION_PATTERN}`,
      ],
    ])
  })

  it('A12: out-of-range integers give the generic constraint message', () => {
    expect(errors({ BatchSize: 10_001, MaximumRetryAttempts: -2 })).toEqual([
      [
        'mapping.BatchSize',
        "ValidationException: 1 validation error detected: Value '10001' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000",
      ],
      [
        'mapping.MaximumRetryAttempts',
        "ValidationException: 1 validation error detected: Value '-2' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value greater than or equal to -1",
      ],
    ])
  })
})
