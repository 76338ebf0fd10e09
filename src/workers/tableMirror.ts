/**
 * A copy of the simulated table, kept in step with the engine by replaying each write the engine reports
 * as applied (`recordWritten`). The engine does not expose its table; the mirror gives the item grid its
 * rows and each record its images, with the engine's own table code, so both agree by construction.
 */
import { createTable } from '../engine'
import type { Item, NormalizedScenario, WriteRequest } from '../engine'
import type { RecordView, TableChange, TableRow } from '../protocol/simProtocol'

export interface TableMirror {
  rows(): TableRow[]
  /** Replays a write that made record `recordIndex`; returns the record as the UI sees it. */
  replayWrite(write: WriteRequest, base: RecordBase): RecordView | undefined
  /** Replays the next TTL delete at `epochMs` (the engine deletes expired items in the same order). */
  replayTtlDelete(epochMs: number, base: RecordBase): RecordView | undefined
  /** Changes since the last call. */
  takeChanges(): TableChange[]
}

type RecordBase = Pick<RecordView, 'index' | 'shard' | 'atMs' | 'writeIndex'>

export function createTableMirror(scenario: NormalizedScenario): TableMirror {
  const { keySchema, ttlAttribute, streamViewType } = scenario.table
  const table = createTable({ keySchema, ttlAttribute }, scenario.table.items)
  let changes = new Map<string, Item | null>()
  const idOf = (item: Item) => JSON.stringify(table.keyOf(item))
  const withNew = streamViewType === 'NEW_IMAGE' || streamViewType === 'NEW_AND_OLD_IMAGES'
  const withOld = streamViewType === 'OLD_IMAGE' || streamViewType === 'NEW_AND_OLD_IMAGES'

  function view(
    base: RecordBase,
    oldItem: Item | undefined,
    newItem: Item | undefined,
  ): RecordView {
    const item = (newItem ?? oldItem) as Item
    changes.set(idOf(item), newItem ?? null)
    return {
      ...base,
      eventName: oldItem === undefined ? 'INSERT' : newItem === undefined ? 'REMOVE' : 'MODIFY',
      keys: table.keyOf(item),
      newImage: withNew ? newItem : undefined,
      oldImage: withOld ? oldItem : undefined,
    }
  }

  return {
    rows: () => table.items().map((item) => ({ id: idOf(item), item })),
    replayWrite(write, base) {
      const outcome = table.applyWrite(write)
      if (!outcome.ok || !outcome.changed) return undefined
      return view(base, outcome.oldItem, outcome.newItem)
    },
    replayTtlDelete(epochMs, base) {
      const key = table.expiredKeys(epochMs)[0]
      if (key === undefined) return undefined
      const oldItem = table.deleteByTtl(key)
      return oldItem === undefined ? undefined : view(base, oldItem, undefined)
    },
    takeChanges() {
      const out = [...changes].map(([id, item]) => ({ id, item }))
      changes = new Map()
      return out
    },
  }
}
