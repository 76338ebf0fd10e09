import { describe, expect, it } from 'vitest'
import { SPEED_STEPS, formatSpeed, nearestSpeedStep } from './units'

describe('Speed slider steps', () => {
  it('run from 0.25× to 10,000×, each step faster than the last', () => {
    expect(SPEED_STEPS[0]).toBe(0.25)
    expect(SPEED_STEPS.at(-1)).toBe(10_000)
    for (let i = 1; i < SPEED_STEPS.length; i++)
      expect(SPEED_STEPS[i]).toBeGreaterThan(SPEED_STEPS[i - 1])
  })
  it('a speed on a step maps to that step', () => {
    SPEED_STEPS.forEach((speed, i) => expect(nearestSpeedStep(speed)).toBe(i))
  })
  it('a speed between steps maps to the nearest on a log scale', () => {
    expect(SPEED_STEPS[nearestSpeedStep(3)]).toBe(2)
    expect(SPEED_STEPS[nearestSpeedStep(4)]).toBe(5)
    expect(SPEED_STEPS[nearestSpeedStep(1e9)]).toBe(10_000)
  })
  it('formats as the label shows it', () => {
    expect(SPEED_STEPS.map(formatSpeed)).toEqual([
      '×0.25',
      '×0.5',
      '×1',
      '×2',
      '×5',
      '×10',
      '×20',
      '×50',
      '×100',
      '×200',
      '×500',
      '×1,000',
      '×2,000',
      '×5,000',
      '×10,000',
    ])
  })
})
