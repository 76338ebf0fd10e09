import { describe, expect, it } from 'vitest'
import { epochMsOf, isoMs, laterBy, toEpochMs, toVirtualMs, virtualMs } from './clock'

// The two kinds of instant cannot be mixed: `npm run typecheck` fails if an @ts-expect-error below stops erring.
describe('virtual and epoch milliseconds', () => {
  const start = epochMsOf(Date.UTC(2026, 0, 1))
  const at = virtualMs(1_500)

  it('convert only through the run’s clock start', () => {
    expect(isoMs(toEpochMs(start, at))).toBe('2026-01-01T00:00:01.500Z')
    expect(toVirtualMs(start, toEpochMs(start, at))).toBe(1_500)
    expect(laterBy(at, 250)).toBe(1_750)
  })

  it('are not interchangeable, and a plain number is neither', () => {
    // @ts-expect-error a virtual instant is not on the calendar
    expect(isoMs(at)).toBe('1970-01-01T00:00:01.500Z')
    // @ts-expect-error an epoch instant is not a virtual one
    expect(laterBy(start, 0)).toBe(start)
    // @ts-expect-error a plain number must be declared one or the other
    expect(toEpochMs(start, 1_500)).toBe(toEpochMs(start, at))
  })
})
