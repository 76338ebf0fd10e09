import type { Item } from '../engine'
import type { RecordView } from '../protocol/simProtocol'

/** A record named by its key values (`order-3`, or `order-3/2` for a hash and range key), as people say it. */
export function keyLabel(keys: Item): string {
  return Object.values(keys)
    .map((value) => String(Object.values(value)[0]))
    .join('/')
}

/** Labels by record: the views keep their objects from frame to frame, so each is labelled once. */
const labels = new WeakMap<RecordView, string>()

/** The label of each record the store holds, by record index (recomputed every frame: keep it cheap). */
export function labelsByIndex(records: readonly RecordView[]): Map<number, string> {
  return new Map(
    records.map((r) => {
      let label = labels.get(r)
      if (label === undefined) labels.set(r, (label = keyLabel(r.record.dynamodb.Keys)))
      return [r.index, label]
    }),
  )
}
