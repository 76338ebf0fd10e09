/** The small list and series folds simView.ts applies to each frame. */
import type { MetricSeries, RecordFate } from '../engine'
import type { RecordView } from '../protocol/simProtocol'

/** A split half's key: its shard and record indexes. */
export function halfKey(shard: number, recordIndexes: readonly number[]): string {
  return `${shard}:${recordIndexes.join(',')}`
}

/** The newest `max` entries of a list (the list itself when it is short enough). */
export function keepLast<T>(list: T[], max: number): T[] {
  return list.length > max ? list.slice(list.length - max) : list
}

/**
 * Fate changes arrive as `fate` events; records are kept in index order with no gaps, so a record's place
 * is its index minus the first kept index. Records already dropped from the window are skipped.
 */
export function applyFate(
  records: RecordView[],
  indexes: readonly number[],
  fate: RecordFate,
): void {
  const first = records[0]?.index
  if (first === undefined) return
  for (const index of indexes) {
    const at = index - first
    const record = records[at]
    if (record?.index === index && record.fate !== fate) records[at] = { ...record, fate }
  }
}

/** A frame's points replace those of the same seconds and after (the last second sent may have grown). */
export function mergeMetrics(metrics: MetricSeries, update: MetricSeries): MetricSeries {
  const merged: MetricSeries = { ...metrics }
  for (const [name, points] of Object.entries(update) as [
    keyof MetricSeries,
    MetricSeries[keyof MetricSeries],
  ][]) {
    if (points === undefined || points.length === 0) continue
    const kept = metrics[name] ?? []
    let keep = kept.length
    while (keep > 0 && kept[keep - 1][0] >= points[0][0]) keep--
    merged[name] = kept.slice(0, keep).concat(points)
  }
  return merged
}
