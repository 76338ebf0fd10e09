import type { Item } from '../engine'
import type { RecordView } from '../protocol/simProtocol'

/** A record named by its key values (`order-3`, or `order-3/2` for a hash and range key), as people say it. */
export function keyLabel(keys: Item): string {
  return Object.values(keys)
    .map((value) => String(Object.values(value)[0]))
    .join('/')
}

/** A Map's `get`, or anything as cheap. */
export interface Lookup<T> {
  get(key: number): T | undefined
}

/** What labelling needs of a record view. */
type Keyed = Pick<RecordView, 'index'> & { readonly record: { dynamodb: { Keys: Item } } }

/** Labels by record: the views keep their objects from frame to frame, so each is labelled once. */
const labels = new WeakMap<Keyed, string>()

function labelOf(record: Keyed): string {
  let label = labels.get(record)
  if (label === undefined) labels.set(record, (label = keyLabel(record.record.dynamodb.Keys)))
  return label
}

/** The label of each record the store holds, by record index. */
export function labelsByIndex(records: readonly RecordView[]): Map<number, string> {
  return new Map(records.map((r) => [r.index, labelOf(r)]))
}

/**
 * The same labels looked up straight in the store's records (kept in index order without gaps), without
 * building a map: views that redraw every frame name only the few records they show.
 */
export function recordLabels(records: readonly Keyed[]): Lookup<string> {
  return {
    get(index) {
      const record = records[index - (records[0]?.index ?? 0)] as Keyed | undefined
      return record?.index === index ? labelOf(record) : undefined
    },
  }
}
