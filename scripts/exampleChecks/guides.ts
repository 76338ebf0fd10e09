import type { RunReport } from '../../src/engine'
import { fates, type Fact } from './shared'

const batches = (r: RunReport) => r.invocations.map((i) => [i.startMs, i.recordIndexes])

/** Examples added for the guided scenarios (src/guides): batching, LATEST and the filter traps. */
export const GUIDE_CHECKS: Record<string, (report: RunReport) => Fact[]> = {
  'batching-window.json': (r) => [
    [
      'A2.2 the window sends 3 slow records at 12 s; BatchSize sends 5 at once; the rest wait a new window',
      batches(r),
      [
        [12000, [0, 1, 2]],
        [20270, [3, 4, 5, 6, 7]],
        [30290, [8, 9]],
      ],
    ],
    ['every record processed', fates(r), Array(10).fill('processed')],
  ],
  'latest-position.json': (r) => [
    [
      'A3.1 LATEST skips what was written before the mapping',
      fates(r),
      ['skipped', 'skipped', 'processed', 'processed'],
    ],
    [
      'only the later records are sent',
      batches(r),
      [
        [8000, [2]],
        [9020, [3]],
      ],
    ],
  ],
  'filter-traps.json': (r) => [
    [
      'A8.4 numeric never matches N; A1.2 no OldImage on a NEW_IMAGE stream; the string match does',
      fates(r),
      ['filtered', 'filtered', 'processed'],
    ],
    ['one invocation, after the update', batches(r), [[15000, [2]]]],
  ],
}
