import type { VirtualMs } from '../clock'
import type { ReportList, ReportWrite } from '../model/report'
import { columnsWithRoom, copyColumns } from './columns'
import type { RecordStore } from './recordStore'

const OPS: readonly ReportWrite['op'][] = ['PutItem', 'UpdateItem', 'DeleteItem']
const OP_CODE: Readonly<Record<ReportWrite['op'], number>> = {
  PutItem: 0,
  UpdateItem: 1,
  DeleteItem: 2,
}
const RESULTS: readonly ReportWrite['result'][] = ['record', 'noop', 'rejected']
const [RECORD, NOOP, REJECTED] = [0, 1, 2]
const FIRST_CAPACITY = 1024

function newRows(capacity: number) {
  return {
    /** >= 0: the record the write made, which knows the write's index and time; else -1 - its place in `full`. */
    refs: new Int32Array(capacity),
    /** op × 3 + result. */
    codes: new Uint8Array(capacity),
  }
}

function newFullRows(capacity: number) {
  return {
    indexes: new Int32Array(capacity),
    atMs: new Float64Array(capacity),
    /** -1: no record. */
    recordIndexes: new Int32Array(capacity),
  }
}

/**
 * What each applied write did, column by column (issue 13): the report's `writes` rows and the journal's
 * `writeApplied` events are made from it when read. A write that made a record at its own time keeps 5 bytes,
 * the record's index and its op and result: the record store has the write's index and time. Any other write
 * keeps them in full; only a rejected write keeps a string, its error.
 */
export class WriteLog implements ReportList<ReportWrite> {
  length = 0
  private c = newRows(FIRST_CAPACITY)
  private full = newFullRows(64)
  private fullLength = 0
  private errors = new Map<number, string>()

  constructor(private readonly records: RecordStore) {}

  /**
   * Appends the row of the write `index` applied at `atMs`, with the record it made (if any) or its error (if
   * rejected); returns the row's position. Its fields come one by one: no row object per write.
   */
  push(
    index: number,
    atMs: VirtualMs,
    op: ReportWrite['op'],
    recordIndex: number | undefined,
    error?: string,
  ): number {
    const at = this.length
    if (at === this.c.refs.length) this.c = columnsWithRoom(this.c, at + 1)
    const { c } = this
    const result = recordIndex !== undefined ? RECORD : error === undefined ? NOOP : REJECTED
    c.codes[at] = OP_CODE[op] * 3 + result
    c.refs[at] =
      recordIndex !== undefined &&
      this.records.writeIndex(recordIndex) === index &&
      this.records.createdAtMs(recordIndex) === atMs
        ? recordIndex
        : -1 - this.pushFull(index, atMs, recordIndex ?? -1)
    if (error !== undefined) this.errors.set(at, error)
    this.length = at + 1
    return at
  }

  /** The row at `at`, as the report lists it. */
  row(at: number): ReportWrite {
    const { records } = this
    const ref = this.c.refs[at]
    const code = this.c.codes[at]
    const full = ref < 0 ? -1 - ref : -1
    const recordIndex = full < 0 ? ref : this.full.recordIndexes[full]
    return {
      index: full < 0 ? (records.writeIndex(ref) as number) : this.full.indexes[full],
      atMs: full < 0 ? records.createdAtMs(ref) : (this.full.atMs[full] as VirtualMs),
      op: OPS[Math.floor(code / 3)],
      result: RESULTS[code % 3],
      recordIndex: recordIndex < 0 ? null : recordIndex,
      error: this.errors.get(at) ?? null,
    }
  }

  *[Symbol.iterator](): Iterator<ReportWrite> {
    for (let at = 0; at < this.length; at++) yield this.row(at)
  }

  /** A copy reading the records' parts of its rows from `records` (a copy of this log's store). */
  clone(records: RecordStore): WriteLog {
    const copy = new WriteLog(records)
    copy.c = copyColumns(this.c, this.length)
    copy.full = copyColumns(this.full, this.fullLength)
    copy.fullLength = this.fullLength
    copy.errors = new Map(this.errors)
    copy.length = this.length
    return copy
  }

  private pushFull(index: number, atMs: VirtualMs, recordIndex: number): number {
    const at = this.fullLength
    if (at === this.full.indexes.length) this.full = columnsWithRoom(this.full, at + 1)
    this.full.indexes[at] = index
    this.full.atMs[at] = atMs
    this.full.recordIndexes[at] = recordIndex
    this.fullLength = at + 1
    return at
  }
}
