/**
 * Item edits made before a run (time 0, nothing run yet) change the scenario's starting table
 * (`table.Items`), so the file, the link and the saved work open the table the user saw. Items present
 * before the stream make no records, so this is not a write at time 0. Pure: no React, no runtime.
 */
import { attributeOf } from '../engine'
import type { Item, KeySchema, WriteRequest } from '../engine'
import { validateFile } from './scenarioEdit'
import type { ScenarioFile } from './scenarioEdit'

/**
 * The file with a PutItem (replaces the item with the same key, else appends) or a DeleteItem (removes
 * it) applied to `table.Items`. Undefined when the file is invalid or the write is an UpdateItem.
 */
export function applyToStartingItems(
  file: ScenarioFile,
  write: WriteRequest,
): ScenarioFile | undefined {
  if (write.op === 'UpdateItem') return undefined
  const result = validateFile(file)
  if (!result.ok) return undefined
  const { keySchema, items } = result.scenario.table
  const table = (file.table ?? {}) as Record<string, unknown>
  // A valid file's Items are exactly the normalized items, in the same order.
  const raw = Array.isArray(table.Items) ? [...(table.Items as unknown[])] : []
  const target = keyOf(keySchema, write.op === 'PutItem' ? write.request.Item : write.request.Key)
  const at = items.findIndex((item) => keyOf(keySchema, item) === target)
  if (write.op === 'PutItem') {
    if (at === -1) raw.push(write.request.Item)
    else raw[at] = write.request.Item
  } else if (at !== -1) raw.splice(at, 1)
  return { ...file, table: { ...table, Items: raw } }
}

/** The key attributes of an item or a Key, as one comparable string. */
function keyOf(keySchema: KeySchema, item: Item): string {
  const names = [keySchema.hash.name, keySchema.range?.name].filter((n) => n !== undefined)
  return JSON.stringify(names.map((name) => attributeOf(item, name)))
}
