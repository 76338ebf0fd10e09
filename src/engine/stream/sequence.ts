/**
 * Stream sequence numbers: a counter of about 21 decimal digits, too big for a double. BigInt arithmetic and
 * BigInt.toString on every record showed up in profiles, so the counter is kept as fixed leading digits plus a
 * low part below 10^15 that a double holds exactly; the leading digits change only on a carry.
 */
const LOW_LIMIT = 1e15
const LOW_DIGITS = 15

export interface SequenceCounter {
  /** Digits above the low part, without leading zeros; '' when they are zero. */
  high: string
  low: number
}

export function createSequenceCounter(first: bigint): SequenceCounter {
  const high = first / BigInt(LOW_LIMIT)
  return { high: high === 0n ? '' : high.toString(), low: Number(first % BigInt(LOW_LIMIT)) }
}

/** Adds `step` (a small positive integer) and returns the new value as a decimal string. */
export function advanceSequence(counter: SequenceCounter, step: number): string {
  counter.low += step
  if (counter.low >= LOW_LIMIT) {
    counter.low -= LOW_LIMIT
    counter.high = (BigInt(counter.high === '' ? '0' : counter.high) + 1n).toString()
  }
  const low = String(counter.low)
  return counter.high === '' ? low : counter.high + low.padStart(LOW_DIGITS, '0')
}
