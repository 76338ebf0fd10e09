/**
 * What the exporters need from a scenario file: its table, function and mapping, with only the mapping settings
 * the file configures (a setting left out keeps AWS's default in every format, so it is left out there too).
 * Pure: no DOM, so the generators run in Node tests and in the browser alike.
 */
import { validateScenario } from '../engine'

export type DestinationKind = 'sqs' | 'sns' | 's3'

export interface ExportKey {
  readonly name: string
  readonly keyType: 'HASH' | 'RANGE'
  readonly attributeType: 'S' | 'N' | 'B'
}

/** The mapping settings a file configures, in CreateEventSourceMapping's names; absent = AWS's default. */
export interface ExportMapping {
  readonly StartingPosition: 'TRIM_HORIZON' | 'LATEST'
  readonly BatchSize?: number
  readonly MaximumBatchingWindowInSeconds?: number
  readonly MaximumRetryAttempts?: number
  readonly MaximumRecordAgeInSeconds?: number
  readonly BisectBatchOnFunctionError?: boolean
  readonly ParallelizationFactor?: number
  /** Each filter's pattern, the JSON text AWS takes; absent when there is no filter. */
  readonly FilterPatterns?: readonly string[]
  readonly ReportBatchItemFailures?: true
  readonly TumblingWindowInSeconds?: number
  readonly Enabled?: boolean
  readonly EventCountMetrics?: true
}

export interface ExportModel {
  readonly region: string
  readonly table: {
    readonly name: string
    readonly keys: readonly ExportKey[]
    readonly streamViewType: string
    /** The TTL attribute when TTL is enabled. */
    readonly ttlAttribute?: string
  }
  readonly fn: {
    readonly name: string
    readonly runtime: string
    readonly language: 'javascript' | 'typescript'
    /** index.mjs (ES module), index.js (CommonJS) or index.ts (to be compiled first). */
    readonly fileName: string
    readonly code: string
    readonly timeout?: number
    readonly memorySize?: number
    readonly reservedConcurrency?: number
  }
  readonly mapping: ExportMapping
  readonly destination?: { readonly kind: DestinationKind; readonly name: string }
  /** What the export leaves out or changes from the simulated scenario, one sentence each. */
  readonly simplifications: readonly string[]
}

export type ExportModelResult =
  | { readonly ok: true; readonly model: ExportModel }
  | { readonly ok: false; readonly errors: readonly string[] }

type Json = Record<string, unknown>
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {})
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined)
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined)

const CJS = /\b(module\.)?exports\.handler\s*=|\bmodule\.exports\s*=/
const ESM = /^\s*export\s/m

function handlerFileName(code: string, language: string): string {
  if (language === 'typescript') return 'index.ts'
  return CJS.test(code) && !ESM.test(code) ? 'index.js' : 'index.mjs'
}

/** The queue, topic or bucket name is the ARN's sixth field in all three shapes (`arn:aws:s3:::bucket`). */
function destinationOf(arn: string): ExportModel['destination'] {
  const [, , kind, , , name] = arn.split(':')
  return kind === 'sqs' || kind === 'sns' || kind === 's3' ? { kind, name } : undefined
}

function mappingOf(m: Json): ExportMapping {
  const filters = (obj(m.FilterCriteria).Filters ?? []) as readonly Json[]
  const patterns = filters.map((f) => f.Pattern).filter((p): p is string => typeof p === 'string')
  const responseTypes = (m.FunctionResponseTypes ?? []) as readonly unknown[]
  const metrics = (obj(m.MetricsConfig).Metrics ?? []) as readonly unknown[]
  return {
    StartingPosition: m.StartingPosition === 'LATEST' ? 'LATEST' : 'TRIM_HORIZON',
    BatchSize: num(m.BatchSize),
    MaximumBatchingWindowInSeconds: num(m.MaximumBatchingWindowInSeconds),
    MaximumRetryAttempts: num(m.MaximumRetryAttempts),
    MaximumRecordAgeInSeconds: num(m.MaximumRecordAgeInSeconds),
    BisectBatchOnFunctionError: bool(m.BisectBatchOnFunctionError),
    ParallelizationFactor: num(m.ParallelizationFactor),
    FilterPatterns: patterns.length > 0 ? patterns : undefined,
    ReportBatchItemFailures: responseTypes.includes('ReportBatchItemFailures') ? true : undefined,
    TumblingWindowInSeconds: num(m.TumblingWindowInSeconds),
    Enabled: bool(m.Enabled),
    EventCountMetrics: metrics.includes('EventCount') ? true : undefined,
  }
}

function simplificationsOf(file: Json, fileName: string): string[] {
  const notes = [
    'One account and one region; the table is on-demand (PAY_PER_REQUEST): the simulator has no capacity.',
    'IAM is the managed policy AWSLambdaDynamoDBExecutionRole, plus the on-failure destination permission if any.',
    `The handler is one file, ${fileName}, with no dependencies beyond the runtime's AWS SDK.`,
    "The table's items, the scenario's writes and its simulated durations are not exported.",
  ]
  const actions = Array.isArray(file.actions) ? file.actions.length : 0
  if (actions > 0)
    notes.push(
      `The scenario's ${actions} timed action(s) are not exported: this is the setup at time 0.`,
    )
  if (num(obj(file.table).shards) !== undefined)
    notes.push("The shard count is the simulator's setting: DynamoDB picks it on AWS.")
  const destination = obj(obj(obj(file.mapping).DestinationConfig).OnFailure).Destination
  if (typeof destination === 'string' && destination.startsWith('arn:aws:s3:'))
    notes.push('S3 bucket names are global: the on-failure bucket may need a name of your own.')
  if (fileName === 'index.ts')
    notes.push(
      'The handler is TypeScript: compile it to index.mjs (e.g. with esbuild) before deploying.',
    )
  return notes
}

/** Reads a scenario file (as Export writes it). An invalid file gives its errors, as the app shows them. */
export function exportModelOf(file: unknown): ExportModelResult {
  const checked = validateScenario(file)
  if (!checked.ok)
    return { ok: false, errors: checked.errors.map((e) => `${e.path}: ${e.message}`) }
  const f = obj(file)
  const table = obj(f.table)
  const fn = obj(f.function)
  const m = obj(f.mapping)
  const types = new Map(
    (table.AttributeDefinitions as Json[]).map((d) => [d.AttributeName, d.AttributeType]),
  )
  const keys = (table.KeySchema as Json[]).map((k) => ({
    name: String(k.AttributeName),
    keyType: k.KeyType as ExportKey['keyType'],
    attributeType: types.get(k.AttributeName) as ExportKey['attributeType'],
  }))
  const ttl = obj(table.TimeToLiveSpecification)
  const language = fn.language === 'typescript' ? 'typescript' : 'javascript'
  const code = String(fn.code)
  const fileName = handlerFileName(code, language)
  const destinationArn = obj(obj(m.DestinationConfig).OnFailure).Destination
  const reserved = fn.ReservedConcurrentExecutions
  return {
    ok: true,
    model: {
      region: typeof f.region === 'string' ? f.region : 'us-east-1',
      table: {
        name: String(table.TableName),
        keys,
        streamViewType: String(obj(table.StreamSpecification).StreamViewType),
        ttlAttribute: ttl.Enabled === true ? String(ttl.AttributeName) : undefined,
      },
      fn: {
        name: String(fn.FunctionName),
        runtime: typeof fn.Runtime === 'string' ? fn.Runtime : 'nodejs22.x',
        language,
        fileName,
        code,
        timeout: num(fn.Timeout),
        memorySize: num(fn.MemorySize),
        reservedConcurrency: typeof reserved === 'number' ? reserved : undefined,
      },
      mapping: mappingOf(m),
      destination:
        typeof destinationArn === 'string' && destinationArn !== ''
          ? destinationOf(destinationArn)
          : undefined,
      simplifications: simplificationsOf(f, fileName),
    },
  }
}
