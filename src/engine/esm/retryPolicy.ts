import type { MappingSettings } from '../model/scenario'
import type { World } from '../world'
import { DAY_MS, SECOND_MS, type EpochMs, type VirtualMs } from '../clock'

/**
 * Retry spacing is undocumented; our decision (docs/semantics.md C7): 1 s after the first failure, doubling,
 * capped at 60 s, no jitter. Throttles use the same schedule.
 */
export function computeBackoffMs(failures: number): number {
  return Math.min(SECOND_MS * 2 ** Math.max(0, failures - 1), 60 * SECOND_MS)
}

/**
 * `MaximumRetryAttempts` N allows N retries, so N+1 invocations (A4.3); -1, the lowest value we accept (C16),
 * retries until the records expire.
 */
export function isRetryExhausted(settings: MappingSettings, attempt: number): boolean {
  return settings.maximumRetryAttempts >= 0 && attempt > settings.maximumRetryAttempts
}

/**
 * A record is too old when now − ApproximateCreationDateTime (whole seconds) > MaximumRecordAgeInSeconds
 * (docs/semantics.md C11: strictly greater, measured from the record's creation second).
 */
export function isTooOld(
  world: World,
  settings: MappingSettings,
  record: number,
  nowEpochMs: EpochMs,
): boolean {
  if (settings.maximumRecordAgeMs < 0) return false
  const createdEpochMs = world.records.creationSeconds(record) * SECOND_MS
  return nowEpochMs - createdEpochMs > settings.maximumRecordAgeMs
}

/** Stream retention is 24 hours (A1.5); we trim a record at exactly 24 h after it was written. */
export function isTrimmed(world: World, record: number, nowMs: VirtualMs): boolean {
  return nowMs >= world.records.createdAtMs(record) + DAY_MS
}
