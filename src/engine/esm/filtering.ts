import type { MappingSettings } from '../model/scenario'
import { compileFilters } from './filterMatch'

/** The mapping's FilterCriteria as one predicate over delivered records; undefined when there are none. */
export function compileMappingFilter(
  settings: MappingSettings,
): ((record: unknown) => boolean) | undefined {
  return settings.filterPatterns.length === 0 ? undefined : compileFilters(settings.filterPatterns)
}
