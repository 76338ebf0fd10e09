import type { Item } from '../../engine'

/** `pk=order-5 sk=2`: a record's keys without the DynamoDB type wrappers, for a one-line row. */
export function formatKeys(keys: Item): string {
  return Object.entries(keys)
    .map(([name, value]) => `${name}=${String(Object.values(value)[0])}`)
    .join(' ')
}

/** The last digits of a sequence number: the leading ones are shared by every record of a shard. */
export function shortSequence(sequenceNumber: string): string {
  return sequenceNumber.length > 10 ? `…${sequenceNumber.slice(-9)}` : sequenceNumber
}
