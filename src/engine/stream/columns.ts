/** A typed array column of a columnar store (issue 13): rows are appended, so columns grow by doubling. */
export type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array

type ColumnOf<T extends Column> = new (length: number) => T

/** `column` with room for at least `length` values: itself, or a copy twice as long. */
function withRoom<T extends Column>(column: T, length: number): T {
  if (length <= column.length) return column
  const out = new (column.constructor as ColumnOf<T>)(Math.max(length, column.length * 2))
  out.set(column)
  return out
}

/** An independent copy of the first `length` values, with room to grow. */
function copyColumn<T extends Column>(column: T, length: number): T {
  const out = new (column.constructor as ColumnOf<T>)(Math.max(length, 1024))
  out.set(column.subarray(0, length))
  return out
}

/** Named columns of one store; a column may hold several values per row (its width). */
export type Columns = Record<string, Column>
export type Widths<T extends Columns> = Partial<Record<keyof T, number>>

/** The columns with room for `rows` rows. */
export function columnsWithRoom<T extends Columns>(columns: T, rows: number, widths: Widths<T>): T {
  return eachColumn(columns, (column, width) => withRoom(column, rows * width), widths)
}

/** Independent copies of the first `rows` rows of every column. */
export function copyColumns<T extends Columns>(columns: T, rows: number, widths: Widths<T>): T {
  return eachColumn(columns, (column, width) => copyColumn(column, rows * width), widths)
}

function eachColumn<T extends Columns>(
  columns: T,
  change: (column: Column, width: number) => Column,
  widths: Widths<T>,
): T {
  const out: Columns = {}
  for (const name of Object.keys(columns)) out[name] = change(columns[name], widths[name] ?? 1)
  return out as T
}
