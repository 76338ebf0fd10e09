import { describe, expect, it } from 'vitest'
import { arrowStepMs, timelineKeyTarget } from './timelineKeys'

describe('Timeline keys (WAI-ARIA slider pattern)', () => {
  it('an arrow step crosses the run in at most 500 presses, on round values', () => {
    expect(arrowStepMs(60_000)).toBe(1_000)
    expect(arrowStepMs(86_400_000)).toBe(300_000)
  })

  it('Home, End, arrows and Page keys move to whole steps within the run', () => {
    const at = (key: string, ms: number) => timelineKeyTarget(key, ms, 60_000)
    expect(at('Home', 31_500)).toBe(0)
    expect(at('End', 0)).toBe(60_000)
    expect(at('ArrowLeft', 31_500)).toBe(31_000)
    expect(at('ArrowLeft', 31_000)).toBe(30_000)
    expect(at('ArrowRight', 31_500)).toBe(32_000)
    expect(at('ArrowUp', 59_500)).toBe(60_000)
    expect(at('ArrowDown', 0)).toBe(0)
    expect(at('PageDown', 31_500)).toBe(30_000)
    expect(at('PageUp', 31_500)).toBe(40_000)
    expect(at('PageUp', 55_000)).toBe(60_000)
    expect(at(' ', 1_000)).toBeUndefined()
  })
})
