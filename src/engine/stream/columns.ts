/** A typed array column of a columnar store (issue 13): rows are appended, so columns grow by doubling. */
export type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array

type ColumnOf<T extends Column> = new (length: number) => T

/** `column` with room for at least `length` values: itself, or a copy twice as long. */
export function withRoom<T extends Column>(column: T, length: number): T {
  if (length <= column.length) return column
  const out = new (column.constructor as ColumnOf<T>)(Math.max(length, column.length * 2))
  out.set(column)
  return out
}

/** An independent copy of the first `length` values, with room to grow. */
export function copyColumn<T extends Column>(column: T, length: number): T {
  const out = new (column.constructor as ColumnOf<T>)(Math.max(length, 1024))
  out.set(column.subarray(0, length))
  return out
}
