/** The sentences a function update is told in: the event log, the notice, later the pipeline (docs/semantics.md D15). */
import type { FunctionSetting, SimEvent } from '../../engine'
import { formatElapsed } from '../../lib/units'

type FunctionUpdated = Extract<SimEvent, { type: 'functionUpdated' }>

/** `the new code`, `the new Timeout`, `the new code, Timeout and MemorySize`. */
export function newSettingsWords(changed: readonly FunctionSetting[]): string {
  if (changed.length === 0) return 'the same code'
  const names = changed.map((c) => c)
  const last = names.pop() as string
  return `the new ${names.length === 0 ? last : `${names.join(', ')} and ${last}`}`
}

export function describeFunctionUpdate(event: FunctionUpdated): string {
  const what = newSettingsWords(event.changed)
  if (event.lastUpdateStatus === 'InProgress')
    return `function update in progress (version ${event.version}): invocations starting now still use the old version`
  return `Function updated at ${formatElapsed(event.atMs)}: next invocations use ${what}`
}
