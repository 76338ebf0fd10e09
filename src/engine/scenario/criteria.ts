/**
 * FilterCriteria and DestinationConfig of an event source mapping, with Lambda's messages (docs/semantics.md A6.1,
 * A8.1, A8.6, A12).
 */
import type { OnFailureKind } from '../model/scenario'
import { checkFilterPattern } from '../esm/filterSyntax'
import { checkStructure, constraint, invalidType, joinPath, type Report } from './messages'
import { mappingParameter } from './parameters'

const IPVE = 'InvalidParameterValueException'
const VE = 'ValidationException'
const MAX_FILTERS = mappingParameter('FilterCriteria').maxItems
const MAX_PATTERN_LENGTH = 4096
const MAX_DESTINATION_LENGTH = 350
/** The pattern Lambda prints for a malformed destination ARN (recorded for the same member). */
const DESTINATION_PATTERN =
  '^$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)'
const DESTINATION_REGEX =
  /^(|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*))$/s

/** Returns the patterns, or undefined when FilterCriteria is invalid. `{}` and `{Filters: []}` mean none. */
export function checkFilterCriteria(
  value: unknown,
  path: string,
  report: Report,
): string[] | undefined {
  if (!checkStructure(value, path, 'FilterCriteria', ['Filters'], report)) return undefined
  const filters = value.Filters
  if (filters === undefined) return []
  const filtersPath = joinPath(path, 'Filters')
  if (!Array.isArray(filters)) {
    report(filtersPath, invalidType('FilterCriteria.Filters', filters, 'list'))
    return undefined
  }
  let ok = true
  if (filters.length > MAX_FILTERS) {
    // Lambda's exact wording for this quota is not recorded; this message is the simulator's.
    report(
      filtersPath,
      `${IPVE}: FilterCriteria has ${filters.length} filters; the quota is ${MAX_FILTERS} per event source mapping`,
    )
    ok = false
  }
  const patterns: string[] = []
  filters.forEach((filter, i) => {
    const where = `FilterCriteria.Filters[${i}]`
    const filterPath = joinPath(filtersPath, i)
    if (!checkStructure(filter, filterPath, where, ['Pattern'], report)) {
      ok = false
      return
    }
    const pattern = filter.Pattern
    const patternPath = joinPath(filterPath, 'Pattern')
    if (pattern !== undefined && typeof pattern !== 'string') {
      report(patternPath, invalidType(`${where}.Pattern`, pattern, 'str'))
      ok = false
      return
    }
    if (typeof pattern === 'string' && pattern.length > MAX_PATTERN_LENGTH) {
      const at = `filterCriteria.filters.${i + 1}.member.pattern`
      report(
        patternPath,
        constraint(
          VE,
          pattern,
          at,
          `Member must have length less than or equal to ${MAX_PATTERN_LENGTH}`,
        ),
      )
      ok = false
      return
    }
    if (pattern === undefined || checkFilterPattern(pattern) !== undefined) {
      report(patternPath, `${IPVE}: Invalid filter pattern definition.`)
      ok = false
      return
    }
    patterns.push(pattern)
  })
  return ok ? patterns : undefined
}

export interface OnFailure {
  readonly kind: OnFailureKind
  readonly arn: string
}

/**
 * Returns `{ onFailure }` (undefined = no destination) or undefined when the config is invalid.
 * `{}` and an empty Destination mean "no destination"; an empty Destination is how an update removes one.
 * `{OnFailure: {}}`, the shape Lambda echoes for "none", is refused as input (docs/semantics.md D21).
 */
export function checkDestinationConfig(
  value: unknown,
  path: string,
  report: Report,
): { onFailure: OnFailure | undefined } | undefined {
  if (!checkStructure(value, path, 'DestinationConfig', ['OnSuccess', 'OnFailure'], report))
    return undefined
  let ok = true
  const onSuccess = value.OnSuccess
  if (onSuccess !== undefined) {
    const successPath = joinPath(path, 'OnSuccess')
    if (
      checkStructure(onSuccess, successPath, 'DestinationConfig.OnSuccess', ['Destination'], report)
    ) {
      // Observed on AWS: stream mappings take only an on-failure destination.
      if (onSuccess.Destination !== undefined && onSuccess.Destination !== '') {
        report(
          successPath,
          `${IPVE}: Unsupported DestinationConfig parameter for given event source mapping type.`,
        )
        ok = false
      }
    } else ok = false
  }
  const onFailure = value.OnFailure
  if (onFailure === undefined) return ok ? { onFailure: undefined } : undefined
  const failurePath = joinPath(path, 'OnFailure')
  if (
    !checkStructure(onFailure, failurePath, 'DestinationConfig.OnFailure', ['Destination'], report)
  ) {
    return undefined
  }
  const destination = onFailure.Destination
  const destinationPath = joinPath(failurePath, 'Destination')
  if (destination === undefined) {
    report(
      failurePath,
      `${IPVE}: The Destination field is required for an OnFailure configuration.`,
    )
    return undefined
  }
  if (destination === '') return ok ? { onFailure: undefined } : undefined
  if (typeof destination !== 'string') {
    report(
      destinationPath,
      invalidType('DestinationConfig.OnFailure.Destination', destination, 'str'),
    )
    return undefined
  }
  const violation =
    destination.length > MAX_DESTINATION_LENGTH
      ? `Member must have length less than or equal to ${MAX_DESTINATION_LENGTH}`
      : !DESTINATION_REGEX.test(destination)
        ? `Member must satisfy regular expression pattern: ${DESTINATION_PATTERN}`
        : undefined
  if (violation !== undefined) {
    report(
      destinationPath,
      constraint(VE, destination, 'destinationConfig.onFailure.destination', violation),
    )
    return undefined
  }
  const kind = destinationKind(destination)
  if (!kind) {
    // Well-formed but not an SQS queue, SNS topic or S3 bucket (Lambda's wording for this case, inferred).
    report(
      destinationPath,
      `${IPVE}: The provided destination config DestinationConfig(onSuccess=null, onFailure=OnFailure(destination=${destination})) is invalid.`,
    )
    return undefined
  }
  return ok ? { onFailure: { kind, arn: destination } } : undefined
}

/** SQS and SNS ARNs name a region, an account and a resource; an S3 bucket ARN names only the bucket. */
function destinationKind(arn: string): OnFailureKind | undefined {
  const [, , service, region, account, ...rest] = arn.split(':')
  const resource = rest.join(':')
  if ((service === 'sqs' || service === 'sns') && region && /^\d{12}$/.test(account) && resource) {
    return service
  }
  if (
    service === 's3' &&
    !region &&
    !account &&
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(resource)
  ) {
    return 's3'
  }
  return undefined
}
