import { describe, expect, it } from 'vitest'
import { complete } from './complete'
import { formatAnswer, isoTimestamp } from './formatAnswer'
import { pastedSettings } from './pasteSettings'

describe('answers as the AWS CLI v2 prints them (docs/semantics.md D16)', () => {
  it('D16: members in the API model order, ISO 8601 LastModified, 4-space JSON', () => {
    const body = {
      UUID: 'u',
      StartingPosition: 'LATEST',
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 0,
      ParallelizationFactor: 1,
      EventSourceArn: 'arn:s',
      FunctionArn: 'arn:f',
      LastModified: 1767225601.5,
      LastProcessingResult: 'No records processed',
      State: 'Creating',
      StateTransitionReason: 'User action',
      DestinationConfig: { OnFailure: {} },
      FunctionResponseTypes: [],
      MaximumRecordAgeInSeconds: -1,
      BisectBatchOnFunctionError: false,
      MaximumRetryAttempts: -1,
      TumblingWindowInSeconds: 0,
      EventSourceMappingArn: 'arn:e',
    }
    const text = formatAnswer('GetEventSourceMapping', { ok: true, status: 200, body, atMs: 0 })
    expect(text.split('\n').slice(8, 22)).toEqual(
      [
        '    "LastModified": "2026-01-01T00:00:01.500000+00:00",',
        '    "LastProcessingResult": "No records processed",',
        '    "State": "Creating",',
        '    "StateTransitionReason": "User action",',
        '    "DestinationConfig": {',
        '        "OnFailure": {}',
        '    },',
        '    "MaximumRecordAgeInSeconds": -1,',
        '    "BisectBatchOnFunctionError": false,',
        '    "MaximumRetryAttempts": -1,',
        '    "TumblingWindowInSeconds": 0,',
        '    "FunctionResponseTypes": [],',
        '    "EventSourceMappingArn": "arn:e"',
        '}',
      ].slice(0, 15),
    )
    expect(isoTimestamp(1767225600)).toBe('2026-01-01T00:00:00+00:00')
  })

  it('D16: errors name the code and the operation', () => {
    expect(
      formatAnswer('UpdateEventSourceMapping', {
        ok: false,
        status: 400,
        code: 'ResourceInUseException',
        message: 'Cannot update the event source mapping because it is in use.',
      }),
    ).toBe(
      '\nAn error occurred (ResourceInUseException) when calling the UpdateEventSourceMapping operation: Cannot update the event source mapping because it is in use.',
    )
  })

  it('D16: Tab completes command and flag names', () => {
    expect(complete('aws lam')).toEqual({ line: 'aws lambda ', candidates: [] })
    expect(complete('aws lambda up')).toEqual({
      line: 'aws lambda update-event-source-mapping ',
      candidates: [],
    })
    expect(complete('aws lambda update-event-source-mapping --uuid u --max')).toEqual({
      line: 'aws lambda update-event-source-mapping --uuid u --maximum-',
      candidates: [
        '--maximum-batching-window-in-seconds',
        '--maximum-record-age-in-seconds',
        '--maximum-retry-attempts',
      ],
    })
  })

  it('D16: a pasted get-event-source-mapping answer becomes the settings of an update', () => {
    expect(
      pastedSettings(
        '{"UUID":"f89f","BatchSize":100,"State":"Disabled","DestinationConfig":{"OnFailure":{"Destination":"arn:aws:sqs:us-east-2:123456789012:dlq"}},"MaximumRetryAttempts":2,"LastModified":1573244760.0}',
      ),
    ).toEqual({
      ok: true,
      settings: {
        BatchSize: 100,
        DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-2:123456789012:dlq' } },
        MaximumRetryAttempts: 2,
        FilterCriteria: {},
        Enabled: false,
      },
      startingPosition: undefined,
    })
    // D21: the answer's "no destination" becomes the request that removes one (AWS refuses `{"OnFailure":{}}`).
    expect(pastedSettings('{"UUID":"f89f","DestinationConfig":{"OnFailure":{}}}')).toEqual({
      ok: true,
      settings: { DestinationConfig: { OnFailure: { Destination: '' } }, FilterCriteria: {} },
      startingPosition: undefined,
    })
    expect(pastedSettings('{"BatchSize":1}')).toEqual({
      ok: false,
      error: 'Paste the JSON that get-event-source-mapping prints: an object with a "UUID".',
    })
  })
})
