import { describe, expect, it } from 'vitest'
import type { RecordStep } from '../engine'
import { describeStep, historyLines } from './historyLines'

const at = (atMs: number, what: string): RecordStep => ({
  atMs,
  what,
  rule: undefined,
  cites: [],
})

/** Attempt n at `ms`, failing 20 ms later, with its retry a second on. */
const cycle = (n: number, ms: number, cold = false): RecordStep[] => [
  at(ms, `sent in invocation ${n} (batch of 1, attempt ${n}${cold ? ', cold start' : ''})`),
  at(ms + 20, `invocation ${n} ended: error`),
  at(ms + 20, `retry scheduled at ${ms + 1020} ms`),
]

describe('historyLines', () => {
  it('folds a run of same-shaped retry cycles into one line, cold starts included', () => {
    const steps = [
      at(2000, 'written to shard 0 by write 0'),
      ...cycle(1, 2000, true),
      ...cycle(2, 3020),
      ...cycle(3, 4040, true),
      ...cycle(4, 5060),
      at(6080, 'final fate: expired'),
    ]
    const lines = historyLines(steps)
    expect(lines.map((l) => (l.kind === 'step' ? l.index : `fold ${l.count}`))).toEqual([
      0,
      1,
      2,
      3,
      'fold 3',
      13,
    ])
    expect(lines[4]).toMatchObject({ kind: 'retries', count: 3, fromMs: 3020, toMs: 5080 })
    expect(lines[4].kind === 'retries' && lines[4].steps.map((s) => s.index)).toEqual([
      4, 5, 6, 7, 8, 9, 10, 11, 12,
    ])
  })

  it('leaves two retries step by step', () => {
    const steps = [...cycle(1, 0), ...cycle(2, 1020), at(3000, 'final fate: x')]
    expect(historyLines(steps).map((l) => l.kind)).toEqual(Array(7).fill('step'))
  })
})

describe('describeStep', () => {
  it('shows retry times in the clock format', () => {
    expect(describeStep(at(0, 'retry scheduled at 3020 ms'))).toBe(
      'retry scheduled at 00:00:03.020',
    )
    expect(describeStep(at(0, 'retry scheduled at 86433900 ms'))).toBe(
      'retry scheduled at 1d 00:00:33.900',
    )
    expect(describeStep(at(0, 'invocation 3 ended: error'))).toBe('invocation 3 ended: error')
  })
})
