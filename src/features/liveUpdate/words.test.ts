import { describe, expect, it } from 'vitest'
import { describeFunctionUpdate } from './words'

describe('the function update told in words (D15)', () => {
  const inProgress = { atMs: 60_000, lastUpdateStatus: 'InProgress', changed: ['code'] } as const

  it('in progress during the run: invocations that start now still use the old version', () => {
    expect(describeFunctionUpdate(inProgress)).toBe(
      'Function update in progress since 00:01:00.000: invocations that start now still use the old version',
    )
  })

  it('in progress after the run ended: no promise about invocations, none will start', () => {
    expect(describeFunctionUpdate(inProgress, true)).toBe(
      "Function update in progress since 00:01:00.000, after the run's end",
    )
  })

  it('done: the time it took effect and what changed', () => {
    expect(
      describeFunctionUpdate({ atMs: 61_000, lastUpdateStatus: 'Successful', changed: ['code'] }),
    ).toBe('Function updated at 00:01:01.000: next invocations use the new code')
  })
})
