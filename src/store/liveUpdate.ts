/**
 * Function updates made while a run goes on (docs/semantics.md D15): what the run deploys, which updates the engine
 * started and when, and how Export writes them as timed actions so the file replays the run. Pure: the slice
 * calls these, tests call them without a store.
 */
import type { FunctionChange, FunctionSetting, SimEvent } from '../engine'
import type { ScenarioFile } from './scenarioEdit'
import type { HandlerLanguage } from './slices/scenarioSlice'

/** One step of an update as the journal told it: the notice shows the last one. */
export interface FunctionUpdateView {
  readonly atMs: number
  readonly lastUpdateStatus: 'InProgress' | 'Successful'
  readonly changed: readonly FunctionSetting[]
  readonly version: number
}

export interface ConcurrencyChange {
  readonly atMs: number
  readonly reservedConcurrency: number | null
}

export interface LiveUpdateState {
  /** The `function` section the run started with: Export writes it, and the updates after it. */
  readonly initial: Readonly<Record<string, unknown>>
  /** The code the run has (or is getting) deployed: Deploy is offered while the editor differs. */
  readonly deployed: { readonly code: string; readonly language: HandlerLanguage }
  /** Sent to the worker, not yet started by the engine (in order). */
  readonly sent: readonly FunctionChange[]
  /** Started by the engine, at the virtual time each started. */
  readonly applied: readonly { readonly atMs: number; readonly change: FunctionChange }[]
  /** PutFunctionConcurrency requests of the form, at the virtual time each took effect. */
  readonly concurrency: readonly ConcurrencyChange[]
  readonly last: FunctionUpdateView | undefined
}

export function functionSource(file: ScenarioFile): {
  code: string
  language: HandlerLanguage
} {
  const fn = (file.function ?? {}) as { code?: unknown; language?: unknown }
  return {
    code: typeof fn.code === 'string' ? fn.code : '',
    language: fn.language === 'typescript' ? 'typescript' : 'javascript',
  }
}

/** A fresh run of `file`: nothing deployed since it started. */
export function liveUpdateFor(file: ScenarioFile): LiveUpdateState {
  const initial = (file.function ?? {}) as Record<string, unknown>
  return {
    initial,
    deployed: functionSource(file),
    sent: [],
    applied: [],
    concurrency: [],
    last: undefined,
  }
}

/** Pairs each update the engine starts (`InProgress`, in request order) with the change that was sent. */
export function noteFunctionEvents(
  state: LiveUpdateState,
  events: readonly SimEvent[],
): LiveUpdateState {
  let next = state
  for (const event of events) {
    if (event.type !== 'functionUpdated') continue
    const { atMs, lastUpdateStatus, changed, version } = event
    next = { ...next, last: { atMs, lastUpdateStatus, changed, version } }
    if (lastUpdateStatus !== 'InProgress' || next.sent.length === 0) continue
    const [change, ...rest] = next.sent
    next = { ...next, sent: rest, applied: [...next.applied, { atMs, change }] }
  }
  return next
}

/**
 * The file that replays this run: the function as the run started, each update as the timed action AWS names
 * (docs/scenario-format.md#actions) at the virtual time it started; one not started yet goes in at `nowMs`.
 * The form's concurrency changes go in as `PutFunctionConcurrency`, at the time each took effect.
 */
export function withFunctionUpdates(
  file: ScenarioFile,
  state: LiveUpdateState,
  nowMs: number,
): ScenarioFile {
  const updates = [...state.applied, ...state.sent.map((change) => ({ atMs: nowMs, change }))]
  const timed = [
    ...updates.map(({ atMs, change }) => actionOf(atMs, change)),
    ...state.concurrency.map(({ atMs, reservedConcurrency }) => ({
      atMs,
      PutFunctionConcurrency: { ReservedConcurrentExecutions: reservedConcurrency },
    })),
  ].sort((a, b) => a.atMs - b.atMs)
  if (timed.length === 0) return file
  const actions = Array.isArray(file.actions) ? (file.actions as unknown[]) : []
  const current = (file.function ?? {}) as Record<string, unknown>
  const initial = state.initial
  const fn = { ...current }
  // Only what the actions change goes back to its start: a concurrency change keeps an undeployed code edit.
  const keys = [
    ...(updates.length > 0 ? ['code', 'language', 'Timeout', 'MemorySize'] : []),
    ...(state.concurrency.length > 0 ? ['ReservedConcurrentExecutions'] : []),
  ]
  for (const key of keys) {
    if (initial[key] === undefined) delete fn[key]
    else fn[key] = initial[key]
  }
  return {
    ...file,
    function: fn,
    actions: [...actions, ...timed],
  }
}

function actionOf(
  atMs: number,
  change: FunctionChange,
): { atMs: number } & Record<string, unknown> {
  const { code, language, timeoutMs, memorySizeMb } = change
  if (code !== undefined || language !== undefined)
    return { atMs, UpdateFunctionCode: defined({ code, language }) }
  // The file writes seconds (function.Timeout), the engine milliseconds.
  const Timeout = timeoutMs === undefined ? undefined : timeoutMs / 1000
  return { atMs, UpdateFunctionConfiguration: defined({ Timeout, MemorySize: memorySizeMb }) }
}

/** Without the keys that are undefined: the file says only what the update names. */
function defined(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined))
}
