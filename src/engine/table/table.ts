import type {
  AttributeValue,
  Item,
  KeyAttributeType,
  KeySchema,
  WriteOutcome,
  WriteRequest,
} from '../model/dynamo'
import { evaluateCondition } from './conditionEval'
import { applyUpdate } from './updateApply'
import { canonicalNumber } from './decimal'
import { checkItem, keyAttributes, prepareWrite, type PreparedWrite } from './validation'
import { isStoredForm, itemsEqual, storedItem, storedValue } from './values'
import { attributeOf, setAttribute } from './attributeMap'
import { Rows } from './rows'

export interface TableConfig {
  keySchema: KeySchema
  ttlAttribute?: string
  /**
   * Makes again the item of a write applied with its `writeIndex` (applyWrite): the table then keeps the index
   * instead of the item (issue 13: a run's million repetitions of one template). Unused on a table with a TTL
   * attribute, whose sweeps read every item.
   */
  itemOfWrite?: (writeIndex: number) => Item | undefined
  /** How many items the table may come to hold (a scenario's items and writes): room made up front. */
  expectedItems?: number
}

export interface ApplyOptions {
  /**
   * The write already passed `checkWrite` against this table's key schema and belongs to a validated scenario,
   * which is read-only (the validator marks such writes). DynamoDB's static checks are then not run a second
   * time (expressions are still parsed), and the table may keep the write's item instead of a copy. Leave it
   * unset for anything else, such as a write typed in at run time.
   */
  readonly checked?: boolean
  /**
   * With `checked`: the PutItem's Item is in stored form (`isStoredForm`), as every repetition of its series is
   * (scenario/writeSchedule.ts): not looked at again per write.
   */
  readonly storedForm?: boolean
}

export interface Table {
  /**
   * Applies a write; mutates the table only on success. The outcome's items are read-only snapshots, shared with
   * the table and with earlier outcomes (the table never changes an item in place, it replaces it): one copy
   * per write instead of three, which matters for runs of a million records. `writeIndex`: a PutItem's index in
   * the scenario, when `TableConfig.itemOfWrite` makes its item again from it (apart from the options, which are
   * then one object for every write of a run).
   */
  applyWrite(write: WriteRequest, options?: ApplyOptions, writeIndex?: number): WriteOutcome
  get(key: Item): Item | undefined
  /** Key attributes of an item in schema order (hash, then range). */
  keyOf(item: Item): Item
  /** Items in the insertion order of their keys (an overwrite keeps the original position). */
  items(): Item[]
  readonly size: number
  /**
   * TTL: items whose TTL attribute is a Number with value*1000 <= nowEpochMs, ordered by (TTL value,
   * insertion order). Non-Number TTL attributes, and TTL values more than 5 years before nowEpochMs,
   * are ignored (DynamoDB's rule).
   */
  expiredKeys(nowEpochMs: number): Item[]
  /**
   * Smallest value*1000 among items with a valid TTL attribute, or undefined. Given nowEpochMs, values
   * more than 5 years before it are left out, since DynamoDB will never expire those items.
   */
  nextTtlEpochMs(nowEpochMs?: number): number | undefined
  /** Deletes by TTL, returns the old item (undefined when absent). */
  deleteByTtl(key: Item): Item | undefined
  /** An independent copy (a timeline snapshot): items are never changed in place, so they are shared. */
  clone(): Table
}

/** A key attribute's text when it has the schema's type (numbers canonical), else undefined. */
function keyText(value: AttributeValue | undefined, type: KeyAttributeType): string | undefined {
  if (value === undefined) return undefined
  if (type === 'S') return 'S' in value ? value.S : undefined
  if (type === 'N') return 'N' in value ? canonicalNumber(value.N) : undefined
  return 'B' in value ? value.B : undefined
}

// DynamoDB ignores TTL timestamps older than five years; leap days are not counted (our choice).
const FIVE_YEARS_MS = 5 * 365 * 24 * 60 * 60 * 1000

const CONDITION_FAILED: WriteOutcome = {
  ok: false,
  error: { code: 'ConditionalCheckFailedException', message: 'The conditional request failed' },
}

/** Whether the write has an expression to parse; a checked write without one needs no preparation. */
function hasExpression(write: WriteRequest): boolean {
  if (write.request.ConditionExpression !== undefined) return true
  return write.op === 'UpdateItem' && write.request.UpdateExpression !== undefined
}

/** What the table keeps per key: the item, or the index of the write whose item it is (TableConfig.itemOfWrite). */
type Row = Item | number

export function createTable(
  config: TableConfig,
  initialItems: readonly Item[],
  copiedRows?: Rows<Row>,
): Table {
  const schema = config.keySchema
  const rows =
    copiedRows ??
    Rows.withRoom<Row>((row) => rowId(itemOf(row)) as string, config.expectedItems ?? 0)
  const itemOfWrite = config.ttlAttribute === undefined ? config.itemOfWrite : undefined

  /** The row's item, made again when the row holds a write index. */
  function itemOf(row: Row): Item
  function itemOf(row: Row | undefined): Item | undefined
  function itemOf(row: Row | undefined): Item | undefined {
    if (typeof row !== 'number') return row
    const item = itemOfWrite?.(row)
    if (item === undefined)
      throw new Error(`Internal error: write ${row} has no item to make again`)
    return item
  }
  const hashName = schema.hash.name

  function keyOf(item: Item): Item {
    const key: Item = {}
    for (const attribute of keyAttributes(schema))
      setAttribute(
        key,
        attribute.name,
        storedValue(attributeOf(item, attribute.name) as AttributeValue),
      )
    return key
  }

  const range = schema.range
  const hashType = schema.hash.type

  /**
   * A row's id is its key's text: the schema fixes each key attribute's type, so no type letter is needed.
   * Numbers are canonical, so "1.0" and "1" address the same item. Undefined for a key the schema does not match.
   */
  function rowId(item: Item): string | undefined {
    const hashText = keyText(attributeOf(item, hashName), hashType)
    if (range === undefined || hashText === undefined) return hashText
    const rangeText = keyText(attributeOf(item, range.name), range.type)
    // The hash text's length says where it ends, whatever characters the texts hold.
    return rangeText === undefined ? undefined : `${hashText.length}:${hashText}${rangeText}`
  }

  function ttlMs(item: Item): number | undefined {
    const value =
      config.ttlAttribute === undefined ? undefined : attributeOf(item, config.ttlAttribute)
    return value !== undefined && 'N' in value ? Number(value.N) * 1000 : undefined
  }

  function rowOf(key: Item): Item | undefined {
    const id = rowId(key)
    return id === undefined ? undefined : itemOf(rows.get(id))
  }

  function copy(item: Item | undefined): Item | undefined {
    return item === undefined ? undefined : storedItem(item)
  }

  for (const item of initialItems) {
    const problems = checkItem(item, schema)
    if (problems.length > 0) throw new Error(`invalid table item: ${problems[0]}`)
    rows.set(rowId(item) as string, storedItem(item))
  }

  function applyWrite(
    write: WriteRequest,
    options?: ApplyOptions,
    writeIndex?: number,
  ): WriteOutcome {
    let prepared: PreparedWrite | undefined
    if (options?.checked !== true || hasExpression(write)) {
      const result = prepareWrite(write, schema)
      if (!result.ok) {
        return { ok: false, error: { code: 'ValidationException', message: result.errors[0] } }
      }
      prepared = result.write
    }
    const condition = prepared?.condition
    const update = prepared?.update
    const placeholders = prepared?.placeholders
    const target = write.op === 'PutItem' ? write.request.Item : write.request.Key
    // The write's key matches the schema (prepareWrite or the validator checked it).
    const id = rowId(target) as string
    const oldItem = itemOf(rows.get(id))
    if (
      condition !== undefined &&
      placeholders !== undefined &&
      !evaluateCondition(condition.tree, oldItem ?? {}, placeholders)
    ) {
      return CONDITION_FAILED
    }
    let newItem: Item | undefined
    if (write.op === 'DeleteItem') {
      rows.delete(id)
    } else if (write.op === 'PutItem') {
      const item = write.request.Item
      // A checked write belongs to a validated scenario, which nobody changes: its item is kept as it is when
      // the copy would be identical, saving a copy per write on big runs.
      const stored =
        options?.checked === true && (options.storedForm === true || isStoredForm(item))
      newItem = stored ? item : storedItem(item)
    } else if (update === undefined || placeholders === undefined) {
      newItem = oldItem ?? keyOf(write.request.Key)
    } else {
      const result = applyUpdate(update, oldItem, keyOf(write.request.Key), placeholders)
      if (!result.ok)
        return { ok: false, error: { code: 'ValidationException', message: result.message } }
      newItem = result.item
    }
    const changed = !itemsEqual(oldItem, newItem)
    // Map.set on an existing key keeps its position: an overwrite stays where the item was.
    if (newItem !== undefined && changed)
      rows.set(id, keepsIndex(write, newItem, writeIndex) ? (writeIndex as number) : newItem)
    return { ok: true, oldItem, newItem, changed }
  }

  /** Whether the row may hold the write's index: the table kept the write's own item, which can be made again. */
  function keepsIndex(write: WriteRequest, newItem: Item, writeIndex: number | undefined) {
    return (
      itemOfWrite !== undefined &&
      writeIndex !== undefined &&
      write.op === 'PutItem' &&
      newItem === write.request.Item
    )
  }

  function expiredKeys(nowEpochMs: number): Item[] {
    const expired: { key: Item; ttl: number; order: number }[] = []
    let order = 0
    for (const row of rows.values()) {
      const item = itemOf(row)
      const ttl = ttlMs(item)
      if (ttl !== undefined && ttl <= nowEpochMs && ttl >= nowEpochMs - FIVE_YEARS_MS) {
        expired.push({ key: keyOf(item), ttl, order })
      }
      order++
    }
    expired.sort((a, b) => a.ttl - b.ttl || a.order - b.order)
    return expired.map((entry) => entry.key)
  }

  function nextTtlEpochMs(nowEpochMs?: number): number | undefined {
    let next: number | undefined
    for (const row of rows.values()) {
      const item = itemOf(row)
      const ttl = ttlMs(item)
      if (ttl === undefined) continue
      if (nowEpochMs !== undefined && ttl < nowEpochMs - FIVE_YEARS_MS) continue
      if (next === undefined || ttl < next) next = ttl
    }
    return next
  }

  return {
    applyWrite,
    get: (key) => copy(rowOf(key)),
    keyOf,
    items: () => [...rows.values()].map((row) => storedItem(itemOf(row))),
    get size() {
      return rows.size
    },
    expiredKeys,
    nextTtlEpochMs,
    deleteByTtl(key) {
      const id = rowId(key)
      if (id === undefined) return undefined
      const old = itemOf(rows.get(id))
      rows.delete(id)
      return copy(old)
    },
    clone: () => createTable(config, [], rows.clone()),
  }
}
