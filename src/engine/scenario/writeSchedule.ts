/**
 * The scenario's writes made one by one in run order (issue 13): the `every` entries and the single writes are
 * merged by (atMs, index) with a small heap, so a run never holds more than one pending write per entry.
 */
import { virtualMs } from '../clock'
import type { Item, WriteRequest } from '../model/dynamo'
import type { ScheduledWrite, WriteSchedule, WriteSeries, WriteTemplate } from '../model/scenario'
import { isStoredForm, itemSizeBytes } from '../table'
import { templateOf } from './attributes'
import { shapeWrite, shortcutWrite } from './writeRequest'

export interface WriteCursor {
  /** The next write in run order; undefined after the last. */
  next(): ScheduledWrite | undefined
  /** Where it stands (each series' next repetition, then the next single), to resume from in `writeCursor`. */
  position(): readonly number[]
}

export const NO_WRITES: WriteSchedule = { length: 0, series: [], singles: [] }

/** Repetition `i` of a series, as the validator checked it; prepared once per series. */
export function repetitions(series: WriteSeries): (i: number) => ScheduledWrite {
  const { firstIndex, path, atMs, intervalMs } = series
  const requests = requestsOf(series.template)
  if (!series.checked)
    return (i) => ({
      index: firstIndex + i,
      path,
      atMs: virtualMs(atMs + i * intervalMs),
      write: requests(i),
    })
  // A repeated put whose {{i}} all sit in string values: the size of an item follows the digit count of i, and
  // whether it is stored as written (its numbers hold no {{i}}) is the same for all. Both are worked out here,
  // once, from the first repetition of each digit count.
  const repeated = isRepeatedPut(series) ? true : undefined
  const sizes = repeated && series.sizedByDigits ? sizesByDigits(series.count, requests) : undefined
  const storedForm = sizes !== undefined && isStoredForm(itemOf(requests(0))) ? true : undefined
  // Repetitions come in index order: the digit count of the last one read holds until the next power of ten.
  let low = 0
  let high = 0
  let size: number | undefined
  return (i) => {
    if (sizes !== undefined && (i < low || i >= high)) {
      const digits = digitsOf(i)
      low = digits === 1 ? 0 : 10 ** (digits - 1)
      high = 10 ** digits
      size = sizes[digits]
    }
    return {
      index: firstIndex + i,
      path,
      atMs: virtualMs(atMs + i * intervalMs),
      write: requests(i),
      checked: true,
      repeated,
      itemSizeBytes: size,
      storedForm,
    }
  }
}

/** The item size of the repetitions with d digits, at index d, measured on the first of them (0, 10, 100…). */
function sizesByDigits(count: number, requests: (i: number) => WriteRequest): number[] {
  const sizes: number[] = []
  for (let first = 0; first < count; first = Math.max(10, first * 10))
    sizes[digitsOf(first)] = itemSizeBytes(itemOf(requests(first)))
  return sizes
}

function digitsOf(i: number): number {
  let digits = 1
  for (let power = 10; power <= i; power *= 10) digits++
  return digits
}

/** A PutItem's item (the series of `repetitions` that reach here make nothing else). */
function itemOf(write: WriteRequest): Item {
  if (write.op !== 'PutItem') throw new Error('Internal error: a repeated put made another write')
  return write.request.Item
}

/** A series of PutItems whose items differ (a `same` series shares one item already). */
function isRepeatedPut({ template }: WriteSeries): boolean {
  if (template.kind === 'same') return false
  return template.op === 'put' || template.op === 'PutItem'
}

/**
 * The item of a write marked `repeated`, made again from its index: equal to the one the run wrote, since a
 * repetition is a pure function of its index. Undefined for any other index. The last item made is kept, since
 * a record's delivery asks for its image more than once, and items are never changed.
 */
export function itemsOfSeries(schedule: WriteSchedule): (writeIndex: number) => Item | undefined {
  const series = schedule.series.filter(isRepeatedPut).sort((a, b) => a.firstIndex - b.firstIndex)
  const made = series.map((entry) => itemsOf(entry.template))
  let lastIndex = -1
  let lastItem: Item | undefined
  return (writeIndex) => {
    if (writeIndex === lastIndex) return lastItem
    let low = 0
    let high = series.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const { firstIndex, count } = series[middle]
      if (writeIndex < firstIndex) high = middle - 1
      else if (writeIndex >= firstIndex + count) low = middle + 1
      else {
        lastIndex = writeIndex
        lastItem = made[middle](writeIndex - firstIndex)
        return lastItem
      }
    }
    return undefined
  }
}

/** The item of each repetition of a PutItem series. */
function itemsOf(template: WriteTemplate): (i: number) => Item | undefined {
  if (template.kind === 'marshalled') return templateOf(template.map) as (i: number) => Item
  const requests = requestsOf(template)
  return (i) => {
    const write = requests(i)
    return write.op === 'PutItem' ? write.request.Item : undefined
  }
}

/** The request of each repetition, prepared once. */
export function requestsOf(template: WriteTemplate): (i: number) => WriteRequest {
  switch (template.kind) {
    case 'same':
      return () => template.write
    case 'marshalled': {
      const map = templateOf(template.map)
      return (i) => shortcutWrite(template.op, map(i) as Item)
    }
    case 'raw': {
      const raw = templateOf(template.raw)
      const target = { tableName: undefined, keySchema: undefined }
      return (i) => {
        const write = shapeWrite(template.op, raw(i), '', target, () => {})
        // The validator shaped this repetition (or one that shapes the same): it cannot fail here.
        if (write === undefined) throw new Error(`Internal error: repetition ${i} lost its shape`)
        return write
      }
    }
  }
}

/** Reads `schedule` in run order, from the start or from a cursor's `position()`. */
export function writeCursor(schedule: WriteSchedule, from?: readonly number[]): WriteCursor {
  const { series, singles } = schedule
  const made = series.map(repetitions)
  // Sources 0 … series.length − 1 are the series; source series.length is the singles list.
  const sources = series.length + 1
  const heads = from === undefined ? new Array<number>(sources).fill(0) : [...from]
  // Each source's next write, (atMs, index), kept in columns: the heap compares them a few times per write of a
  // million-write run (issue 13), so a comparison reads two numbers instead of working them out.
  const nextAt = new Float64Array(sources)
  const nextIndex = new Float64Array(sources)
  const sizeOf = (source: number) =>
    source < series.length ? series[source].count : singles.length
  function aim(source: number): void {
    const head = heads[source]
    if (source < series.length) {
      nextAt[source] = series[source].atMs + head * series[source].intervalMs
      nextIndex[source] = series[source].firstIndex + head
    } else if (head < singles.length) {
      nextAt[source] = singles[head].atMs
      nextIndex[source] = singles[head].index
    }
  }
  const before = (a: number, b: number) =>
    nextAt[a] < nextAt[b] || (nextAt[a] === nextAt[b] && nextIndex[a] < nextIndex[b])

  const heap: number[] = []
  function down(index: number): void {
    const source = heap[index]
    const half = heap.length >> 1
    while (index < half) {
      let child = 2 * index + 1
      if (child + 1 < heap.length && before(heap[child + 1], heap[child])) child++
      if (!before(heap[child], source)) break
      heap[index] = heap[child]
      index = child
    }
    heap[index] = source
  }
  for (let source = 0; source < sources; source++) {
    aim(source)
    if (heads[source] < sizeOf(source)) heap.push(source)
  }
  for (let index = (heap.length >> 1) - 1; index >= 0; index--) down(index)

  return {
    next() {
      const source = heap[0]
      if (source === undefined) return undefined
      const write = source < series.length ? made[source](heads[source]) : singles[heads[source]]
      heads[source]++
      if (heads[source] >= sizeOf(source)) {
        const last = heap.pop() as number
        if (heap.length === 0) return write
        heap[0] = last
      } else aim(source)
      down(0)
      return write
    },
    position: () => [...heads],
  }
}
