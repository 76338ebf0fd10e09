import type { StateCreator } from 'zustand'
import type { FunctionChange, SimEvent } from '../../engine'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import { functionSource, liveUpdateFor, noteFunctionEvents } from '../liveUpdate'
import type { LiveUpdateState } from '../liveUpdate'
import { isPristine } from './scenarioSlice'

export interface LiveUpdateSlice {
  liveUpdate: LiveUpdateState
  /**
   * Deploys the editor's code to the running simulation (UpdateFunctionCode at the current virtual time,
   * docs/semantics.md D15). Before the run starts an edit already reloads the run: nothing to deploy.
   */
  deployHandler: () => void
  /** Sends an update to the running simulation and remembers it for Export. */
  sendFunctionUpdate: (change: FunctionChange) => void
  /** The journal's `functionUpdated` events of one frame. */
  noteFunctionUpdates: (events: readonly SimEvent[]) => void
}

export function createLiveUpdateSlice(
  runtime: Runtime,
): StateCreator<AppState, [], [], LiveUpdateSlice> {
  return (set, get) => ({
    liveUpdate: liveUpdateFor({}),
    deployHandler() {
      const state = get()
      if (isPristine(state)) return
      const source = functionSource(state.scenario.file)
      const { deployed } = state.liveUpdate
      if (source.code === deployed.code && source.language === deployed.language) return
      // UpdateFunctionCode names the language only when it changed, as the file would write it.
      const { code, language } = source
      get().sendFunctionUpdate(language === deployed.language ? { code } : { code, language })
      set({ liveUpdate: { ...get().liveUpdate, deployed: source } })
    },
    sendFunctionUpdate(change) {
      runtime.updateFunction(change)
      const liveUpdate = get().liveUpdate
      set({ liveUpdate: { ...liveUpdate, sent: [...liveUpdate.sent, change] } })
    },
    noteFunctionUpdates(events) {
      if (!events.some((e) => e.type === 'functionUpdated')) return
      set({ liveUpdate: noteFunctionEvents(get().liveUpdate, events) })
    },
  })
}
