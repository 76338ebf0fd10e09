/** The sentences a function update is told in: the event log, the notice, later the pipeline (docs/semantics.md D15). */
import type { FunctionSetting } from '../../engine'
import { formatElapsed } from '../../lib/units'

/** One step of an update: the journal's `functionUpdated` event or the store's copy of it. */
export interface FunctionUpdateStep {
  readonly atMs: number
  readonly lastUpdateStatus: 'InProgress' | 'Successful'
  readonly changed: readonly FunctionSetting[]
}

/** `the new code`, `the new Timeout`, `the new code, Timeout and MemorySize`. */
export function newSettingsWords(changed: readonly FunctionSetting[]): string {
  if (changed.length === 0) return 'the same code'
  const names = [...changed]
  const last = names.pop() as string
  return `the new ${names.length === 0 ? last : `${names.join(', ')} and ${last}`}`
}

/** `ended`: the run is over, so no invocation starts again and "invocations that start now" would mislead. */
export function describeFunctionUpdate(step: FunctionUpdateStep, ended = false): string {
  if (step.lastUpdateStatus === 'InProgress' && ended)
    return `Function update in progress since ${formatElapsed(step.atMs)}, after the run's end`
  if (step.lastUpdateStatus === 'InProgress')
    return `Function update in progress since ${formatElapsed(step.atMs)}: invocations that start now still use the old version`
  return `Function updated at ${formatElapsed(step.atMs)}: next invocations use ${newSettingsWords(step.changed)}`
}

/** The event log's line: the log prints the time itself. */
export function functionUpdateLogLine(
  step: FunctionUpdateStep & { readonly version: number },
): string {
  if (step.lastUpdateStatus === 'InProgress')
    return `function update to version ${step.version} in progress: invocations that start now still use the old version`
  return `function updated to version ${step.version}: next invocations use ${newSettingsWords(step.changed)}`
}
