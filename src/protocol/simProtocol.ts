/**
 * Messages between the main thread and the sim worker: plain data with a `type`
 * discriminant, switched on exhaustively at both ends. Types only, no logic: the UI imports this with
 * `import type` and never pulls the engine into its bundle through it.
 */
import type {
  FunctionChange,
  MappingApiAnswer,
  MappingApiCall,
  RoleAction,
  InvocationOutcome,
  InvokeRequest,
  Item,
  KeySchema,
  InvocationQuery,
  MappingInEffect,
  MappingSettings,
  MetricSeries,
  RecordHistory,
  RecordView,
  ReportDestination,
  RunReport,
  ScenarioError,
  SimEvent,
  SimSnapshot,
  StreamViewType,
  WriteRequest,
} from '../engine'

/** Stream records reach the UI in the engine's own shape. */
export type { RecordView } from '../engine'

/** Bumped on any incompatible change; `load` carries it and the worker refuses a mismatch. */
export const SIM_PROTOCOL_VERSION = 6

/** Main thread → sim worker. */
export type SimCommand =
  /** Validates a scenario file and starts a fresh simulation of it; `loadId` tags every later report. */
  | { type: 'load'; version: number; loadId: number; scenario: unknown }
  /**
   * Advances virtual time towards `simTimeMs`; the worker keeps going there as invocation outcomes arrive.
   * `pace`: event-paced playback, which stops at the first pace stop (protocol/pacing.ts) and goes no further
   * until the next advance, so the page can show it for a while.
   */
  | { type: 'advanceTo'; simTimeMs: number; pace?: boolean }
  /** Stops advancing at the time reached so far (pause). */
  | { type: 'hold' }
  /** Moves to the next visible change (protocol/pacing.ts) and reports every event up to it. */
  | { type: 'step' }
  /** `ticket`: the `invocationRequested` it answers; a stale one (see there) is ignored. Absent: the current. */
  | { type: 'settleInvocation'; invocationId: number; outcome: InvocationOutcome; ticket?: number }
  /** A table write at the current virtual time; answered with `writeResult`. */
  | { type: 'applyWrite'; requestId: number; write: WriteRequest }
  /**
   * UpdateEventSourceMapping now (engine units, only the named settings). With `requestId`, answered with
   * `liveChangeApplied`: the virtual time it took effect, so Export can replay it then (D16).
   */
  | {
      type: 'updateMapping'
      settings: Partial<MappingSettings>
      enabled?: boolean
      requestId?: number
    }
  /** With `requestId`, answered with `liveChangeApplied`, as `updateMapping`. */
  | { type: 'putFunctionConcurrency'; reservedConcurrency: number | null; requestId?: number }
  /** UpdateFunctionCode / UpdateFunctionConfiguration now (docs/semantics.md D15; engine units). */
  | { type: 'updateFunction'; change: FunctionChange }
  /** The execution role's policy now: every action it lacks (docs/semantics.md D17). */
  | { type: 'updateExecutionRole'; removed: readonly RoleAction[] }
  /** Starts (or with null stops) the traffic generator from the current virtual time. */
  | { type: 'setTraffic'; traffic: TrafficSettings | null }
  /** The run report so far (at the end: after in-flight invocations complete); answered with `runReport`. */
  | { type: 'report'; requestId: number }
  /** One record's history so far ("Why?"); answered with `recordExplained`. */
  | { type: 'explainRecord'; requestId: number; recordIndex: number }
  /** An event source mapping API request now (the console); answered with `mappingApiAnswered` (D16). */
  | { type: 'mappingApi'; requestId: number; call: MappingApiCall }
  /** One invocation's event, response or error and log lines; answered with `invocationDescribed`. */
  | { type: 'describeInvocation'; requestId: number; invocationId: number }
  /** Moves the run to a virtual time, back or forward (the timeline); answered with `seeked`. */
  | { type: 'seek'; simTimeMs: number }

/** The load generator: writes at a steady virtual rate, drawn from a seeded PRNG so runs repeat. */
export interface TrafficSettings {
  readonly itemsPerSecond: number
  /** Distinct keys the writes draw from. */
  readonly keySpace: number
  /** Shares in [0, 1] of writes that go to the few hot keys, that update, and that delete. */
  readonly hotKeyShare: number
  readonly updateShare: number
  readonly deleteShare: number
  readonly seed: number
}

/** One table row as the item grid shows it; `id` is the item's key as JSON (stable across updates). */
export interface TableRow {
  readonly id: string
  readonly item: Item
}

/** A change to the table since the last frame: the new item, or null when it was deleted. */
export interface TableChange {
  readonly id: string
  readonly item: Item | null
}

/** What the UI needs to know about the loaded scenario. */
export interface ScenarioInfo {
  readonly name: string
  /** The scenario file's own words on what happens in it: the first-visit hint shows them. */
  readonly description: string
  readonly durationMs: number
  readonly clockStartMs: number
  readonly tableName: string
  readonly keySchema: KeySchema
  readonly streamViewType: StreamViewType
  readonly shards: number
  readonly ttlAttribute: string | undefined
  readonly region: string
}

/** Everything since the previous frame, plus a small snapshot of the state now. */
export interface SimFrame {
  readonly loadId: number
  /** Rises by one per frame within a load. */
  readonly seq: number
  readonly reachedMs: number
  /**
   * The events since the previous frame, oldest first; a time-lapse frame leaves log-only ones out
   * (protocol/timeLapse.ts): then only its last `eventsTail` are the newest events in a row.
   */
  readonly events: readonly SimEvent[]
  /** Events of the run the frames have covered so far, this one's included (sent or left out). */
  readonly eventCount?: number
  /** Present when events were left out: how many at the end of `events` are the run's newest in a row. */
  readonly eventsTail?: number
  /** Fate changes ride in `events` as `fate` events; records below carry their fate when first sent. */
  readonly snapshot: SimSnapshot
  /**
   * Stream records written since the previous frame, as Lambda delivers them, with their fate then; a
   * time-lapse frame carries the newest only (their indexes then jump: the older ones are left out).
   */
  readonly records: readonly RecordView[]
  /** Records written so far by kind (totals, as records may be left out). */
  readonly writeTotals?: Readonly<Record<RecordView['record']['eventName'], number>>
  /** After a time-lapse, when the run stops: the newest records and events whole, for the view's lists. */
  readonly lists?: WholeLists
  readonly tableChanges: readonly TableChange[]
  readonly destinations: readonly ReportDestination[]
  /** The mapping the engine runs now: only when it changed since the previous frame. */
  readonly mapping?: MappingInEffect
  /**
   * Metric points (docs/semantics.md A11) of the seconds touched since the previous frame, only when there are
   * any: a metric's first point here may be its last one sent before, updated (the second was still open).
   */
  readonly metrics?: MetricSeries
  /** The scenario's duration is reached: nothing more will happen. */
  readonly finished: boolean
  /** The run's size and memory estimate, and what it discarded to stay within it (docs/semantics.md D18). */
  readonly memory?: SimMemory
}

/** The newest records and events of the run, as many as the view's lists keep (protocol/timeLapse.ts). */
export interface WholeLists {
  readonly records: readonly RecordView[]
  readonly events: readonly SimEvent[]
}

/** The status line's figures (docs/semantics.md D18); times are virtual ms. */
export interface SimMemory {
  readonly records: number
  /** The engine's estimate plus the Timeline's snapshots, in bytes (engine/memory.ts): not the heap. */
  readonly estimateBytes: number
  readonly budgetBytes: number
  readonly level: 'ok' | 'warning' | 'over'
  /** Record histories and Timeline snapshots before this time were discarded; null: nothing was. */
  readonly discardedBeforeMs: number | null
  /** What the discard at the budget would keep from: an hour before now (the warning names it). */
  readonly wouldDiscardBeforeMs: number
  /** The run cannot go on within the budget even after discarding: it holds here. */
  readonly stopped: boolean
}

/** What a table write did: the record it made, nothing (no-op), or DynamoDB's error. */
export type WriteResult =
  | { kind: 'record'; recordIndex: number; eventName: RecordView['record']['eventName'] }
  | { kind: 'noop' }
  | { kind: 'rejected'; message: string }

/** Sim worker → main thread. */
export type SimReport =
  | {
      type: 'loaded'
      loadId: number
      info: ScenarioInfo
      rows: readonly TableRow[]
      /** The mapping as the engine runs it from the start (`Creating`). */
      mapping: MappingInEffect
    }
  | { type: 'loadFailed'; loadId: number; errors: readonly ScenarioError[] }
  | { type: 'frame'; frame: SimFrame }
  /**
   * Run this handler and answer with `settleInvocation` and the same `ticket`: the engine waits for it. A seek
   * back and a change make the ticket stale (the id may then name another invocation): its answer is ignored.
   */
  | { type: 'invocationRequested'; loadId: number; request: InvokeRequest; ticket: number }
  /** `atMs`: the virtual time the write landed at, so Export can replay it at the same instant. */
  | { type: 'writeResult'; loadId: number; requestId: number; atMs: number; result: WriteResult }
  | { type: 'runReport'; loadId: number; requestId: number; report: RunReport }
  /** `history` is null when no scenario is loaded. */
  | { type: 'recordExplained'; loadId: number; requestId: number; history: RecordHistory | null }
  | {
      type: 'invocationDescribed'
      loadId: number
      requestId: number
      details: InvocationDetails | null
    }
  /** `answer` is null when no scenario is loaded. */
  | {
      type: 'mappingApiAnswered'
      loadId: number
      requestId: number
      answer: MappingApiAnswer | null
    }
  /** The virtual time an `updateMapping` or `putFunctionConcurrency` took effect (null: no scenario loaded). */
  | { type: 'liveChangeApplied'; loadId: number; requestId: number; atMs: number | null }
  | { type: 'crashed'; message: string }
  /**
   * The whole state after a seek, not a delta: `frame.events` hold every event from the start that a view
   * folds (and the newest in a row), `destinations` and `metrics` everything, `records` and `lists` the newest,
   * `rows` the table; the view replaces what it had. `outcomes`: the handler
   * failures so far, for the invocation rows' messages.
   */
  | {
      type: 'seeked'
      frame: SimFrame
      rows: readonly TableRow[]
      outcomes: readonly { readonly invocationId: number; readonly outcome: InvocationOutcome }[]
    }

/**
 * One invocation as the run report holds it, fetched on demand: frames never carry events or logs.
 * `running`: still in flight, so no response, error or END/REPORT lines yet.
 */
export type InvocationDetails = InvocationQuery
