import { describe, expect, it } from 'vitest'
import { virtualMs, type RecordFate, type RecordView, type SimSnapshot } from '../engine'
import { computeShardStrips } from './shardStrips'
import type { InvocationView } from './simView'

function record(index: number, shard: number, fate: RecordFate): RecordView {
  return { index, shard, createdAtMs: virtualMs(0), fate, record: {} as RecordView['record'] }
}

function snapshot(
  recordCount: number,
  checkpointPos: number,
  lane: { inflightInvocationId?: number; bufferedRecords?: number[] } = {},
): SimSnapshot {
  return {
    nowMs: virtualMs(0),
    mappingState: 'Enabled',
    reservedConcurrency: null,
    concurrentExecutions: 0,
    shards: [
      {
        shardId: 'shardId-0',
        recordCount,
        checkpointPos,
        checkpointSequenceNumber: checkpointPos > 0 ? '100' : undefined,
        lanes: [
          {
            status: 'inflight',
            inflightInvocationId: lane.inflightInvocationId,
            bufferedRecords: lane.bufferedRecords ?? [],
            windowCloseAtMs: undefined,
            queuedBatches: 0,
          },
        ],
      },
    ],
  }
}

const invocation = (id: number, recordIndexes: number[]) =>
  ({ id, recordIndexes }) as unknown as InvocationView

describe('computeShardStrips', () => {
  it('marks the records of the in-flight invocation and those waiting in the batching window', () => {
    const records = [record(0, 0, 'processed'), record(1, 0, 'pending'), record(2, 0, 'pending')]
    const [strip] = computeShardStrips(
      snapshot(3, 1, { inflightInvocationId: 7, bufferedRecords: [2] }),
      records,
      [invocation(7, [1])],
    )
    expect(strip.chips.map((c) => [c.recordIndex, c.fate, c.inflight, c.buffered])).toEqual([
      [0, 'processed', false, false],
      [1, 'pending', true, false],
      [2, 'pending', false, true],
    ])
    expect(strip).toMatchObject({ checkpointPos: 1, inflightInvocationIds: [7], hiddenBefore: 0 })
  })

  it('shows a window around the checkpoint when a shard has many records', () => {
    const records = Array.from({ length: 100 }, (_, i) =>
      record(i, 0, i < 50 ? 'processed' : 'pending'),
    )
    const [strip] = computeShardStrips(snapshot(100, 50), records, [], 20)
    // Ten settled records before the checkpoint stay in view, then the next ten.
    expect(strip.chips.map((c) => c.pos)).toEqual(Array.from({ length: 20 }, (_, i) => 40 + i))
    expect(strip).toMatchObject({ hiddenBefore: 40, hiddenAfter: 40 })
  })

  it('keeps the newest records in view when the checkpoint is near the end', () => {
    const records = Array.from({ length: 30 }, (_, i) => record(i, 0, 'processed'))
    const [strip] = computeShardStrips(snapshot(30, 30), records, [], 20)
    expect(strip.chips[0].pos).toBe(10)
    expect(strip.chips.at(-1)?.pos).toBe(29)
    expect(strip.hiddenAfter).toBe(0)
  })

  it('places the records the store kept at the end of the shard when older ones were dropped', () => {
    // The store keeps only records 90..99 of a 100-record shard.
    const records = Array.from({ length: 10 }, (_, i) => record(90 + i, 0, 'pending'))
    const [strip] = computeShardStrips(snapshot(100, 0), records, [], 20)
    expect(strip.chips.map((c) => [c.pos, c.recordIndex])[0]).toEqual([90, 90])
    expect(strip.hiddenBefore).toBe(90)
  })
})
