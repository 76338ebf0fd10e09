/**
 * What the console's accepted requests do to the scenario file (docs/semantics.md D16): the settings panel shows
 * the mapping they leave, and Export / Copy link write them as timed actions after the mapping the run started
 * with, so the file replays the run. Pure: the console slice calls these, tests call them without a store.
 */
import type { ScenarioFile } from './scenarioEdit'

/** The members a request names that are not settings of the file's `mapping`. */
const NOT_SETTINGS = new Set(['UUID', 'FunctionName', 'EventSourceArn'])

export interface ConsoleActions {
  /** The load the actions belong to: a new run of a scenario starts without them. */
  readonly loadId: number
  /** The `mapping` section before the first accepted request of this run. */
  readonly initialMapping: Readonly<Record<string, unknown>> | undefined
  /** `{ atMs, <Request>: body }`, in the order accepted. */
  readonly actions: readonly Readonly<Record<string, unknown>>[]
}

export const NO_CONSOLE_ACTIONS: ConsoleActions = {
  loadId: -1,
  initialMapping: undefined,
  actions: [],
}

/** The file with the mapping an accepted request leaves: an update sets its members, a create replaces them. */
export function fileAfter(
  file: ScenarioFile,
  action: Readonly<Record<string, unknown>>,
): ScenarioFile {
  const mapping = (file.mapping ?? {}) as Record<string, unknown>
  const create = action.CreateEventSourceMapping as Record<string, unknown> | undefined
  const update = action.UpdateEventSourceMapping as Record<string, unknown> | undefined
  const body = create ?? update
  if (body === undefined) return file
  const next: Record<string, unknown> = create === undefined ? { ...mapping } : {}
  for (const [key, value] of Object.entries(body)) if (!NOT_SETTINGS.has(key)) next[key] = value
  return { ...file, mapping: next }
}

/** Records an accepted request of the run `loadId` at the virtual time it took effect. */
export function recordAction(
  state: ConsoleActions,
  loadId: number,
  mapping: Readonly<Record<string, unknown>>,
  atMs: number,
  action: Readonly<Record<string, unknown>>,
): ConsoleActions {
  const current = state.loadId === loadId ? state : { ...NO_CONSOLE_ACTIONS, loadId }
  return {
    loadId,
    initialMapping: current.initialMapping ?? mapping,
    actions: [...current.actions, { atMs, ...action }],
  }
}

/** The file that replays this run: the mapping as it started, then the console's requests as timed actions. */
export function withConsoleActions(
  file: ScenarioFile,
  state: ConsoleActions,
  loadId: number,
): ScenarioFile {
  if (state.loadId !== loadId || state.actions.length === 0 || state.initialMapping === undefined)
    return file
  const actions = Array.isArray(file.actions) ? (file.actions as unknown[]) : []
  return { ...file, mapping: state.initialMapping, actions: [...actions, ...state.actions] }
}
