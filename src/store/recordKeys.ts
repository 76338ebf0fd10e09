import type { Item } from '../engine'
import type { RecordView } from '../protocol/simProtocol'

/** A record named by its key values (`order-3`, or `order-3/2` for a hash and range key), as people say it. */
export function keyLabel(keys: Item): string {
  return Object.values(keys)
    .map((value) => String(Object.values(value)[0]))
    .join('/')
}

/** The label of each record the store holds, by record index. */
export function labelsByIndex(records: readonly RecordView[]): Map<number, string> {
  return new Map(records.map((r) => [r.index, keyLabel(r.record.dynamodb.Keys)]))
}
