/**
 * The five `aws lambda` event source mapping commands and their options, as the AWS CLI v2 names them (one
 * option per API member: `--batch-size` is `BatchSize`). Booleans have their `--no-` twin.
 */
import type { MappingOperation } from '../engine'

export type OptionKind = 'string' | 'integer' | 'boolean' | 'structure' | 'list'

export interface CliOption {
  readonly flag: string
  /** The API member it sets. */
  readonly member: string
  readonly kind: OptionKind
  readonly required?: boolean
}

export interface CliCommand {
  readonly name: string
  readonly operation: MappingOperation
  readonly options: readonly CliOption[]
}

const opt = (flag: string, member: string, kind: OptionKind, required = false): CliOption => ({
  flag,
  member,
  kind,
  required,
})

/** Settings both create and update take (the order of the CLI's help). */
const SETTINGS: readonly CliOption[] = [
  opt('--enabled', 'Enabled', 'boolean'),
  opt('--batch-size', 'BatchSize', 'integer'),
  opt('--filter-criteria', 'FilterCriteria', 'structure'),
  opt('--maximum-batching-window-in-seconds', 'MaximumBatchingWindowInSeconds', 'integer'),
  opt('--parallelization-factor', 'ParallelizationFactor', 'integer'),
  opt('--destination-config', 'DestinationConfig', 'structure'),
  opt('--maximum-record-age-in-seconds', 'MaximumRecordAgeInSeconds', 'integer'),
  opt('--bisect-batch-on-function-error', 'BisectBatchOnFunctionError', 'boolean'),
  opt('--maximum-retry-attempts', 'MaximumRetryAttempts', 'integer'),
  opt('--tumbling-window-in-seconds', 'TumblingWindowInSeconds', 'integer'),
  opt('--function-response-types', 'FunctionResponseTypes', 'list'),
  opt('--metrics-config', 'MetricsConfig', 'structure'),
]

export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'create-event-source-mapping',
    operation: 'CreateEventSourceMapping',
    options: [
      opt('--event-source-arn', 'EventSourceArn', 'string'),
      opt('--function-name', 'FunctionName', 'string', true),
      ...SETTINGS.slice(0, 5),
      opt('--starting-position', 'StartingPosition', 'string'),
      ...SETTINGS.slice(5),
    ],
  },
  {
    name: 'list-event-source-mappings',
    operation: 'ListEventSourceMappings',
    options: [
      opt('--event-source-arn', 'EventSourceArn', 'string'),
      opt('--function-name', 'FunctionName', 'string'),
    ],
  },
  {
    name: 'get-event-source-mapping',
    operation: 'GetEventSourceMapping',
    options: [opt('--uuid', 'UUID', 'string', true)],
  },
  {
    name: 'update-event-source-mapping',
    operation: 'UpdateEventSourceMapping',
    options: [
      opt('--uuid', 'UUID', 'string', true),
      opt('--function-name', 'FunctionName', 'string'),
      ...SETTINGS,
    ],
  },
  {
    name: 'delete-event-source-mapping',
    operation: 'DeleteEventSourceMapping',
    options: [opt('--uuid', 'UUID', 'string', true)],
  },
]

/** Global options a copied command often carries: accepted, and without effect here. */
export const GLOBAL_OPTIONS: Readonly<Record<string, 'value' | 'flag'>> = {
  '--output': 'value',
  '--region': 'value',
  '--profile': 'value',
  '--no-cli-pager': 'flag',
}

/** Every flag a command accepts, `--no-` twins included (Tab completion). */
export function flagsOf(command: CliCommand): string[] {
  return command.options.flatMap((o) =>
    o.kind === 'boolean' ? [o.flag, `--no-${o.flag.slice(2)}`] : [o.flag],
  )
}
