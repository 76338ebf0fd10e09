import { describe, expect, it } from 'vitest'
import { SPEED_STOPS, settingAt, speedLabel, stopOf } from './speedSteps'

describe('Speed slider stops', () => {
  it('starts at Event-paced, then real time ×0.25 … ×10,000', () => {
    const labels = Array.from({ length: SPEED_STOPS }, (_, stop) => {
      const setting = settingAt(stop)
      return setting.paced ? speedLabel(true, 1) : speedLabel(false, setting.speed)
    })
    expect(labels).toEqual([
      'Event-paced',
      'real time ×0.25',
      'real time ×0.5',
      'real time ×1',
      'real time ×2',
      'real time ×5',
      'real time ×10',
      'real time ×20',
      'real time ×50',
      'real time ×100',
      'real time ×200',
      'real time ×500',
      'real time ×1,000',
      'real time ×2,000',
      'real time ×5,000',
      'real time ×10,000',
    ])
  })

  it('a setting maps back to its stop; a speed between stops to the nearest', () => {
    expect([stopOf(true, 4), stopOf(false, 1), stopOf(false, 4), stopOf(false, 10_000)]).toEqual([
      0, 3, 5, 15,
    ])
  })
})
