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
