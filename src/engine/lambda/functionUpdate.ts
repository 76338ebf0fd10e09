/**
 * UpdateFunctionCode / UpdateFunctionConfiguration while the run goes on (docs/semantics.md D15): the update is
 * `InProgress` for 1 s of virtual time, during which invocations still start on the old code and settings; then it
 * is `Successful` and every invocation that starts afterwards runs the new version in a new execution environment.
 * An invocation already running finishes on the version it started with (its request carries that version).
 */
import { laterBy } from '../clock'
import { Phase } from '../eventQueue'
import type { FunctionSetting } from '../model/events'
import type { FunctionChange, FunctionConfig } from '../model/scenario'
import { emit, type World } from '../world'

/** How long an update stays `InProgress` (D15, our model; the same second as a mapping transition, D13). */
export const FUNCTION_UPDATE_MS = 1000

export interface FunctionState {
  /** The code and settings new invocations start with. */
  config: FunctionConfig
  /** 1 as created; +1 per completed update. */
  version: number
  lastUpdateStatus: 'Successful' | 'InProgress'
  pending: FunctionChange | undefined
  /** Updates requested while one was in progress: applied in order after it (AWS would answer 409). */
  deferred: FunctionChange[]
}

export function createFunctionState(config: FunctionConfig): FunctionState {
  return { config, version: 1, lastUpdateStatus: 'Successful', pending: undefined, deferred: [] }
}

export function changedSettings(change: FunctionChange): FunctionSetting[] {
  const changed: FunctionSetting[] = []
  if (change.code !== undefined || change.language !== undefined) changed.push('code')
  if (change.timeoutMs !== undefined) changed.push('Timeout')
  if (change.memorySizeMb !== undefined) changed.push('MemorySize')
  return changed
}

export function startFunctionUpdate(world: World, change: FunctionChange): void {
  const fn = world.fn
  if (fn.lastUpdateStatus === 'InProgress') {
    fn.deferred.push(change)
    return
  }
  fn.lastUpdateStatus = 'InProgress'
  fn.pending = change
  emit(world, {
    type: 'functionUpdated',
    atMs: world.nowMs,
    lastUpdateStatus: 'InProgress',
    changed: changedSettings(change),
    version: fn.version + 1,
  })
  world.queue.push(laterBy(world.nowMs, FUNCTION_UPDATE_MS), Phase.control, {
    kind: 'functionUpdateEnd',
  })
}

/** The update completes: idle environments of the old version retire, busy ones when their invocation ends. */
export function onFunctionUpdateEnd(world: World): void {
  const fn = world.fn
  const change = fn.pending ?? {}
  fn.config = {
    ...fn.config,
    code: change.code ?? fn.config.code,
    language: change.language ?? fn.config.language,
    timeoutMs: change.timeoutMs ?? fn.config.timeoutMs,
    memorySizeMb: change.memorySizeMb ?? fn.config.memorySizeMb,
  }
  fn.version++
  fn.pending = undefined
  fn.lastUpdateStatus = 'Successful'
  world.envs.renew()
  emit(world, {
    type: 'functionUpdated',
    atMs: world.nowMs,
    lastUpdateStatus: 'Successful',
    changed: changedSettings(change),
    version: fn.version,
  })
  const next = fn.deferred.shift()
  if (next !== undefined) startFunctionUpdate(world, next)
}
