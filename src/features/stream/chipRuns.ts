import type { ShardChip } from '../../store/shardStrips'

/** Neighbouring chips drawn as one in time-lapse: same fate, same batch state, same side of the checkpoint. */
export interface ChipRun {
  readonly first: ShardChip
  readonly last: ShardChip
  readonly count: number
}

const sameRun = (a: ShardChip, b: ShardChip, checkpointPos: number, breakAt: number | undefined) =>
  a.fate === b.fate &&
  a.inflight === b.inflight &&
  a.buffered === b.buffered &&
  a.pos < checkpointPos === b.pos < checkpointPos &&
  b.recordIndex !== breakAt

/**
 * The strip's chips as runs of look-alikes, in order. While the run plays so fast that a frame spans many
 * events, forty chips a shard change every redraw; a handful of counted runs say the same at a glance.
 * `breakAt` starts a run at that record (where a rewind mark goes).
 */
export function chipRuns(
  chips: readonly ShardChip[],
  checkpointPos: number,
  breakAt?: number,
): ChipRun[] {
  const runs: ChipRun[] = []
  for (const chip of chips) {
    const run = runs[runs.length - 1] as ChipRun | undefined
    if (run !== undefined && sameRun(run.last, chip, checkpointPos, breakAt))
      runs[runs.length - 1] = { first: run.first, last: chip, count: run.count + 1 }
    else runs.push({ first: chip, last: chip, count: 1 })
  }
  return runs
}
