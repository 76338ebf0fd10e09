import type { RunReport } from '../../src/engine'
import { ADVANCED_CHECKS } from './advanced'
import { CORE_CHECKS } from './core'
import { GUIDE_CHECKS } from './guides'
import type { Fact } from './shared'

export type { Fact } from './shared'

/** What docs/semantics.md says must happen in each example scenario, by file name. */
export const EXAMPLE_CHECKS: Record<string, (report: RunReport) => Fact[]> = {
  ...CORE_CHECKS,
  ...ADVANCED_CHECKS,
  ...GUIDE_CHECKS,
}
