/**
 * An invocation's row in words: which records it carried, by number and by key, and what its attempt means
 * under bisect. Pure; the row calls it with the labels of the records the store still holds.
 */
import type { Lookup } from './recordKeys'
import type { InvocationView } from './simView'

/** Keys named on a row before the rest is counted: the row stays one line. */
export const MAX_NAMED_KEYS = 3

/** `#3–#8` for a run of consecutive records, `#3, #5` otherwise, `#3` alone. */
export function recordRange(indexes: readonly number[]): string {
  if (indexes.length === 0) return 'no records'
  const first = indexes[0]
  const last = indexes[indexes.length - 1]
  const consecutive = indexes.every((index, i) => index === first + i)
  if (indexes.length === 1) return `#${first}`
  if (consecutive) return `#${first}–#${last}`
  return indexes.map((i) => `#${i}`).join(', ')
}

/** `#3–#8 · order-3, order-4, order-5 (+3)`: records the store no longer holds are named `#n`. */
export function describeInvocationRecords(
  recordIndexes: readonly number[],
  labels: Lookup<string>,
  maxKeys = MAX_NAMED_KEYS,
): string {
  if (recordIndexes.length === 0) return 'no records'
  const named = recordIndexes.slice(0, maxKeys).map((i) => labels.get(i) ?? `#${i}`)
  const more = recordIndexes.length - named.length
  return `${recordRange(recordIndexes)} · ${named.join(', ')}${more > 0 ? ` (+${more})` : ''}`
}

/** The attempt column: `2`, or `1 · split half`, since a bisected half counts its attempts again from 1. */
export function describeAttempt(inv: Pick<InvocationView, 'attempt' | 'splitHalf'>): string {
  return inv.splitHalf ? `${inv.attempt} · split half` : String(inv.attempt)
}
