/**
 * The table's rows by key text, in the insertion order of their keys (an overwrite keeps the position).
 *
 * A Map keyed by the texts themselves costs a million young strings held by one huge table: V8 spends most of a
 * million-write run's table time there (issue 13). Here the Map is keyed by a 30-bit hash of the text, a small
 * integer on every engine, and the text of a row is read back from the row only when a hash is found. Keys
 * whose hash is taken go to the next probe (hash + 2^30, + 2^31…); a deleted row with a later probe behind it
 * leaves a tombstone so the later one is still found.
 */
export class Rows<Row> {
  /** The slot `get` last looked at, for the `set` or `delete` of the same text that usually follows. */
  private lastText: string | undefined
  private lastSlot = 0
  private lastFound = false

  constructor(
    /** The key text of a stored row. */
    private readonly textOf: (row: Row) => string,
    private readonly map = new Map<number, Row | typeof TOMBSTONE>(),
    /** Live rows (tombstones not counted). */
    public size = 0,
  ) {}

  get(text: string): Row | undefined {
    const found = this.find(text)
    return found ? (this.map.get(this.lastSlot) as Row) : undefined
  }

  /** Stores the row under its text: in place if the text is there, else at the end of the order. */
  set(text: string, row: Row): void {
    const found = this.lastText === text ? this.lastFound : this.find(text)
    if (!found) {
      // A reused tombstone slot moves to the end: the new key is the last one inserted.
      this.map.delete(this.lastSlot)
      this.size++
    }
    this.map.set(this.lastSlot, row)
    this.lastText = text
    this.lastFound = true
  }

  delete(text: string): void {
    const found = this.lastText === text ? this.lastFound : this.find(text)
    this.lastText = undefined
    if (!found) return
    this.size--
    if (this.map.has(this.lastSlot + PROBE_STEP)) this.map.set(this.lastSlot, TOMBSTONE)
    else this.map.delete(this.lastSlot)
  }

  *values(): IterableIterator<Row> {
    for (const row of this.map.values()) if (row !== TOMBSTONE) yield row
  }

  clone(): Rows<Row> {
    return new Rows(this.textOf, new Map(this.map), this.size)
  }

  /**
   * Whether the text has a row; leaves in `lastSlot` its slot, or else the slot a new row takes (the first
   * tombstone on the way, or the first free probe).
   */
  private find(text: string): boolean {
    this.lastText = text
    let free: number | undefined
    for (let slot = hash30(text); ; slot += PROBE_STEP) {
      const row = this.map.get(slot)
      if (row === undefined) {
        this.lastSlot = free ?? slot
        this.lastFound = false
        return false
      }
      if (row === TOMBSTONE) free ??= slot
      else if (this.textOf(row) === text) {
        this.lastSlot = slot
        this.lastFound = true
        return true
      }
    }
  }
}

const TOMBSTONE = Symbol('deleted row')
const PROBE_STEP = 2 ** 30

/** FNV-1a over the UTF-16 code units, cut to 30 bits: a small integer (Smi) in V8 with or without pointer compression. */
export function hash30(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash & 0x3fffffff
}
