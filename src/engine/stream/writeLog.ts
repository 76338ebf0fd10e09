import type { VirtualMs } from '../clock'
import type { ReportList, ReportWrite } from '../model/report'
import { columnsWithRoom, copyColumns } from './columns'

const OPS: readonly ReportWrite['op'][] = ['PutItem', 'UpdateItem', 'DeleteItem']
const OP_CODE: Readonly<Record<ReportWrite['op'], number>> = {
  PutItem: 0,
  UpdateItem: 1,
  DeleteItem: 2,
}
const RESULTS: readonly ReportWrite['result'][] = ['record', 'noop', 'rejected']
const [RECORD, NOOP, REJECTED] = [0, 1, 2]
const FIRST_CAPACITY = 1024

function newColumns(capacity: number) {
  return {
    indexes: new Int32Array(capacity),
    atMs: new Float64Array(capacity),
    ops: new Uint8Array(capacity),
    results: new Uint8Array(capacity),
    /** -1: no record. */
    recordIndexes: new Int32Array(capacity),
  }
}

/**
 * What each applied write did, column by column (issue 13): the report's `writes` rows and the journal's
 * `writeApplied` events are made from it when read. Only a rejected write keeps a string, its error.
 */
export class WriteLog implements ReportList<ReportWrite> {
  length = 0
  private c = newColumns(FIRST_CAPACITY)
  private errors = new Map<number, string>()

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
    if (at === this.c.indexes.length) this.c = columnsWithRoom(this.c, at + 1, {})
    const { c } = this
    c.indexes[at] = index
    c.atMs[at] = atMs
    c.ops[at] = OP_CODE[op]
    c.results[at] = recordIndex !== undefined ? RECORD : error === undefined ? NOOP : REJECTED
    c.recordIndexes[at] = recordIndex ?? -1
    if (error !== undefined) this.errors.set(at, error)
    this.length = at + 1
    return at
  }

  /** The row at `at`, as the report lists it. */
  row(at: number): ReportWrite {
    const { c } = this
    const recordIndex = c.recordIndexes[at]
    return {
      index: c.indexes[at],
      atMs: c.atMs[at] as VirtualMs,
      op: OPS[c.ops[at]],
      result: RESULTS[c.results[at]],
      recordIndex: recordIndex < 0 ? null : recordIndex,
      error: this.errors.get(at) ?? null,
    }
  }

  *[Symbol.iterator](): Iterator<ReportWrite> {
    for (let at = 0; at < this.length; at++) yield this.row(at)
  }

  clone(): WriteLog {
    const copy = new WriteLog()
    copy.c = copyColumns(this.c, this.length, {})
    copy.errors = new Map(this.errors)
    copy.length = this.length
    return copy
  }
}
