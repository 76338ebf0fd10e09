/**
 * Scenario files: validation and normalisation for the engine (docs/scenario-format.md §1).
 *
 * @example
 * const result = validateScenario(JSON.parse(text))
 * if (!result.ok) for (const e of result.errors) console.log(`${e.path}: ${e.message}`)
 */
import type { MappingConfig } from '../model/scenario'
import { createMapping } from './mapping'
import { createCollector } from './messages'
import type { MappingContext, ScenarioError } from './types'

export type { MappingContext, ScenarioError } from './types'
export type { ScenarioResult } from './topLevel'
export type { StreamArnParts } from './streamArn'
export { validateScenario, SCENARIO_FORMAT } from './topLevel'
export { streamArnOf } from './streamArn'
export { MAPPING_DEFAULTS, DEFAULT_SETTINGS } from './defaults'
export { PARAMETERS, MAPPING_PARAMETERS, FUNCTION_PARAMETERS, findParameter } from './parameters'
export type { Parameter, ParameterSection, IntegerParameter } from './parameters'
export { MAX_EXPANDED_WRITES } from './writes'
export { scenarioJsonSchema } from './jsonSchema'

/**
 * Validates CreateEventSourceMapping-shaped settings on their own (the UI's settings form calls this).
 * `pathPrefix` is put in front of every error path, e.g. 'mapping' → `mapping.BatchSize`.
 * Pass `ctx.functionName` to check a `FunctionName` field against the scenario's function.
 */
export function validateMapping(
  input: unknown,
  ctx: MappingContext,
  pathPrefix: string,
): { ok: true; mapping: MappingConfig } | { ok: false; errors: ScenarioError[] } {
  const { errors, report } = createCollector()
  let mapping: MappingConfig | undefined
  try {
    mapping = createMapping(input, ctx, pathPrefix, report)
  } catch (error) {
    report(pathPrefix, `Internal error while validating the mapping: ${String(error)}`)
  }
  if (mapping && errors.length === 0) return { ok: true, mapping }
  if (errors.length === 0) report(pathPrefix, 'The mapping is invalid')
  return { ok: false, errors }
}
