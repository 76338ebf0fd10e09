// docs/semantics.md D18: the status line's words.
import { describe, expect, it } from 'vitest'
import { formatBytes, memoryLine, memoryNotice } from './memoryWords'
import type { SimMemory } from './memoryWords'

const MB = 1024 * 1024
const base: SimMemory = {
  records: 12_345,
  estimateBytes: 48 * MB,
  budgetBytes: 256 * MB,
  level: 'ok',
  discardedBeforeMs: null,
  wouldDiscardBeforeMs: 0,
  stopped: false,
}

describe('the memory status line (D18)', () => {
  it('formats sizes', () => {
    expect([100, 12_800, 4.24 * MB, 48.4 * MB, 256 * MB].map(formatBytes)).toEqual([
      '1 KB',
      '13 KB',
      '4.2 MB',
      '48 MB',
      '256 MB',
    ])
  })

  it('says the record count and the estimate', () => {
    expect(memoryLine(base)).toBe('12,345 records · engine ≈ 48 MB')
    expect(memoryLine({ ...base, records: 1, estimateBytes: 2_048 })).toBe(
      '1 record · engine ≈ 2 KB',
    )
  })

  it('says nothing far from the limit, what will go near it, what went and when the run holds', () => {
    expect(memoryNotice(base, 0)).toBeNull()
    expect(memoryNotice({ ...base, level: 'warning', wouldDiscardBeforeMs: 754_000 }, 0)).toBe(
      'Near the memory limit: at 256 MB the run discards record histories and Timeline snapshots older than an hour (now: before 00:12:34), and holds if that is not enough.',
    )
    expect(memoryNotice({ ...base, level: 'warning' }, 0)).toBe(
      'Near the memory limit: at 256 MB the run discards record histories and Timeline snapshots older than an hour; none is an hour old yet, so the run will hold at the limit.',
    )
    expect(memoryNotice({ ...base, discardedBeforeMs: 754_000 }, 0)).toBe(
      'Record histories and Timeline snapshots before 00:12:34 were discarded to stay within 256 MB; counts, metrics and the report are whole.',
    )
    expect(memoryNotice({ ...base, stopped: true, level: 'over' }, 4_354_000)).toBe(
      'The run holds at 01:12:34: it needs more than 256 MB even without the history older than an hour. Export it and run it with the headless runner (npm run simulate).',
    )
  })
})
