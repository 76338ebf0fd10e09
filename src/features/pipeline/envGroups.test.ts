import { describe, expect, it } from 'vitest'
import { collapseEnvs, envSummary } from './envGroups'
import type { EnvBox } from './functionModel'

const env = (id: number, state: EnvBox['state']): EnvBox => ({
  id,
  state,
  stateText: state,
  invocation: undefined,
  last: undefined,
})

// Issue 11, "The pipeline view": at most a few hundred tokens drawn, the rest counted (time-lapse).
describe('environments in time-lapse', () => {
  it('counts two or more in one state as one box and keeps a lone one, busy first', () => {
    const envs = [
      env(1, 'warm'),
      env(2, 'cold'),
      env(3, 'warm'),
      env(4, 'busy'),
      env(5, 'warm'),
      env(7, 'cold'),
      env(6, 'killed'),
    ]
    expect(collapseEnvs(envs)).toEqual([
      { state: 'cold', count: 2, ids: 'env 2, 7', text: '2 environments · cold start, busy' },
      env(4, 'busy'),
      { state: 'warm', count: 3, ids: 'env 1, 3, 5', text: '3 environments · warm, idle' },
      env(6, 'killed'),
    ])
    expect(envSummary(envs)).toBe('7 environments: 3 busy · 3 warm · 1 killed')
  })

  it('names consecutive ids as a range and cuts a long list', () => {
    const warm = Array.from({ length: 12 }, (_, i) => env(i + 1, 'warm'))
    expect(collapseEnvs(warm)).toEqual([
      { state: 'warm', count: 12, ids: 'env 1–12', text: '12 environments · warm, idle' },
    ])
    const scattered = [1, 3, 5, 7, 9].map((id) => env(id, 'busy'))
    expect(collapseEnvs(scattered)[0]).toMatchObject({ ids: 'env 1, 3, 5, 7 …' })
    expect(envSummary([...warm, ...scattered])).toBe('17 environments: 5 busy · 12 warm')
  })
})
