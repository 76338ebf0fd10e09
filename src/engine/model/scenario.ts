import type { Item, KeySchema, StreamViewType, WriteRequest } from './dynamo'
import type { EpochMs, VirtualMs } from '../clock'
import type { ExecutionRole, RoleAction } from '../role/permissions'

/**
 * A scenario after validation: every default filled in, every unit converted, every write checked (plain JSON
 * marshalled to DynamoDB JSON; an `every` entry kept as one template, its repetitions made as the run reads them).
 * The engine reads only this.
 * The file format itself is described in docs/scenario-format.md; `scenario/validateScenario.ts` turns one into the other.
 */
export interface NormalizedScenario {
  readonly name: string
  readonly description: string
  readonly seed: number
  /** Epoch milliseconds of virtual time 0 (`clock.start`). */
  readonly clockStartMs: EpochMs
  readonly region: string
  readonly accountId: string
  readonly durationMs: number
  readonly table: TableConfig
  /** Run in (atMs, index) order, `index` being the position in the list with every repetition unrolled. */
  readonly writes: WriteSchedule
  readonly fn: FunctionConfig
  readonly mapping: MappingConfig
  readonly mappingCreatedAtMs: VirtualMs
  /** Sorted by (atMs, position in the file). */
  readonly actions: readonly ScheduledAction[]
  /** The function's execution role (docs/semantics.md D17); absent: every permission the mapping needs. */
  readonly executionRole?: ExecutionRole
}

export interface TableConfig {
  readonly tableName: string
  readonly keySchema: KeySchema
  readonly streamViewType: StreamViewType
  readonly shards: number
  /** TTL attribute name when TTL is enabled. */
  readonly ttlAttribute: string | undefined
  /** Items present before the stream: they make no records. */
  readonly items: readonly Item[]
}

/**
 * The scenario's writes as the file's entries (issue 13): a million-write scenario holds its few `every` entries,
 * not a million writes. `writeCursor` (scenario/writeSchedule.ts) makes them one by one in run order.
 */
export interface WriteSchedule {
  /** How many writes, every repetition counted. */
  readonly length: number
  /** The entries with `every` (count > 1), in file order. */
  readonly series: readonly WriteSeries[]
  /** The writes made once, sorted by (atMs, index). */
  readonly singles: readonly ScheduledWrite[]
}

/** An `every` entry: repetition i (0 ≤ i < count) is the write `firstIndex + i`, at `atMs + i × intervalMs`. */
export interface WriteSeries {
  readonly path: string
  readonly firstIndex: number
  readonly atMs: VirtualMs
  readonly intervalMs: number
  readonly count: number
  /** As ScheduledWrite.checked, for every repetition. */
  readonly checked?: true
  /**
   * Every `{{i}}` sits in a string value (scenario/templateSites.ts 'text'): a repetition's item size follows the
   * digit count of i alone, so it is measured once per digit count (ScheduledWrite.itemSizeBytes).
   */
  readonly sizedByDigits?: true
  readonly template: WriteTemplate
}

/** How a repetition's request is made from its entry. */
export type WriteTemplate =
  /** No `{{i}}`: every repetition is the same request. */
  | { readonly kind: 'same'; readonly write: WriteRequest }
  /** A `put`/`delete` shortcut's plain JSON marshalled once, `{{i}}` still in its strings. */
  | { readonly kind: 'marshalled'; readonly op: 'put' | 'delete'; readonly map: Item }
  /** The entry's request as the file has it, shaped after `{{i}}` is replaced. */
  | { readonly kind: 'raw'; readonly op: ScenarioWriteOp; readonly raw: unknown }

/** The keys of a `writes` entry that hold its request. */
export type ScenarioWriteOp = 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'put' | 'delete'

export interface ScheduledWrite {
  /** Index in the expanded write list (the order of the file, repetitions unrolled). */
  readonly index: number
  /** JSON path of the write in the scenario file, e.g. `writes[4]` (repetitions share it). */
  readonly path: string
  readonly atMs: VirtualMs
  readonly write: WriteRequest
  /**
   * Set by the scenario validator on writes that passed the table's `checkWrite`: the engine then asks the table
   * not to repeat those checks on every repetition. Absent on anything else (hand-built scenarios, run-time writes).
   */
  readonly checked?: true
  /**
   * Set on a checked PutItem repetition of a series with `{{i}}`: `itemsOfSeries` (scenario/writeSchedule.ts)
   * makes its item again from its index, so the table and the stream may keep the index instead of the item
   * (issue 13: a million items).
   */
  readonly repeated?: true
  /** With `repeated`: the item's DynamoDB size, when its series knows it (WriteSeries.sizedByDigits). */
  readonly itemSizeBytes?: number
  /** With `repeated`: the item is in the table's stored form, as every repetition of its series (ApplyOptions). */
  readonly storedForm?: true
}

export interface FunctionConfig {
  readonly functionName: string
  readonly runtime: string
  readonly timeoutMs: number
  readonly memorySizeMb: number
  /** null = unreserved; 0 = always throttled. */
  readonly reservedConcurrency: number | null
  /** Virtual duration of one invocation before any awaited timers. */
  readonly durationMs: number
  readonly language: 'javascript' | 'typescript'
  readonly code: string
}

export type OnFailureKind = 'sqs' | 'sns' | 's3'

/** The event source mapping's settings, AWS names camelCased; units are converted to ms here. */
export interface MappingSettings {
  readonly batchSize: number
  readonly batchWindowMs: number
  readonly maximumRetryAttempts: number // -1 = until the record expires
  readonly maximumRecordAgeMs: number // -1 = forever
  readonly bisectBatchOnFunctionError: boolean
  readonly parallelizationFactor: number
  readonly reportBatchItemFailures: boolean
  readonly tumblingWindowMs: number // 0 = none
  /** Filter patterns as given (JSON strings), already validated. */
  readonly filterPatterns: readonly string[]
  readonly onFailure: { readonly kind: OnFailureKind; readonly arn: string } | undefined
  /** Whether `MetricsConfig.Metrics` includes `EventCount` (the ESM event-count metrics are opt-in on AWS). */
  readonly eventCountMetrics: boolean
}

export interface MappingConfig {
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST'
  readonly enabled: boolean
  readonly settings: MappingSettings
}

/** A timed change, in AWS API shapes, already validated. */
export type ScheduledAction =
  | {
      readonly kind: 'UpdateEventSourceMapping'
      readonly atMs: VirtualMs
      readonly path: string
      /** Only the settings that the action names. */
      readonly settings: Partial<MappingSettings>
      readonly enabled: boolean | undefined
    }
  /** A new mapping after a delete (what the console recorded: docs/semantics.md D16). */
  | {
      readonly kind: 'CreateEventSourceMapping'
      readonly atMs: VirtualMs
      readonly path: string
      readonly config: MappingConfig
    }
  | { readonly kind: 'DeleteEventSourceMapping'; readonly atMs: VirtualMs; readonly path: string }
  | {
      readonly kind: 'PutFunctionConcurrency'
      readonly atMs: VirtualMs
      readonly path: string
      readonly reservedConcurrency: number | null
    }
  /** Lambda's UpdateFunctionCode, with the handler's source in place of a .zip (docs/semantics.md D15). */
  | {
      readonly kind: 'UpdateFunctionCode'
      readonly atMs: VirtualMs
      readonly path: string
      readonly change: FunctionChange
    }
  /** The execution role's policy edited (IAM); `removed` is the whole list after the change (D17). */
  | {
      readonly kind: 'UpdateExecutionRole'
      readonly atMs: VirtualMs
      readonly path: string
      readonly removed: readonly RoleAction[]
    }
  /** Lambda's UpdateFunctionConfiguration: only Timeout and MemorySize (D15). */
  | {
      readonly kind: 'UpdateFunctionConfiguration'
      readonly atMs: VirtualMs
      readonly path: string
      readonly change: FunctionChange
    }

/** What a function update changes; absent keys keep their value. */
export interface FunctionChange {
  readonly code?: string
  readonly language?: 'javascript' | 'typescript'
  readonly timeoutMs?: number
  readonly memorySizeMb?: number
}
