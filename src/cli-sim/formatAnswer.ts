/**
 * The service's answer as the AWS CLI v2 prints it (`--output json`, the default): members in the order of the
 * API model's EventSourceMappingConfiguration shape (botocore parses the body into that order), 4-space
 * indentation, timestamps in ISO 8601 (CLI v2's default `cli_timestamp_format`, shown for a machine set to UTC),
 * and errors as `An error occurred (Code) when calling the Operation operation: message`.
 */
import type { MappingApiAnswer, MappingOperation } from '../engine'

/** EventSourceMappingConfiguration's members in the API model's order (those a DynamoDB mapping has). */
export const MODEL_ORDER = [
  'UUID',
  'StartingPosition',
  'StartingPositionTimestamp',
  'BatchSize',
  'MaximumBatchingWindowInSeconds',
  'ParallelizationFactor',
  'EventSourceArn',
  'FilterCriteria',
  'FunctionArn',
  'LastModified',
  'LastProcessingResult',
  'State',
  'StateTransitionReason',
  'DestinationConfig',
  'MaximumRecordAgeInSeconds',
  'BisectBatchOnFunctionError',
  'MaximumRetryAttempts',
  'TumblingWindowInSeconds',
  'FunctionResponseTypes',
  'EventSourceMappingArn',
  'MetricsConfig',
] as const

/** Epoch seconds as Python's `datetime.isoformat()` writes them in UTC (microseconds only when not zero). */
export function isoTimestamp(epochSeconds: number): string {
  const ms = Math.round(epochSeconds * 1000)
  const date = new Date(ms).toISOString().slice(0, 19)
  const fraction = ms % 1000 === 0 ? '' : `.${String(ms % 1000).padStart(3, '0')}000`
  return `${date}${fraction}+00:00`
}

/** One mapping description in the CLI's order and formats. */
export function cliMapping(
  description: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of MODEL_ORDER) {
    const value = description[key]
    if (value === undefined) continue
    out[key] = key === 'LastModified' && typeof value === 'number' ? isoTimestamp(value) : value
  }
  return out
}

export function formatAnswer(operation: MappingOperation, answer: MappingApiAnswer): string {
  if (!answer.ok)
    return `\nAn error occurred (${answer.code}) when calling the ${operation} operation: ${answer.message}`
  const body =
    operation === 'ListEventSourceMappings'
      ? {
          EventSourceMappings: (answer.body.EventSourceMappings as Record<string, unknown>[]).map(
            cliMapping,
          ),
        }
      : cliMapping(answer.body)
  return JSON.stringify(body, null, 4)
}
