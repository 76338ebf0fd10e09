const FIRST_CAPACITY = 1024

/**
 * A growing list of 32-bit integers in a typed array (issue 13): 4 bytes a value, where a JS array of numbers
 * takes 8 (no pointer compression in Node) and grows by half again with a copy each time.
 */
export class Int32List {
  length = 0
  private values: Int32Array

  constructor(capacity = FIRST_CAPACITY) {
    this.values = new Int32Array(capacity)
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }

  at(position: number): number {
    return this.values[position]
  }

  /** The values from `from` to `to` (exclusive), as an array. */
  slice(from = 0, to = this.length): number[] {
    return Array.from(this.values.subarray(from, to))
  }

  /** Removes the first `count` values. */
  dropFirst(count: number): void {
    this.values.copyWithin(0, count, this.length)
    this.length -= count
  }

  /** An independent copy with room to grow. */
  clone(): Int32List {
    const copy = new Int32List(Math.max(FIRST_CAPACITY, this.length))
    copy.values.set(this.values.subarray(0, this.length))
    copy.length = this.length
    return copy
  }
}
