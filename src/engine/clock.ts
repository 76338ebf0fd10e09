/**
 * Virtual time. The engine counts integer milliseconds since the scenario's `clock.start`; nothing here reads
 * the wall clock. `new Date(ms)` is used only to format a given virtual instant.
 *
 * Two kinds of instant, branded so that one cannot be passed for the other: VirtualMs (since the run began:
 * schedules, events, the report) and EpochMs (on the calendar: what the handler's clock and AWS's
 * timestamps show). toEpochMs and toVirtualMs are the only ways between them; durations stay plain numbers.
 */

/** Virtual milliseconds since the run began (the scenario's `clock.start` is 0). */
export type VirtualMs = number & { readonly __brand: 'VirtualMs' }
/** Milliseconds since 1970-01-01T00:00:00Z: a virtual instant placed on the calendar. */
export type EpochMs = number & { readonly __brand: 'EpochMs' }

/** Declares a number to be a virtual instant: for times read from the scenario or built by arithmetic. */
export const virtualMs = (ms: number): VirtualMs => ms as VirtualMs
/** Declares a number to be an epoch instant: for the scenario's `clock.start`. */
export const epochMsOf = (ms: number): EpochMs => ms as EpochMs
/** `ms` after a virtual instant. */
export const laterBy = (at: VirtualMs, ms: number): VirtualMs => (at + ms) as VirtualMs
/** Where a virtual instant falls on the calendar of a run that began at `clockStart`. */
export const toEpochMs = (clockStart: EpochMs, at: VirtualMs): EpochMs =>
  (clockStart + at) as EpochMs
/** When, in a run that began at `clockStart`, the calendar reaches `at`. */
export const toVirtualMs = (clockStart: EpochMs, at: EpochMs): VirtualMs =>
  (at - clockStart) as VirtualMs

export const SECOND_MS = 1000
export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000

/** `2026-01-01T00:00:00.250Z`: ISO-8601 UTC with milliseconds (failure-record `timestamp`). */
export function isoMs(epochMs: EpochMs): string {
  return new Date(epochMs).toISOString()
}

/** `2026-01-01T00:00:00Z`: ISO-8601 UTC, second precision (DynamoDB `approximateArrival*`, window bounds). */
export function isoSeconds(epochMs: EpochMs): string {
  return new Date(Math.floor(epochMs / SECOND_MS) * SECOND_MS).toISOString().replace('.000Z', 'Z')
}

/** `2026-01-01T00:00:00.000`: the stream label AWS puts at the end of a stream ARN (no zone). */
export function streamLabel(epochMs: EpochMs): string {
  return new Date(epochMs).toISOString().replace('Z', '')
}

/** `2026/01/01`: the date part of a Lambda log stream name. */
export function slashDate(epochMs: EpochMs): string {
  return new Date(epochMs).toISOString().slice(0, 10).replaceAll('-', '/')
}
