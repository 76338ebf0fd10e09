/** The run report (docs/scenario-format.md §4): a public contract; change only compatibly. */
import type { VirtualMs } from '../clock'
import type { HandlerError } from '../lambda/invocation'

export type DestinationKind = 'sqs' | 'sns' | 's3'

export interface ReportRecord {
  index: number
  shardId: string
  sequenceNumber: string
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE'
  createdAtMs: VirtualMs
  keys: Record<string, unknown>
  sizeBytes: number
  fate: 'processed' | 'filtered' | 'destination' | 'dropped' | 'expired' | 'skipped' | 'pending'
}

export interface ReportInvocation {
  requestId: string
  shardId: string
  startMs: VirtualMs
  endMs: VirtualMs
  recordIndexes: number[]
  attempt: number
  coldStart: boolean
  outcome: 'success' | 'partial' | 'error' | 'timeout'
  response: unknown
  /** Lambda's error document (docs/semantics.md D6): `trace` only when the runtime made it. */
  error: HandlerError | null
  event: unknown
  logs: string[]
}

export interface ReportThrottle {
  atMs: VirtualMs
  shardId: string
  recordIndexes: number[]
}

export interface ReportDestination {
  atMs: VirtualMs
  kind: DestinationKind
  target: string
  message: Record<string, unknown>
  sns: Record<string, unknown> | null
  s3Key: string | null
}

/** Extension (compatible): what each scheduled write did. */
export interface ReportWrite {
  index: number
  atMs: VirtualMs
  op: 'PutItem' | 'UpdateItem' | 'DeleteItem'
  result: 'record' | 'noop' | 'rejected'
  recordIndex: number | null
  error: string | null
}

export type MetricName =
  | 'IteratorAge'
  | 'Invocations'
  | 'Errors'
  | 'Throttles'
  | 'PolledEventCount'
  | 'FilteredOutEventCount'
  | 'InvokedEventCount'
  | 'FailedInvokeEventCount'
  | 'DroppedEventCount'
  | 'OnFailureDestinationDeliveredEventCount'
  | 'ConcurrentExecutions'
  | 'DestinationDeliveryFailures'

/** One second of a metric: its start (virtual ms) and the value (gauges: the maximum, counters: the sum). */
export type MetricPoint = [atMs: number, value: number]

/** Some metrics' points, by name: metrics without points are left out. */
export type MetricSeries = Partial<Record<MetricName, MetricPoint[]>>

export interface RunReport {
  format: 'dynamodb-lambda-playground/report'
  /** 2: `error` names `trace` (Lambda's Node.js key), not `stackTrace`. */
  version: 2
  scenario: string
  endMs: VirtualMs
  streamArn: string
  records: ReportRecord[]
  invocations: ReportInvocation[]
  throttles: ReportThrottle[]
  destinations: ReportDestination[]
  mapping: Record<string, unknown>
  metrics: Record<MetricName, MetricPoint[]>
  writes: ReportWrite[]
  /** Extension (compatible): AWS's error when the role made CreateEventSourceMapping fail (docs/semantics.md D17). */
  mappingCreateError?: string
}

/** A report list made one element at a time as it is read. */
export interface ReportList<T> extends Iterable<T> {
  readonly length: number
}

/**
 * The run report with its big lists made one element at a time as they are read (the streamed report of
 * `npm run simulate`).
 */
export interface StreamedRunReport extends Omit<RunReport, 'records' | 'invocations' | 'writes'> {
  records: ReportList<ReportRecord>
  invocations: ReportList<ReportInvocation>
  writes: ReportList<ReportWrite>
}
