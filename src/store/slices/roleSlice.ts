import type { StateCreator } from 'zustand'
import type { RoleAction, SimEvent } from '../../engine'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import { noteRoleEvents, removedActions, roleUpdatesFor, withRoleAction } from '../roleEdit'
import type { RoleUpdateState } from '../roleEdit'
import { validateFile } from '../scenarioEdit'
import { isPristine } from './scenarioSlice'

export interface RoleSlice {
  role: RoleUpdateState
  /**
   * Grants or removes one action of the execution role (docs/semantics.md D17). Before the run starts the run
   * reloads with it (the role CreateEventSourceMapping sees); during the run the engine takes it now.
   */
  setRoleAction: (action: RoleAction, granted: boolean) => void
  /** The journal's `roleChanged` events of one frame. */
  noteRoleUpdates: (events: readonly SimEvent[]) => void
}

export function createRoleSlice(runtime: Runtime): StateCreator<AppState, [], [], RoleSlice> {
  return (set, get) => ({
    role: roleUpdatesFor({}),
    setRoleAction(action, granted) {
      const state = get()
      const file = withRoleAction(state.scenario.file, action, granted)
      if (!validateFile(file).ok) return
      if (isPristine(state)) {
        state.restartWith(file)
        return
      }
      set({ scenario: { ...state.scenario, file } })
      runtime.updateExecutionRole(removedActions(file))
    },
    noteRoleUpdates(events) {
      const role = noteRoleEvents(get().role, events)
      if (role !== get().role) set({ role })
    },
  })
}
