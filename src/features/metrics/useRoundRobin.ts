import { useState } from 'react'

export interface Held<T> {
  readonly value: T
  readonly active: boolean
  readonly values: readonly T[]
  readonly next: number
}

/** Every view takes `value` (the start, and whenever the round robin is off). */
export function allTake<T>(value: T, count: number, active: boolean): Held<T> {
  return { value, active, values: Array<T>(count).fill(value), next: 0 }
}

/**
 * The views' values after `value` comes in: while `active`, only the view whose turn it is takes it, the turn
 * moving on over `turns` (≥ count) changes, so the turns past `count` redraw none. Inactive, all take it.
 */
export function takeTurn<T>(
  held: Held<T>,
  value: T,
  count: number,
  turns: number,
  active: boolean,
): Held<T> {
  if (!(active && held.active && held.values.length === count)) return allTake(value, count, active)
  return {
    value,
    active,
    values: held.values.map((v, i) => (i === held.next ? value : v)),
    next: (held.next + 1) % Math.max(turns, count),
  }
}

/**
 * `count` copies of `value` for `count` views, of which at most one takes each new value while `active`
 * (takeTurn): no change redraws them all at once. Why: SVG charts cost the browser most of a frame to lay out
 * and paint; all of them in one time-lapse tick made long tasks of 150 ms while playing
 * (`npm run bench:ui -- --tab=Metrics`).
 */
export function useRoundRobin<T>(
  value: T,
  count: number,
  turns: number,
  active: boolean,
): readonly T[] {
  const [held, setHeld] = useState(() => allTake(value, count, active))
  if (held.value === value && held.active === active && held.values.length === count)
    return held.values
  // Derived from the previous render's state (React's "storing information from previous renders").
  const next = takeTurn(held, value, count, turns, active)
  setHeld(next)
  return next.values
}
