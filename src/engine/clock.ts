/**
 * Virtual time. The engine counts integer milliseconds since the scenario's `clock.start`; nothing here reads
 * the wall clock. `new Date(ms)` is used only to format a given virtual instant.
 */

export const SECOND_MS = 1000
export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000

/** `2026-01-01T00:00:00.250Z`: ISO-8601 UTC with milliseconds (failure-record `timestamp`). */
export function isoMs(epochMs: number): string {
  return new Date(epochMs).toISOString()
}

/** `2026-01-01T00:00:00Z`: ISO-8601 UTC, second precision (DynamoDB `approximateArrival*`, window bounds). */
export function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / SECOND_MS) * SECOND_MS).toISOString().replace('.000Z', 'Z')
}

/** `2026-01-01T00:00:00.000`: the stream label AWS puts at the end of a stream ARN (no zone). */
export function streamLabel(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '')
}

/** `2026/01/01`: the date part of a Lambda log stream name. */
export function slashDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10).replaceAll('-', '/')
}
