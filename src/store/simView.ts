/**
 * Folds what the runtime delivered in one animation frame into the view state, in one pass and without
 * React: the store calls it once per frame. Long runs stay bounded: lists keep their newest entries only.
 */
import type {
  BatchReason,
  Item,
  MappingInEffect,
  MetricSeries,
  RecordFate,
  ReportDestination,
  SimEvent,
  SimSnapshot,
} from '../engine'
import type {
  RecordView,
  ScenarioInfo,
  SimMemory,
  SimReport,
  WriteResult,
} from '../protocol/simProtocol'
import type { RuntimeBatch } from '../runtime/types'
import { EMPTY_BISECTS, foldBisects, type BisectState } from './bisectTrees'
import { EMPTY_REDELIVERIES, foldRedeliveries, type RedeliveryState } from './redeliveries'
import { LIST_EVENTS, LIST_RECORDS } from '../protocol/timeLapse'
import { applyFate, halfKey, keepLast, mergeMetrics } from './simViewParts'

export interface InvocationView {
  /** Position in the run's list of invocations (0 = first), stable while older ones are dropped. */
  readonly ordinal: number
  readonly id: number
  readonly startMs: number
  readonly shard: number
  readonly recordIndexes: readonly number[]
  readonly attempt: number
  /** Its batch is a half of a bisected batch: attempts count again from 1 (docs/semantics.md A4.6). */
  readonly splitHalf: boolean
  readonly coldStart: boolean
  readonly outcome: 'running' | 'success' | 'partial' | 'error' | 'timeout'
  readonly endMs: number | undefined
  readonly errorMessage: string | undefined
  /** The mapping's lane (ParallelizationFactor), the environment serving it and why its batch left. */
  readonly lane?: number
  readonly environmentId?: number
  readonly batchReason?: BatchReason
}

/** Running totals the pipeline view shows, counted as frames arrive (never by scanning all records). */
export interface SimTallies {
  readonly writes: Readonly<Record<'INSERT' | 'MODIFY' | 'REMOVE', number>>
  readonly fates: Readonly<Partial<Record<RecordFate, number>>>
  /** Failure destination messages by kind (the list keeps only the newest). */
  readonly delivered: Readonly<Partial<Record<ReportDestination['kind'], number>>>
}

/**
 * The table as the newest view holds it. Frames change `order` and `items` in place (a copy per frame cost
 * as much as the table is big) and give the view a new TableView with the next `version`: compare views by
 * the TableView object, and read the rows of the newest one only.
 */
export interface TableView {
  /** Row ids in table order (insertion order of keys, as the engine keeps them). */
  readonly order: readonly string[]
  readonly items: ReadonlyMap<string, Item>
  readonly version: number
}

export interface SimViewState {
  readonly loadId: number
  readonly info: ScenarioInfo | undefined
  readonly simTimeMs: number
  readonly finished: boolean
  readonly eventCount: number
  readonly events: readonly SimEvent[]
  readonly invocationCount: number
  readonly invocations: readonly InvocationView[]
  /** The batches bisect made (`shard:i,j,…`), to tell a half's invocations from a whole batch's. */
  readonly splitHalves: ReadonlySet<string>
  readonly destinations: readonly ReportDestination[]
  readonly records: readonly RecordView[]
  readonly recordCount: number
  readonly table: TableView
  readonly snapshot: SimSnapshot | undefined
  /** The mapping as the engine runs it now (during `Updating`, the settings before the update). */
  readonly mapping: MappingInEffect | undefined
  /** The run's metric series so far, whole (the charts downsample them). */
  readonly metrics: MetricSeries
  /** By request id; `atMs` is when the write landed (Export replays the user's writes then). */
  readonly writeResults: Readonly<Record<number, WriteResult & { readonly atMs: number }>>
  readonly loadErrors: readonly { path: string; message: string }[]
  readonly crash: string | undefined
  /** Bisected batches as trees, grown live (docs/semantics.md A4.6). */
  readonly bisects: BisectState
  /** Delivery counts and partial-response rewinds (docs/semantics.md A5.2). */
  readonly redeliveries: RedeliveryState
  readonly tallies: SimTallies
  /** Events the latest batch brought: many per frame means time-lapse (no tweening) in the pipeline. */
  readonly frameEvents: number
  /** The run's size and memory estimate from the latest frame (docs/semantics.md D18). */
  readonly memory: SimMemory | undefined
}

export const MAX_EVENTS = LIST_EVENTS
export const MAX_INVOCATIONS = 2_000
export const MAX_RECORDS = LIST_RECORDS
export const MAX_DESTINATIONS = 200

export const EMPTY_SIM_VIEW: SimViewState = {
  loadId: 0,
  info: undefined,
  simTimeMs: 0,
  finished: false,
  eventCount: 0,
  events: [],
  invocationCount: 0,
  invocations: [],
  splitHalves: new Set(),
  destinations: [],
  records: [],
  recordCount: 0,
  table: { order: [], items: new Map(), version: 0 },
  snapshot: undefined,
  mapping: undefined,
  metrics: {},
  writeResults: {},
  loadErrors: [],
  crash: undefined,
  bisects: EMPTY_BISECTS,
  redeliveries: EMPTY_REDELIVERIES,
  tallies: { writes: { INSERT: 0, MODIFY: 0, REMOVE: 0 }, fates: {}, delivered: {} },
  frameEvents: 0,
  memory: undefined,
}

/** Applies one frame's batch. Reports of other loads than `view.loadId` are ignored. */
export function applyBatch(view: SimViewState, batch: RuntimeBatch): SimViewState {
  let next = view
  const events: SimEvent[] = [...view.events]
  const invocations: InvocationView[] = [...view.invocations]
  const records: RecordView[] = [...view.records]
  const destinations: ReportDestination[] = [...view.destinations]
  let items: Map<string, Item> | undefined
  let splitHalves: Set<string> | undefined
  let order: string[] | undefined
  let { eventCount, invocationCount, recordCount } = view
  let writeTally: Record<'INSERT' | 'MODIFY' | 'REMOVE', number> | undefined
  let fateTally: Partial<Record<RecordFate, number>> | undefined
  let deliveredTally: Partial<Record<ReportDestination['kind'], number>> | undefined
  // From the newest back: a frame's completions are of recent invocations (no 2,000-entry index per frame).
  const update = (id: number, change: Partial<InvocationView>) => {
    for (let i = invocations.length - 1; i >= 0; i--) {
      if (invocations[i].id !== id) continue
      invocations[i] = { ...invocations[i], ...change }
      return
    }
  }

  for (const report of batch.reports) {
    switch (report.type) {
      case 'loaded':
        if (report.loadId !== view.loadId) break
        next = {
          ...EMPTY_SIM_VIEW,
          loadId: report.loadId,
          info: report.info,
          mapping: report.mapping,
          table: {
            order: report.rows.map((r) => r.id),
            items: new Map(report.rows.map((r) => [r.id, r.item])),
            version: 0,
          },
        }
        return applyBatch(next, {
          reports: batch.reports.slice(batch.reports.indexOf(report) + 1),
          outcomes: batch.outcomes,
        })
      case 'loadFailed':
        if (report.loadId === view.loadId) next = { ...next, loadErrors: report.errors }
        break
      case 'crashed':
        next = { ...next, crash: report.message }
        break
      case 'writeResult':
        if (report.loadId === view.loadId) {
          next = {
            ...next,
            writeResults: {
              ...next.writeResults,
              [report.requestId]: { ...report.result, atMs: report.atMs },
            },
          }
        }
        break
      case 'seeked':
        if (report.frame.loadId !== view.loadId) break
        return applyBatch(seekedView(next, report), {
          reports: batch.reports.slice(batch.reports.indexOf(report) + 1),
          outcomes: batch.outcomes,
        })
      case 'invocationRequested':
      case 'runReport':
      case 'recordExplained':
      case 'invocationDescribed':
      case 'mappingApiAnswered':
      case 'liveChangeApplied':
        break
      case 'frame': {
        const { frame } = report
        if (frame.loadId !== view.loadId) break
        // Records first: a fate event in this frame may be about a record this frame brings. A time-lapse
        // frame's records may jump past the ones kept: the list keeps only records in a row (no gap).
        const firstNew = frame.records[0]?.index
        if (firstNew !== undefined && records.length > 0 && records.at(-1)?.index !== firstNew - 1)
          records.length = 0
        for (const record of frame.records) records.push(record)
        const lastNew = frame.records.at(-1)
        if (lastNew !== undefined) recordCount = lastNew.index + 1
        next = {
          ...next,
          bisects: foldBisects(next.bisects, frame.events),
          // Counts go with the records the list keeps at most, not the fewer a time-lapse left it with: the
          // frame of the stop brings those records back.
          redeliveries: foldRedeliveries(
            next.redeliveries,
            frame.events,
            Math.max(0, recordCount - MAX_RECORDS),
          ),
        }
        if (frame.writeTotals !== undefined) {
          // The same totals keep their object: the pipeline's stages redraw only when a count moves.
          const { INSERT, MODIFY, REMOVE } = writeTally ?? next.tallies.writes
          const totals = frame.writeTotals
          if (totals.INSERT !== INSERT || totals.MODIFY !== MODIFY || totals.REMOVE !== REMOVE)
            writeTally = { ...totals }
        } else if (frame.records.length > 0) {
          writeTally ??= { ...next.tallies.writes }
          for (const record of frame.records) writeTally[record.record.eventName]++
        }
        // Without a gap every event goes to the log; after one, only the newest in a row (`eventsTail`).
        const logFrom = frame.eventsTail === undefined ? 0 : frame.events.length - frame.eventsTail
        if (logFrom > 0) events.length = 0
        for (const [i, event] of frame.events.entries()) {
          if (i >= logFrom) events.push(event)
          if (event.type === 'fate') {
            applyFate(records, event.recordIndexes, event.fate)
            fateTally ??= { ...next.tallies.fates }
            fateTally[event.fate] = (fateTally[event.fate] ?? 0) + event.recordIndexes.length
          }
          if (event.type === 'batchSplit') {
            splitHalves ??= new Set(next.splitHalves)
            for (const half of event.halves) splitHalves.add(halfKey(event.shard, half))
          } else if (event.type === 'invocationStarted') {
            invocations.push({
              ordinal: invocationCount++,
              id: event.invocationId,
              startMs: event.atMs,
              shard: event.shard,
              recordIndexes: event.recordIndexes,
              attempt: event.attempt,
              splitHalf: (splitHalves ?? next.splitHalves).has(
                halfKey(event.shard, event.recordIndexes),
              ),
              coldStart: event.coldStart,
              outcome: 'running',
              endMs: undefined,
              errorMessage: undefined,
              lane: event.lane,
              environmentId: event.environmentId,
              batchReason: event.batchReason,
            })
          } else if (event.type === 'invocationCompleted') {
            update(event.invocationId, { outcome: event.outcome, endMs: event.atMs })
          }
        }
        eventCount = frame.eventCount ?? eventCount + frame.events.length
        if (frame.lists !== undefined) {
          // The run stopped after a time-lapse: the lists whole again (records with their fates now).
          records.splice(0, records.length, ...frame.lists.records)
          events.splice(0, events.length, ...frame.lists.events)
        }
        destinations.push(...frame.destinations)
        for (const d of frame.destinations) {
          deliveredTally ??= { ...next.tallies.delivered }
          deliveredTally[d.kind] = (deliveredTally[d.kind] ?? 0) + 1
        }
        if (frame.tableChanges.length > 0) {
          // Copied once per load or seek (version 0, maybe shared), then changed in place: a copy per frame
          // of a table of 200,000 items was most of the fold (npm run bench:ui).
          const owned = next.table.version > 0
          items ??= owned ? (next.table.items as Map<string, Item>) : new Map(next.table.items)
          order ??= owned ? (next.table.order as string[]) : [...next.table.order]
          for (const change of frame.tableChanges) {
            if (change.item === null) {
              if (items.delete(change.id)) order.splice(order.indexOf(change.id), 1)
            } else {
              if (!items.has(change.id)) order.push(change.id)
              items.set(change.id, change.item)
            }
          }
        }
        next = {
          ...next,
          simTimeMs: frame.reachedMs,
          finished: frame.finished,
          snapshot: frame.snapshot,
          mapping: frame.mapping ?? next.mapping,
          metrics: frame.metrics ? mergeMetrics(next.metrics, frame.metrics) : next.metrics,
          memory: frame.memory ?? next.memory,
        }
        break
      }
    }
  }
  for (const note of batch.outcomes) {
    if (note.loadId !== view.loadId) continue
    const { outcome } = note
    const message =
      outcome.kind === 'error'
        ? `${outcome.error.errorType}: ${outcome.error.errorMessage}`
        : outcome.kind === 'crashed'
          ? outcome.message
          : outcome.kind === 'timeout'
            ? 'Task timed out'
            : undefined
    if (message !== undefined) update(note.invocationId, { errorMessage: message })
  }
  return {
    ...next,
    eventCount,
    frameEvents: eventCount - next.eventCount,
    invocationCount,
    recordCount,
    events: keepLast(events, MAX_EVENTS),
    invocations: keepLast(invocations, MAX_INVOCATIONS),
    records: keepLast(records, MAX_RECORDS),
    destinations: keepLast(destinations, MAX_DESTINATIONS),
    table: items && order ? { order, items, version: next.table.version + 1 } : next.table,
    splitHalves: splitHalves ?? next.splitHalves,
    tallies:
      writeTally || fateTally || deliveredTally
        ? {
            writes: writeTally ?? next.tallies.writes,
            fates: fateTally ?? next.tallies.fates,
            delivered: deliveredTally ?? next.tallies.delivered,
          }
        : next.tallies,
  }
}

/**
 * The view after a seek: built again from the whole state the worker sent, the way frames build it, so it
 * equals what the run showed at that time (lists, table, charts). Write results stay: Export needs them all.
 */
function seekedView(
  view: SimViewState,
  report: Extract<SimReport, { type: 'seeked' }>,
): SimViewState {
  const base: SimViewState = {
    ...EMPTY_SIM_VIEW,
    loadId: view.loadId,
    info: view.info,
    mapping: view.mapping,
    writeResults: view.writeResults,
    memory: report.frame.memory,
    table: {
      order: report.rows.map((r) => r.id),
      items: new Map(report.rows.map((r) => [r.id, r.item])),
      version: 0,
    },
  }
  // Back at the start, before anything happened: the view exactly as loaded (no snapshot drawn yet).
  if (report.frame.events.length === 0 && report.frame.reachedMs === 0) return base
  const outcomes = report.outcomes.map(({ invocationId, outcome }) => ({
    loadId: view.loadId,
    invocationId,
    outcome,
    wallMs: 0,
  }))
  return applyBatch(base, { reports: [{ type: 'frame', frame: report.frame }], outcomes })
}
