/**
 * The table's rows by key text, in the insertion order of their keys (an overwrite keeps the position).
 *
 * A Map keyed by the texts costs a million young strings held by one huge table: V8 spent most of a million-write
 * run's table time there (issue 13). Here the rows sit in an array in insertion order (a deleted row leaves a hole,
 * squeezed out when holes outnumber rows), and an open-addressing hash table of typed arrays maps a text's 32-bit
 * hash to its position. A row's text is read back from the row only when the hashes match.
 */
export class Rows<Row> {
  /**
   * Rows with room for `expected` of them up front: growing re-slots every row at each doubling, a visible
   * share of a million-write run (issue 13). Pages of the slots never written stay untouched, hence unpaid.
   */
  static withRoom<Row>(textOf: (row: Row) => string, expected: number): Rows<Row> {
    const rows = Math.min(Math.max(expected, 16), MAX_ROOM)
    return new Rows(textOf, [], new Int32Array(rows), new Int32Array(slotsFor(rows)))
  }

  /** The slot (and hash) `find` last looked at, for the `set` or `delete` of the same text that usually follows. */
  private lastText: string | undefined
  private lastSlot = 0
  private lastFound = false
  private lastHash = 0

  constructor(
    /** The key text of a stored row. */
    private readonly textOf: (row: Row) => string,
    private rows: (Row | undefined)[] = [],
    /** The hash of each position's text. */
    private hashes: Int32Array = new Int32Array(16),
    /** Open addressing, linear probing: position + 1, EMPTY or DELETED. */
    private slots: Int32Array = new Int32Array(32),
    /** Live rows (holes not counted). */
    public size = 0,
    /** Slots that are not EMPTY (tombstones included): what the probes walk through. */
    private used = 0,
  ) {}

  get(text: string): Row | undefined {
    return this.find(text) ? this.rows[this.slots[this.lastSlot] - 1] : undefined
  }

  /** Stores the row under its text: in place if the text is there, else at the end of the order. */
  set(text: string, row: Row): void {
    const found = this.lastText === text ? this.lastFound : this.find(text)
    if (found) {
      this.rows[this.slots[this.lastSlot] - 1] = row
      return
    }
    const position = this.rows.length
    if (position === this.hashes.length) this.hashes = grown(this.hashes, position * 2)
    this.rows.push(row)
    this.hashes[position] = this.lastHash
    if (this.slots[this.lastSlot] === EMPTY) this.used++
    this.slots[this.lastSlot] = position + 1
    this.size++
    this.lastText = text
    this.lastFound = true
    // Probes stay short below two thirds full.
    if (this.used * 3 > this.slots.length * 2) this.rebuild()
  }

  delete(text: string): void {
    const found = this.lastText === text ? this.lastFound : this.find(text)
    this.lastText = undefined
    if (!found) return
    this.rows[this.slots[this.lastSlot] - 1] = undefined
    this.slots[this.lastSlot] = DELETED
    this.size--
    if (this.rows.length > 64 && this.size * 2 < this.rows.length) this.rebuild()
  }

  *values(): IterableIterator<Row> {
    for (const row of this.rows) if (row !== undefined) yield row
  }

  /** An independent copy; one with more room than its rows need (`withRoom`) is made fitted, not copied as is. */
  clone(): Rows<Row> {
    const { textOf, rows, hashes, slots, size, used } = this
    // Grown rows use between half and all of slotsFor(size): more is room made up front.
    if (slots.length > 2 * slotsFor(size)) {
      const copy = new Rows(textOf, rows, hashes, slots, size, used)
      copy.rebuild()
      return copy
    }
    return new Rows(textOf, rows.slice(), hashes.slice(), slots.slice(), size, used)
  }

  /**
   * Whether the text has a row; leaves in `lastSlot` its slot, or else the slot a new row takes (the first
   * tombstone on the way, or the first empty slot).
   */
  private find(text: string): boolean {
    this.lastText = text
    const hash = hash32(text)
    this.lastHash = hash
    const mask = this.slots.length - 1
    let free = -1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]
      if (entry === EMPTY) {
        this.lastSlot = free < 0 ? slot : free
        this.lastFound = false
        return false
      }
      if (entry === DELETED) {
        if (free < 0) free = slot
      } else if (
        this.hashes[entry - 1] === hash &&
        this.textOf(this.rows[entry - 1] as Row) === text
      ) {
        this.lastSlot = slot
        this.lastFound = true
        return true
      }
    }
  }

  /** Squeezes out the holes and re-slots every row in a table at most half full. */
  private rebuild(): void {
    const rows: Row[] = []
    const hashes = new Int32Array(Math.max(16, this.size * 2))
    for (let position = 0; position < this.rows.length; position++) {
      const row = this.rows[position]
      if (row === undefined) continue
      hashes[rows.length] = this.hashes[position]
      rows.push(row)
    }
    const capacity = slotsFor(rows.length)
    const slots = new Int32Array(capacity)
    const mask = capacity - 1
    for (let position = 0; position < rows.length; position++) {
      let slot = hashes[position] & mask
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask
      slots[slot] = position + 1
    }
    this.rows = rows
    this.hashes = hashes
    this.slots = slots
    this.used = rows.length
    this.lastText = undefined
  }
}

const EMPTY = 0
const DELETED = -1
/** `withRoom` reserves for at most this many rows (12 MB of typed arrays); more grow as they come. */
const MAX_ROOM = 1 << 20

/** Slots for `rows` rows: a power of two, at most half full. */
function slotsFor(rows: number): number {
  let capacity = 32
  while (capacity < rows * 2) capacity *= 2
  return capacity
}

function grown(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(length)
  copy.set(array)
  return copy
}

/** FNV-1a over the text's UTF-16 code units. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash
}
