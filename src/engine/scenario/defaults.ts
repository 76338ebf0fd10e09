/** The defaults, read from the parameter table (parameters.ts): AWS's shapes and the engine's units. */
import type { MappingSettings } from '../model/scenario'
import { MAPPING_PARAMETERS, toEngineValue } from './parameters'

type Echoed = Extract<(typeof MAPPING_PARAMETERS)[number], { default: NonNullable<unknown> }>

/** Defaults as Lambda echoes them on CreateEventSourceMapping for a DynamoDB stream (observed, A9.3). */
export const MAPPING_DEFAULTS = Object.fromEntries(
  MAPPING_PARAMETERS.filter((p) => p.default !== undefined).map((p) => [p.name, p.default]),
) as { readonly [P in Echoed as P['name']]: P['default'] }

/** Table keys that are part of the mapping's config but not of its settings. */
const NOT_SETTINGS: readonly string[] = ['startingPosition', 'startingPositionTimestamp', 'enabled']

/** MAPPING_DEFAULTS in engine units: what a mapping gets for every setting its request leaves out. */
export const DEFAULT_SETTINGS = Object.fromEntries(
  MAPPING_PARAMETERS.filter((p) => !NOT_SETTINGS.includes(p.key)).map((p) => {
    switch (p.type) {
      case 'integer':
        return [p.key, toEngineValue(p, p.default)]
      case 'boolean':
      case 'enum':
        return [p.key, p.default]
      case 'list':
      case 'structure':
      case 'timestamp':
        return [p.key, p.engineDefault]
    }
  }),
) as unknown as MappingSettings
