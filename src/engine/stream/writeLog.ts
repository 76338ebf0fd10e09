import type { VirtualMs } from '../clock'
import type { ReportList, ReportWrite } from '../model/report'
import { copyColumn, withRoom } from './columns'

const OPS: readonly ReportWrite['op'][] = ['PutItem', 'UpdateItem', 'DeleteItem']
const RESULTS: readonly ReportWrite['result'][] = ['record', 'noop', 'rejected']
const FIRST_CAPACITY = 1024

/**
 * What each applied write did, column by column (issue 13): the report's `writes` rows and the journal's
 * `writeApplied` events are made from it when read. Only a rejected write keeps a string, its error.
 */
export class WriteLog implements ReportList<ReportWrite> {
  length = 0
  private indexes = new Int32Array(FIRST_CAPACITY)
  private atMs = new Float64Array(FIRST_CAPACITY)
  private ops = new Uint8Array(FIRST_CAPACITY)
  private results = new Uint8Array(FIRST_CAPACITY)
  /** -1: no record. */
  private recordIndexes = new Int32Array(FIRST_CAPACITY)
  private errors = new Map<number, string>()

  /** Appends a row; returns its position. */
  push(row: ReportWrite): number {
    const at = this.length
    if (at === this.indexes.length) {
      this.indexes = withRoom(this.indexes, at + 1)
      this.atMs = withRoom(this.atMs, at + 1)
      this.ops = withRoom(this.ops, at + 1)
      this.results = withRoom(this.results, at + 1)
      this.recordIndexes = withRoom(this.recordIndexes, at + 1)
    }
    this.indexes[at] = row.index
    this.atMs[at] = row.atMs
    this.ops[at] = OPS.indexOf(row.op)
    this.results[at] = RESULTS.indexOf(row.result)
    this.recordIndexes[at] = row.recordIndex ?? -1
    if (row.error !== null) this.errors.set(at, row.error)
    this.length = at + 1
    return at
  }

  /** The row at `at`, as the report lists it. */
  row(at: number): ReportWrite {
    const recordIndex = this.recordIndexes[at]
    return {
      index: this.indexes[at],
      atMs: this.atMs[at] as VirtualMs,
      op: OPS[this.ops[at]],
      result: RESULTS[this.results[at]],
      recordIndex: recordIndex < 0 ? null : recordIndex,
      error: this.errors.get(at) ?? null,
    }
  }

  *[Symbol.iterator](): Iterator<ReportWrite> {
    for (let at = 0; at < this.length; at++) yield this.row(at)
  }

  clone(): WriteLog {
    const copy = new WriteLog()
    const n = this.length
    copy.indexes = copyColumn(this.indexes, n)
    copy.atMs = copyColumn(this.atMs, n)
    copy.ops = copyColumn(this.ops, n)
    copy.results = copyColumn(this.results, n)
    copy.recordIndexes = copyColumn(this.recordIndexes, n)
    copy.errors = new Map(this.errors)
    copy.length = n
    return copy
  }
}
