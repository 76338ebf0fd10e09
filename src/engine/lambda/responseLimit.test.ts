import { describe, expect, it } from 'vitest'
import { normalized, puts, scenarioFile } from '../testing/fixtures'
import { runScripted } from '../testing/runScripted'
import { fates, returning } from '../testing/expectations'
import {
  exceedsResponseLimit,
  MAX_RESPONSE_BYTES,
  RESPONSE_TOO_LARGE_MESSAGE,
} from './responseLimit'

/** A string whose JSON (quotes included) is exactly `bytes` bytes of UTF-8. */
const jsonOfBytes = (bytes: number) => 'x'.repeat(bytes - 2)

function outcomeOf(response: string) {
  const file = scenarioFile({ writes: puts(1), mapping: { MaximumRetryAttempts: 0 } })
  const { report } = runScripted(normalized(file), () => returning(response))
  const [only] = report.invocations
  return [only.outcome, only.error?.errorMessage ?? null, fates(report)]
}

describe('the 6 MB response limit (docs/semantics.md A12)', () => {
  it('A12: is 6,291,556 bytes, the number AWS quotes, 100 more than the 6 MiB event limit', () => {
    expect(MAX_RESPONSE_BYTES).toBe(6 * 1024 * 1024 + 100)
    expect(RESPONSE_TOO_LARGE_MESSAGE).toBe(
      'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
    )
  })

  it('A12: 6,291,556 bytes of JSON pass, 6,291,557 fail', () => {
    expect(exceedsResponseLimit(jsonOfBytes(6_291_556))).toBe(false)
    expect(exceedsResponseLimit(jsonOfBytes(6_291_557))).toBe(true)
  })

  it('A12: the size is UTF-8 bytes of the JSON, not characters', () => {
    // "é" is 2 bytes: 3,145,777 of them and the quotes make 6,291,556 bytes in 3,145,779 characters.
    expect(exceedsResponseLimit('é'.repeat(3_145_777))).toBe(false)
    expect(exceedsResponseLimit(`${'é'.repeat(3_145_777)}x`)).toBe(true)
  })

  it('A12: the invocation succeeds at the limit and fails one byte over, with AWS’s message', () => {
    expect(outcomeOf(jsonOfBytes(6_291_556))).toEqual(['success', null, ['processed']])
    expect(outcomeOf(jsonOfBytes(6_291_557))).toEqual([
      'error',
      'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
      ['dropped'],
    ])
  })
})
