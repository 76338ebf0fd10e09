/**
 * A pasted `get-event-source-mapping` answer (from real AWS) loads its settings: the updatable members become
 * an update of the simulated mapping (or, with no mapping, a create with the answer's StartingPosition). Ids,
 * ARNs and states of the other account are left out; a setting the answer omits gets AWS's "none".
 */
import { boundText } from '../lib/boundText'
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../lib/jsonDepth'

/** The members an update may carry, as a get answer names them. */
const UPDATABLE = [
  'BatchSize',
  'MaximumBatchingWindowInSeconds',
  'ParallelizationFactor',
  'DestinationConfig',
  'MaximumRecordAgeInSeconds',
  'BisectBatchOnFunctionError',
  'MaximumRetryAttempts',
  'TumblingWindowInSeconds',
  'FunctionResponseTypes',
  'MetricsConfig',
] as const

export type PastedSettings =
  | {
      readonly ok: true
      /** The update request's members (no UUID). */
      readonly settings: Record<string, unknown>
      readonly startingPosition: unknown
    }
  | { readonly ok: false; readonly error: string }

/** Whether a line looks like pasted JSON rather than a command. */
export function looksLikeJson(line: string): boolean {
  return line.trimStart().startsWith('{')
}

export function pastedSettings(text: string): PastedSettings {
  // A value this deep could not be sent to the simulation (docs/semantics.md D19).
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    return { ok: false, error: `The pasted text nests deeper than ${MAX_JSON_DEPTH} levels` }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, error: `The pasted text is not valid JSON: ${boundText(reason)}` }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('UUID' in raw))
    return {
      ok: false,
      error: 'Paste the JSON that get-event-source-mapping prints: an object with a "UUID".',
    }
  const answer = raw as Record<string, unknown>
  const settings: Record<string, unknown> = {}
  for (const key of UPDATABLE) if (answer[key] !== undefined) settings[key] = answer[key]
  // An answer's `{"OnFailure":{}}` says "no destination"; as a request that is an empty Destination (D21).
  if (noDestination(answer.DestinationConfig))
    settings.DestinationConfig = { OnFailure: { Destination: '' } }
  // No FilterCriteria in the answer means no filters: `{}` removes any the simulated mapping has.
  settings.FilterCriteria = answer.FilterCriteria ?? {}
  if (answer.State === 'Disabled' || answer.State === 'Disabling') settings.Enabled = false
  else if (answer.State === 'Enabled' || answer.State === 'Enabling') settings.Enabled = true
  return { ok: true, settings, startingPosition: answer.StartingPosition }
}

function noDestination(config: unknown): boolean {
  if (typeof config !== 'object' || config === null) return false
  const onFailure = (config as { OnFailure?: unknown }).OnFailure
  return (
    typeof onFailure === 'object' &&
    onFailure !== null &&
    !Array.isArray(onFailure) &&
    Object.keys(onFailure).length === 0
  )
}
