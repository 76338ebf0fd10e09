/**
 * Recognises a scenario written by a newer playground (docs/scenario-format.md §5, "Newer versions"), so a
 * link or a file from one says so instead of listing validation errors this version cannot make sense of.
 */
import { SCENARIO_FORMAT } from '../engine'
import { boundText } from '../lib/boundText'

/** The scenario version this playground reads (docs/scenario-format.md §1). */
export const SCENARIO_VERSION = 1
/** Every format of this playground's family starts so; one this version does not know is a newer one's. */
const FAMILY = 'dynamodb-lambda-playground/'
/** Formats of the family this version knows: a report is a known file, just not a scenario. */
const KNOWN_FORMATS = [SCENARIO_FORMAT, 'dynamodb-lambda-playground/report']

/**
 * Why this JSON is a newer playground's scenario (what was found and what this version reads, to
 * follow "made by a newer version of the playground: "), or undefined when it is not: then it is
 * validated as usual.
 */
export function newerScenarioReason(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined
  const { format, version } = json as Record<string, unknown>
  if (typeof format === 'string' && format.startsWith(FAMILY) && !KNOWN_FORMATS.includes(format))
    return `it holds a "${boundText(format)}" file, and this playground reads "${SCENARIO_FORMAT}" version ${SCENARIO_VERSION}.`
  if (
    format === SCENARIO_FORMAT &&
    Number.isInteger(version) &&
    (version as number) > SCENARIO_VERSION
  )
    return `it holds a scenario of version ${String(version)}, and this playground reads version ${SCENARIO_VERSION}.`
  return undefined
}

/** A share key of a newer codec (`s2`, `s3`…), said the same way. */
export function newerLinkReason(key: string): string {
  return `it uses the link format #${boundText(key)}=, and this playground reads #s= links (scenario version ${SCENARIO_VERSION}).`
}

/** The whole sentence for a link or a file (`what`) made by a newer playground. */
export function madeByNewer(what: 'link' | 'file', reason: string): string {
  return `This ${what} was made by a newer version of the playground: ${reason}`
}
