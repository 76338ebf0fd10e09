/**
 * The execution role as the Execution role tab edits it (docs/semantics.md D17): the file's `executionRole`,
 * the changes made during a run, and how Export writes them as timed actions so the file replays the run.
 * Pure: the role slice calls these, tests call them without a store.
 */
import { ROLE_ACTIONS } from '../engine'
import type { RoleAction, SimEvent } from '../engine'
import type { ScenarioFile } from './scenarioEdit'

/** One change the engine applied during the run, at the virtual time it did. */
export interface RoleChange {
  readonly atMs: number
  readonly removed: readonly RoleAction[]
}

export interface RoleUpdateState {
  /** The file's `executionRole` as the run started (undefined: the key was absent). */
  readonly initial: unknown
  readonly applied: readonly RoleChange[]
}

export function roleUpdatesFor(file: ScenarioFile): RoleUpdateState {
  return { initial: file.executionRole, applied: [] }
}

/** The actions a file's role lacks (none when it names no role or an invalid one: the validator says so). */
export function removedActions(file: ScenarioFile): RoleAction[] {
  const role = file.executionRole as { removed?: unknown } | undefined
  const list = Array.isArray(role?.removed) ? (role.removed as unknown[]) : []
  return ROLE_ACTIONS.filter((action) => list.includes(action))
}

/** The file with `action` granted or removed; a role that lacks nothing leaves no key (the file as it was). */
export function withRoleAction(
  file: ScenarioFile,
  action: RoleAction,
  granted: boolean,
): ScenarioFile {
  const before = removedActions(file)
  const removed = ROLE_ACTIONS.filter((a) => (a === action ? !granted : before.includes(a)))
  const rest = { ...file }
  delete rest.executionRole
  return removed.length === 0 ? rest : { ...rest, executionRole: { removed } }
}

/** The journal's `roleChanged` events made during the run (not the file's own actions). */
export function noteRoleEvents(
  state: RoleUpdateState,
  events: readonly SimEvent[],
): RoleUpdateState {
  const live = events.flatMap((e) =>
    e.type === 'roleChanged' && e.live
      ? [{ atMs: e.atMs, removed: ROLE_ACTIONS.filter((a) => e.removed.includes(a)) }]
      : [],
  )
  return live.length === 0 ? state : { ...state, applied: [...state.applied, ...live] }
}

/** The file that replays the run: the role it started with, then each change as `UpdateExecutionRole`. */
export function withRoleUpdates(file: ScenarioFile, state: RoleUpdateState): ScenarioFile {
  if (state.applied.length === 0) return file
  const rest = { ...file }
  delete rest.executionRole
  const actions = Array.isArray(file.actions) ? (file.actions as unknown[]) : []
  return {
    ...rest,
    ...(state.initial === undefined ? {} : { executionRole: state.initial }),
    actions: [
      ...actions,
      ...state.applied.map(({ atMs, removed }) => ({
        atMs,
        UpdateExecutionRole: { removed },
      })),
    ],
  }
}
