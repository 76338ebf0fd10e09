import type { StateCreator } from 'zustand'
import type { SimEvent } from '../../engine'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import { completesInvocation, EMPTY_INSPECT, touchesRecord } from '../inspect'
import type { InspectState } from '../inspect'

export interface InspectSlice {
  inspect: InspectState
  /** Opens a record's "Why?": its history is fetched from the sim worker, not kept in every frame. */
  openWhy: (recordIndex: number) => void
  closeWhy: () => void
  /** Opens an invocation's details (event, response or error, log lines), fetched on demand. */
  openInvocation: (invocationId: number) => void
  closeInvocation: () => void
  /** Asks again for what is open when the frame's events changed it (called once per frame). */
  refreshInspect: (events: readonly SimEvent[]) => void
}

export function createInspectSlice(runtime: Runtime): StateCreator<AppState, [], [], InspectSlice> {
  return (set, get) => {
    function fetchWhy(recordIndex: number): void {
      void runtime.explainRecord(recordIndex).then((history) => {
        // A later click (or a new scenario) wins over an answer still on its way.
        if (get().inspect.why?.recordIndex !== recordIndex || history === undefined) return
        set({ inspect: { ...get().inspect, why: { recordIndex, history } } })
      })
    }

    function fetchInvocation(invocationId: number): void {
      void runtime.describeInvocation(invocationId).then((details) => {
        if (get().inspect.invocation?.invocationId !== invocationId) return
        const missing = details === undefined
        set({ inspect: { ...get().inspect, invocation: { invocationId, details, missing } } })
      })
    }

    return {
      inspect: EMPTY_INSPECT,
      openWhy(recordIndex) {
        set({ inspect: { ...get().inspect, why: { recordIndex, history: undefined } } })
        fetchWhy(recordIndex)
      },
      closeWhy: () => set({ inspect: { ...get().inspect, why: undefined } }),
      openInvocation(invocationId) {
        const invocation = { invocationId, details: undefined, missing: false }
        set({ inspect: { ...get().inspect, invocation } })
        fetchInvocation(invocationId)
      },
      closeInvocation: () => set({ inspect: { ...get().inspect, invocation: undefined } }),
      refreshInspect(events) {
        const { why, invocation } = get().inspect
        const { invocations } = get().sim
        if (why && events.some((e) => touchesRecord(e, why.recordIndex, invocations)))
          fetchWhy(why.recordIndex)
        if (
          invocation?.details?.running === true &&
          events.some((e) => completesInvocation(e, invocation.invocationId))
        )
          fetchInvocation(invocation.invocationId)
      },
    }
  }
}
