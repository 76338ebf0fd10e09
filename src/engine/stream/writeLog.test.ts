import { describe, expect, it } from 'vitest'
import { virtualMs } from '../clock'
import { RecordStore } from './recordStore'
import { STREAM_CONTEXT } from './streamContextFixture'
import { WriteLog } from './writeLog'

describe('the write log (issue 13)', () => {
  it('gives back every row as pushed, whether its record knows its index and time or not', () => {
    const records = new RecordStore(STREAM_CONTEXT, 10n ** 20n)
    const log = new WriteLog(records)
    const made = records.append(undefined, { pk: { S: 'a' } }, 3, virtualMs(1000))
    const late = records.append(undefined, { pk: { S: 'b' } }, 4, virtualMs(2000))
    log.push(3, virtualMs(1000), 'PutItem', made)
    log.push(4, virtualMs(1500), 'UpdateItem', late)
    log.push(5, virtualMs(2500), 'DeleteItem', undefined)
    log.push(6, virtualMs(3000), 'PutItem', undefined, 'ValidationException: no')
    const rows = [
      { index: 3, atMs: 1000, op: 'PutItem', result: 'record', recordIndex: made, error: null },
      { index: 4, atMs: 1500, op: 'UpdateItem', result: 'record', recordIndex: late, error: null },
      { index: 5, atMs: 2500, op: 'DeleteItem', result: 'noop', recordIndex: null, error: null },
      {
        index: 6,
        atMs: 3000,
        op: 'PutItem',
        result: 'rejected',
        recordIndex: null,
        error: 'ValidationException: no',
      },
    ]
    expect([...log]).toEqual(rows)
    const copy = log.clone(records.clone())
    copy.push(7, virtualMs(4000), 'PutItem', undefined)
    expect([log.length, [...copy].slice(0, 4)]).toEqual([4, rows])
  })
})
