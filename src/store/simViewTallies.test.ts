import { describe, expect, it } from 'vitest'
import { virtualMs } from '../engine'
import type { RecordView, ReportDestination, SimSnapshot } from '../engine'
import type { SimFrame } from '../protocol/simProtocol'
import { applyBatch, EMPTY_SIM_VIEW } from './simView'

const snapshot: SimSnapshot = {
  nowMs: virtualMs(0),
  mappingState: 'Enabled',
  reservedConcurrency: null,
  concurrentExecutions: 0,
  shards: [],
}

function record(index: number, eventName: 'INSERT' | 'MODIFY' | 'REMOVE'): RecordView {
  return {
    index,
    shard: 0,
    createdAtMs: virtualMs(0),
    fate: 'pending',
    record: { eventName } as RecordView['record'],
  }
}

const sqs: ReportDestination = {
  atMs: virtualMs(10),
  kind: 'sqs',
  target: 'arn:aws:sqs:us-east-1:123456789012:dlq',
  message: {},
  sns: null,
  s3Key: null,
}

function frame(seq: number, parts: Partial<SimFrame>) {
  const base: SimFrame = {
    loadId: 0,
    seq,
    reachedMs: seq,
    events: [],
    snapshot,
    records: [],
    tableChanges: [],
    destinations: [],
    finished: false,
  }
  return { type: 'frame' as const, frame: { ...base, ...parts } }
}

describe('the pipeline tallies', () => {
  it('counts writes by kind, fates and destination messages as frames arrive, never rescanning', () => {
    const view = applyBatch(EMPTY_SIM_VIEW, {
      reports: [
        frame(1, { records: [record(0, 'INSERT'), record(1, 'MODIFY'), record(2, 'INSERT')] }),
        frame(2, {
          records: [record(3, 'REMOVE')],
          events: [
            {
              type: 'fate',
              atMs: virtualMs(2),
              recordIndexes: [0, 1],
              fate: 'processed',
              rule: 'success.checkpoint',
            },
            {
              type: 'fate',
              atMs: virtualMs(2),
              recordIndexes: [2],
              fate: 'filtered',
              rule: 'filter.match',
            },
          ],
          destinations: [sqs, sqs],
        }),
      ],
      outcomes: [],
    })
    expect(view.tallies).toEqual({
      writes: { INSERT: 2, MODIFY: 1, REMOVE: 1 },
      fates: { processed: 2, filtered: 1 },
      delivered: { sqs: 2 },
    })
    expect(view.records.map((r) => r.fate)).toEqual([
      'processed',
      'processed',
      'filtered',
      'pending',
    ])
  })
})

describe('the table view', () => {
  const put = (id: string, n: number) => ({ id, item: { pk: { S: id }, n: { N: String(n) } } })

  it('copies the loaded table once, then changes it in place frame by frame, each change a new TableView', () => {
    const first = applyBatch(EMPTY_SIM_VIEW, {
      reports: [frame(1, { tableChanges: [put('a', 1), put('b', 1)] })],
      outcomes: [],
    })
    // The shared empty view is never written to.
    expect(EMPTY_SIM_VIEW.table.order).toEqual([])
    expect(EMPTY_SIM_VIEW.table.items.size).toBe(0)
    const second = applyBatch(first, {
      reports: [frame(2, { tableChanges: [put('c', 1), put('a', 2), { id: 'b', item: null }] })],
      outcomes: [],
    })
    expect(second.table).not.toBe(first.table)
    expect(second.table.version).toBe(first.table.version + 1)
    expect(second.table.order).toEqual(['a', 'c'])
    expect(second.table.items.get('a')).toEqual(put('a', 2).item)
    expect(second.table.items.has('b')).toBe(false)
    // A frame without table changes keeps the same TableView, so the table panel does not redraw.
    const third = applyBatch(second, { reports: [frame(3, {})], outcomes: [] })
    expect(third.table).toBe(second.table)
  })
})
