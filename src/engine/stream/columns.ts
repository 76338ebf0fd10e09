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

/** Named columns of one store, one value per row. */
export type Columns = Record<string, Column>

/** The columns with room for `rows` rows. */
export function columnsWithRoom<T extends Columns>(columns: T, rows: number): T {
  return eachColumn(columns, (column) => withRoom(column, rows))
}

/** Independent copies of the first `rows` rows of every column. */
export function copyColumns<T extends Columns>(columns: T, rows: number): T {
  return eachColumn(columns, (column) => copyColumn(column, rows))
}

function eachColumn<T extends Columns>(columns: T, change: (column: Column) => Column): T {
  const out: Columns = {}
  for (const name of Object.keys(columns)) out[name] = change(columns[name])
  return out as T
}
