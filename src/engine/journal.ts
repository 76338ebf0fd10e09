import type { SimEvent } from './model/events'
import { Int32List } from './stream/int32List'
import type { RecordStore } from './stream/recordStore'
import type { WriteLog } from './stream/writeLog'

/** Record indexes as kept: a run of consecutive indexes as its first and count, any other list in a typed array. */
type PackedIndexes = Int32Array | { readonly first: number; readonly count: number }
/**
 * An event kept as an object, its record indexes packed when that is smaller (most events of a big run carry a
 * batch of records): in place of its array, so that its keys keep their order.
 */
type StoredEvent = SimEvent | (Omit<SimEvent, 'recordIndexes'> & { recordIndexes: PackedIndexes })
/** Shorter runs and lists take less room as they are (a JS array of small integers, without a wrapper). */
const MIN_RUN = 4
const MIN_LIST = 64

/**
 * The event journal (issue 13). Most of a big run's events say that a write made a record or did nothing:
 * those are kept as one 32-bit number each, the record's index (>= 0) or -1 - 2 × the write log row, and made
 * into events again, equal to the ones emitted, when read. Any other event is an object, at -2 - 2 × its place
 * among them.
 */
export class Journal {
  private entries = new Int32List()
  private objects: StoredEvent[] = []
  /** Objects dropped from the front of `objects`, so that the places the entries hold stay valid. */
  private objectsDropped = 0
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
    return this.objects.length
  }

  push(event: SimEvent): void {
    this.entries.push(-2 - 2 * (this.objectsDropped + this.objects.length))
    this.objects.push(packed(event))
  }

  /** `recordWritten` for the record just appended at `index`. */
  pushRecord(index: number): void {
    this.entries.push(index)
  }

  /** `writeApplied` for a write that made no record, at row `row` of the write log. */
  pushWrite(row: number): void {
    this.entries.push(-1 - 2 * row)
  }

  at(position: number): SimEvent {
    const entry = this.entries.at(position)
    if (entry >= 0 || (entry & 1) !== 0) return this.eventOf(entry)
    return unpacked(this.objectAt(entry))
  }

  /** When the event at `position` happened, without making it. */
  atMs(position: number): number {
    const entry = this.entries.at(position)
    if (entry >= 0) return this.records.createdAtMs(entry)
    if ((entry & 1) !== 0) return this.writes.row(rowOf(entry)).atMs
    const stored = this.objectAt(entry)
    return stored.atMs
  }

  /** Drops the first `count` events (a discard to stay within memory: docs/semantics.md D18). */
  dropFirst(count: number): void {
    const cut = Math.min(count, this.entries.length)
    let objects = 0
    for (let position = 0; position < cut; position++) {
      const entry = this.entries.at(position)
      if (entry < 0 && (entry & 1) === 0) objects++
    }
    this.entries.dropFirst(cut)
    this.objects.splice(0, objects)
    this.objectsDropped += objects
    this.dropped += cut
  }

  /** The events from `from` to `to` (exclusive), as emitted; positions past the end give nothing. */
  slice(from = 0, to = this.entries.length): SimEvent[] {
    const events: SimEvent[] = []
    const end = Math.min(to, this.entries.length)
    for (let position = Math.max(0, from); position < end; position++)
      events.push(this.at(position))
    return events
  }

  /** A copy that reads its compact events from the copied records and write log. */
  clone(records: RecordStore, writes: WriteLog): Journal {
    const copy = new Journal(records, writes)
    copy.entries = this.entries.clone()
    copy.objects = this.objects.slice()
    copy.objectsDropped = this.objectsDropped
    copy.dropped = this.dropped
    return copy
  }

  private objectAt(entry: number): StoredEvent {
    return this.objects[(-2 - entry) / 2 - this.objectsDropped]
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
    const row = this.writes.row(rowOf(entry))
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

function rowOf(entry: number): number {
  return (-1 - entry) / 2
}

/** The event as kept: its record indexes packed when that is smaller. */
function packed(event: SimEvent): StoredEvent {
  if (!('recordIndexes' in event) || event.recordIndexes.length < MIN_RUN) return event
  const indexes = event.recordIndexes
  const first = indexes[0]
  let run = true
  for (let i = 1; run && i < indexes.length; i++) run = indexes[i] === first + i
  if (run) return { ...event, recordIndexes: { first, count: indexes.length } }
  return indexes.length < MIN_LIST ? event : { ...event, recordIndexes: Int32Array.from(indexes) }
}

/** The event as emitted: the same keys in the same order, its record indexes a new array if packed. */
function unpacked(stored: StoredEvent): SimEvent {
  if (!('recordIndexes' in stored) || Array.isArray(stored.recordIndexes)) return stored as SimEvent
  const indexes = stored.recordIndexes
  const recordIndexes =
    indexes instanceof Int32Array
      ? Array.from(indexes)
      : Array.from({ length: indexes.count }, (_, i) => indexes.first + i)
  return { ...stored, recordIndexes } as SimEvent
}
