import type { SimEvent } from './model/events'
import type { RecordStore } from './stream/recordStore'
import type { WriteLog } from './stream/writeLog'

/**
 * The event journal (issue 13). Most of a big run's events say that a write made a record or did nothing:
 * those are kept as one number each, the record's index (>= 0) or -1 - the write log row, and made into events
 * again, equal to the ones emitted, when read.
 */
export class Journal {
  private entries: (SimEvent | number)[] = []
  /** How many entries are whole event objects, not numbers: what the memory estimate counts (D18). */
  private objects = 0
  /** Events dropped from the front so far: an event's position plus this is its place in the whole run. */
  dropped = 0

  constructor(
    private readonly records: RecordStore,
    private readonly writes: WriteLog,
  ) {}

  get length(): number {
    return this.entries.length
  }

  /** Events kept as objects (the compact ones are counted with their records): O(1). */
  get objectCount(): number {
    return this.objects
  }

  push(event: SimEvent): void {
    this.entries.push(event)
    this.objects++
  }

  /** `recordWritten` for the record just appended at `index`. */
  pushRecord(index: number): void {
    this.entries.push(index)
  }

  /** `writeApplied` for a write that made no record, at row `row` of the write log. */
  pushWrite(row: number): void {
    this.entries.push(-1 - row)
  }

  at(position: number): SimEvent {
    const entry = this.entries[position]
    return typeof entry === 'number' ? this.eventOf(entry) : entry
  }

  /** When the event at `position` happened, without making it. */
  atMs(position: number): number {
    const entry = this.entries[position]
    if (typeof entry !== 'number') return entry.atMs
    return entry >= 0 ? this.records.createdAtMs(entry) : this.writes.row(-1 - entry).atMs
  }

  /** Drops the first `count` events (a discard to stay within memory: docs/semantics.md D18). */
  dropFirst(count: number): void {
    const removed = this.entries.splice(0, count)
    for (const entry of removed) if (typeof entry !== 'number') this.objects--
    this.dropped += removed.length
  }

  /** The events from `from` to `to` (exclusive), as emitted. */
  slice(from = 0, to = this.entries.length): SimEvent[] {
    const events: SimEvent[] = []
    for (let position = Math.max(0, from); position < to; position++) events.push(this.at(position))
    return events
  }

  /** A copy that reads its compact events from the copied records and write log. */
  clone(records: RecordStore, writes: WriteLog): Journal {
    const copy = new Journal(records, writes)
    copy.entries = this.entries.slice()
    copy.objects = this.objects
    copy.dropped = this.dropped
    return copy
  }

  private eventOf(entry: number): SimEvent {
    const { records } = this
    if (entry >= 0) {
      return {
        type: 'recordWritten',
        atMs: records.createdAtMs(entry),
        recordIndex: entry,
        shard: records.shard(entry),
        writeIndex: records.writeIndex(entry),
      }
    }
    // A write is applied at its own time, so its row's atMs is when the event happened.
    const row = this.writes.row(-1 - entry)
    if (row.result === 'rejected')
      return {
        type: 'writeApplied',
        atMs: row.atMs,
        writeIndex: row.index,
        result: 'rejected',
        message: row.error as string,
      }
    return { type: 'writeApplied', atMs: row.atMs, writeIndex: row.index, result: 'noop' }
  }
}
