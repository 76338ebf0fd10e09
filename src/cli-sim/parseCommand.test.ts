import { describe, expect, it } from 'vitest'
import { parseCommand, USAGE } from './parseCommand'
import { shellWords } from './shellWords'
import { parseShorthand } from './shorthand'

const ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000'

describe('the console parses commands as a shell and the AWS CLI v2 do (docs/semantics.md D16)', () => {
  it('D16: single and double quotes, backslash escapes and line continuations', () => {
    expect(shellWords(`a 'b c' "d \\"e\\" $f" g\\ h \\\n--x`)).toEqual({
      ok: true,
      words: ['a', 'b c', 'd "e" $f', 'g h', '--x'],
    })
    expect(shellWords(`a 'b`)).toEqual({
      ok: false,
      error: "unexpected EOF while looking for matching `''",
    })
  })

  it('D16: a # at the start of a word begins a comment; $NAME expands only when an environment is given', () => {
    expect(shellWords(`a b#c # the rest`)).toEqual({ ok: true, words: ['a', 'b#c'] })
    expect(shellWords(`x $A "\${B}-\\$A" '$A'`, { A: '1', B: '2' })).toEqual({
      ok: true,
      words: ['x', '1', '2-$A', '$A'],
    })
    expect(shellWords(`x $C`, {})).toEqual({ ok: false, error: 'C: unbound variable' })
  })

  it('D16: the seed page command becomes CreateEventSourceMapping with typed members', () => {
    const line = `aws lambda create-event-source-mapping --function-name my-function --batch-size 500 --starting-position LATEST \\\n--event-source-arn ${ARN} --no-bisect-batch-on-function-error --function-response-types ReportBatchItemFailures`
    expect(parseCommand(line)).toEqual({
      kind: 'call',
      call: {
        operation: 'CreateEventSourceMapping',
        input: {
          FunctionName: 'my-function',
          BatchSize: 500,
          StartingPosition: 'LATEST',
          EventSourceArn: ARN,
          BisectBatchOnFunctionError: false,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        },
      },
    })
  })

  it('D16: --destination-config takes JSON or shorthand; --filter-criteria JSON', () => {
    const sqs = 'arn:aws:sqs:us-east-1:123456789012:dlq'
    const expected = { OnFailure: { Destination: sqs } }
    const json = parseCommand(
      `aws lambda update-event-source-mapping --uuid u --destination-config '{"OnFailure": {"Destination": "${sqs}"}}'`,
    )
    const shorthand = parseCommand(
      `aws lambda update-event-source-mapping --uuid u --destination-config OnFailure={Destination=${sqs}}`,
    )
    expect(json).toEqual({
      kind: 'call',
      call: {
        operation: 'UpdateEventSourceMapping',
        input: { UUID: 'u', DestinationConfig: expected },
      },
    })
    expect(shorthand).toEqual(json)
    expect(
      parseCommand(
        `aws lambda update-event-source-mapping --uuid u --filter-criteria '{"Filters":[{"Pattern":"{\\"eventName\\":[\\"INSERT\\"]}"}]}' --enabled --maximum-retry-attempts -1`,
      ),
    ).toEqual({
      kind: 'call',
      call: {
        operation: 'UpdateEventSourceMapping',
        input: {
          UUID: 'u',
          FilterCriteria: { Filters: [{ Pattern: '{"eventName":["INSERT"]}' }] },
          Enabled: true,
          MaximumRetryAttempts: -1,
        },
      },
    })
    expect(parseShorthand('A=[x,y],B={C=1}')).toEqual({
      ok: true,
      value: { A: ['x', 'y'], B: { C: '1' } },
    })
  })

  it('D16: usage errors and parameter errors are the CLI text', () => {
    expect(parseCommand('aws lambda get-event-source-mapping')).toEqual({
      kind: 'cliError',
      text: `${USAGE}\naws: error: the following arguments are required: --uuid`,
    })
    expect(parseCommand('aws lambda get-event-source-mapping --uuid u --colour red')).toEqual({
      kind: 'cliError',
      text: `${USAGE}\nUnknown options: --colour, red`,
    })
    expect(parseCommand('aws lambda get-event-source-mappings')).toEqual({
      kind: 'cliError',
      text: `${USAGE}\naws: error: argument operation: Found invalid choice 'get-event-source-mappings'`,
    })
    expect(
      parseCommand('aws lambda update-event-source-mapping --uuid u --batch-size ten'),
    ).toEqual({
      kind: 'cliError',
      text: "\nError parsing parameter '--batch-size': invalid literal for int() with base 10: 'ten'",
    })
    expect(parseCommand('aws lambda update-event-source-mapping --uuid u --batch-size')).toEqual({
      kind: 'cliError',
      text: `${USAGE}\naws: error: argument --batch-size: expected one argument`,
    })
    expect(parseCommand('ls')).toEqual({ kind: 'cliError', text: 'bash: ls: command not found' })
    expect(parseCommand('   ')).toEqual({ kind: 'empty' })
  })
})
