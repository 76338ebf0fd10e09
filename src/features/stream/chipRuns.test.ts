import { describe, expect, it } from 'vitest'
import type { ShardChip } from '../../store/shardStrips'
import { chipRuns } from './chipRuns'

const chip = (pos: number, fate: ShardChip['fate'], inflight = false): ShardChip => ({
  pos,
  recordIndex: 100 + pos,
  fate,
  inflight,
  buffered: false,
  redelivered: undefined,
})

const ranges = (runs: ReturnType<typeof chipRuns>) =>
  runs.map((r) => `${r.first.recordIndex}-${r.last.recordIndex}×${r.count}`)

describe('chip runs (time-lapse strips)', () => {
  it('draws look-alike neighbours as one run, split at the checkpoint and at the batch in flight', () => {
    const chips = [
      chip(0, 'processed'),
      chip(1, 'processed'),
      chip(2, 'processed'),
      chip(3, 'pending', true),
      chip(4, 'pending', true),
      chip(5, 'pending'),
      chip(6, 'pending'),
    ]
    expect(ranges(chipRuns(chips, 2))).toEqual(['100-101×2', '102-102×1', '103-104×2', '105-106×2'])
  })

  it('starts a run where a rewind mark goes', () => {
    const chips = [chip(0, 'pending'), chip(1, 'pending'), chip(2, 'pending')]
    expect(ranges(chipRuns(chips, 0, 101))).toEqual(['100-100×1', '101-102×2'])
  })
})
