import type { StateCreator } from 'zustand'
import type { TrafficSettings } from '../../protocol/simProtocol'
import type { Runtime } from '../../runtime/types'
import type { AppState } from '../appState'
import type { WriteRequest } from '../../engine'
import { deleteWrite, itemToPlain, parseItemWrite, textInFormat } from '../itemWrites'
import type { ItemFormat } from '../itemWrites'
import type { UserWrite } from '../scenarioFiles'
import { applyToStartingItems } from '../startingItems'
import { isPristine } from './scenarioSlice'

export interface ItemEditorState {
  /** The row being edited, or undefined for a new item. */
  readonly rowId: string | undefined
  readonly format: ItemFormat
  readonly text: string
  readonly errors: readonly string[]
}

export interface TableSlice {
  table: {
    editor: ItemEditorState | undefined
    /**
     * The last write the user made: its request id's result shows which record it produced. A write
     * made before the run changed the starting table instead (`startingTable`), which makes no record.
     */
    lastWrite: { requestId: number; label: string; startingTable?: boolean } | undefined
    traffic: TrafficSettings
    trafficOn: boolean
    /**
     * The user's item edits made during the run: timed writes that count as edits, and Export keeps
     * them. Edits made before the run go into the file's `table.Items` instead.
     */
    userWrites: readonly UserWrite[]
  }
  openItemEditor: (rowId?: string) => void
  closeItemEditor: () => void
  setItemText: (text: string) => void
  setItemFormat: (format: ItemFormat) => void
  /** Writes the editor's item (PutItem) at the current virtual time, or into the starting table. */
  saveItem: () => void
  /** Deletes a row (DeleteItem) at the current virtual time, or from the starting table. */
  deleteItem: (rowId: string) => void
  setTrafficSettings: (settings: Partial<TrafficSettings>) => void
  /** Starts or stops the traffic generator at the current virtual time. */
  toggleTraffic: () => void
}

export const DEFAULT_TRAFFIC: TrafficSettings = {
  itemsPerSecond: 10,
  keySpace: 1000,
  hotKeyShare: 0.2,
  updateShare: 0.3,
  deleteShare: 0.05,
  seed: 1,
}

export function createTableSlice(runtime: Runtime): StateCreator<AppState, [], [], TableSlice> {
  return (set, get) => {
    let nextRequestId = 1
    const textOf = (rowId: string | undefined, format: ItemFormat) => {
      const item = rowId === undefined ? undefined : get().sim.table.items.get(rowId)
      if (item === undefined) {
        const key = get().sim.info?.keySchema.hash.name ?? 'pk'
        return format === 'plain'
          ? `{\n  "${key}": "new-item"\n}`
          : `{\n  "${key}": { "S": "new-item" }\n}`
      }
      return JSON.stringify(format === 'plain' ? itemToPlain(item) : item, null, 2)
    }
    const setTable = (table: Partial<TableSlice['table']>) =>
      set({ table: { ...get().table, ...table } })
    /** Before the run an item edit changes the starting table; during it, it is a timed write. */
    function write(request: WriteRequest): void {
      const requestId = nextRequestId++
      const state = get()
      const file = isPristine(state)
        ? applyToStartingItems(state.scenario.file, request)
        : undefined
      if (file !== undefined) {
        state.restartWith(file)
        setTable({ lastWrite: { requestId, label: request.op, startingTable: true } })
        return
      }
      runtime.write(requestId, request)
      setTable({
        editor: undefined,
        lastWrite: { requestId, label: request.op },
        userWrites: [...get().table.userWrites, { requestId, write: request }],
      })
    }
    return {
      table: {
        editor: undefined,
        lastWrite: undefined,
        traffic: DEFAULT_TRAFFIC,
        trafficOn: false,
        userWrites: [],
      },
      openItemEditor(rowId) {
        const format = get().table.editor?.format ?? 'plain'
        // A new write begins: the last one's status would sit beside this one's errors.
        setTable({
          editor: { rowId, format, text: textOf(rowId, format), errors: [] },
          lastWrite: undefined,
        })
      },
      closeItemEditor: () => setTable({ editor: undefined }),
      setItemText(text) {
        const editor = get().table.editor
        if (editor) setTable({ editor: { ...editor, text, errors: [] } })
      },
      setItemFormat(format) {
        const { editor } = get().table
        const info = get().sim.info
        if (editor === undefined || editor.format === format) return
        // Typed text is kept (converted when it is an item of the old format): switching loses no work.
        const untouched = editor.text === textOf(editor.rowId, editor.format)
        const text = untouched
          ? textOf(editor.rowId, format)
          : info === undefined
            ? editor.text
            : textInFormat(editor.text, editor.format, format, info)
        setTable({ editor: { ...editor, format, text, errors: [] } })
      },
      saveItem() {
        const { editor } = get().table
        const info = get().sim.info
        if (editor === undefined || info === undefined) return
        const parsed = parseItemWrite(editor.text, editor.format, info)
        if (!parsed.ok) {
          setTable({ editor: { ...editor, errors: parsed.errors } })
          return
        }
        write(parsed.write)
      },
      deleteItem(rowId) {
        const info = get().sim.info
        const item = get().sim.table.items.get(rowId)
        if (info === undefined || item === undefined) return
        write(deleteWrite(info.keySchema, item))
      },
      setTrafficSettings(settings) {
        const traffic = { ...get().table.traffic, ...settings }
        setTable({ traffic })
        if (get().table.trafficOn) runtime.setTraffic(traffic)
      },
      toggleTraffic() {
        const on = !get().table.trafficOn
        runtime.setTraffic(on ? get().table.traffic : null)
        setTable({ trafficOn: on })
      },
    }
  }
}
