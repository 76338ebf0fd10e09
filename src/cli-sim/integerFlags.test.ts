/**
 * D20: the Console's integer flags are Python's int(), as the AWS CLI reads them: more than 4,300 digits is
 * Python's own error, and a value past 2^53 stays exact, so the service's range error quotes its digits.
 */
import { describe, expect, it } from 'vitest'
import { COMMANDS } from './commands'
import { parseCommand } from './parseCommand'

const UPDATE = 'aws lambda update-event-source-mapping --uuid u'
const INTEGER_FLAGS = COMMANDS.find((c) => c.name === 'update-event-source-mapping')!
  .options.filter((o) => o.kind === 'integer')
  .map((o) => o.flag)

describe('D20: integer flags', () => {
  it('D20: every integer flag refuses 100,000 digits with Python’s message', () => {
    expect(INTEGER_FLAGS).toEqual([
      '--batch-size',
      '--maximum-batching-window-in-seconds',
      '--parallelization-factor',
      '--maximum-record-age-in-seconds',
      '--maximum-retry-attempts',
      '--tumbling-window-in-seconds',
    ])
    for (const flag of INTEGER_FLAGS) {
      expect(parseCommand(`${UPDATE} ${flag} ${'9'.repeat(100_000)}`)).toEqual({
        kind: 'cliError',
        text: `\nError parsing parameter '${flag}': Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit`,
      })
    }
  })

  it('D20: 4,300 digits are an integer; 4,301 (leading zeros count, the sign does not) are not', () => {
    const parsed = parseCommand(`${UPDATE} --batch-size -${'0'.repeat(4_299)}7`)
    expect(parsed.kind === 'call' && parsed.call.input.BatchSize).toBe(-7)
    expect(parseCommand(`${UPDATE} --batch-size ${'0'.repeat(4_300)}7`)).toMatchObject({
      kind: 'cliError',
      text: expect.stringContaining('value has 4301 digits') as unknown,
    })
  })

  it('D20: a value past 2^53 (even past Number.MAX_VALUE) is never Infinity: the service quotes its digits', () => {
    const digits = `1${'0'.repeat(400)}`
    const parsed = parseCommand(`${UPDATE} --batch-size ${digits}`)
    expect(parsed.kind === 'call' && parsed.call.input.BatchSize).toBe(BigInt(digits))
  })
})
