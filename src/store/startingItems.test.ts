import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '../scenarios'
import type { ScenarioFile } from './scenarioEdit'
import { applyToStartingItems } from './startingItems'

const preset = SCENARIO_PRESETS['poison-pill'] as ScenarioFile
const itemsOf = (file: ScenarioFile | undefined) => (file?.table as { Items: unknown[] }).Items
const order = (pk: string, status: string) => ({ pk: { S: pk }, status: { S: status } })

describe('item edits before the run', () => {
  it('replace the item with the same key, in place', () => {
    const next = applyToStartingItems(preset, {
      op: 'PutItem',
      request: { Item: order('order-2', 'cancelled') },
    })
    expect(itemsOf(next)).toEqual([
      { pk: { S: 'order-1' }, status: { S: 'new' }, total: { N: '42' } },
      order('order-2', 'cancelled'),
      { pk: { S: 'order-3' }, status: { S: 'shipped' }, total: { N: '19' } },
    ])
    // Nothing else changes: the writes still start from this table.
    expect({ ...next, table: undefined }).toEqual({ ...preset, table: undefined })
  })

  it('append a new key and remove a deleted one', () => {
    const added = applyToStartingItems(preset, {
      op: 'PutItem',
      request: { Item: order('order-9', 'new') },
    })
    expect(itemsOf(added).at(-1)).toEqual(order('order-9', 'new'))
    const deleted = applyToStartingItems(preset, {
      op: 'DeleteItem',
      request: { Key: { pk: { S: 'order-1' } } },
    })
    expect(itemsOf(deleted).map((i) => (i as { pk: { S: string } }).pk.S)).toEqual([
      'order-2',
      'order-3',
    ])
  })

  it('match plain-JSON items by their marshalled key', () => {
    const plain = { ...preset, table: { ...(preset.table as object), Items: [{ pk: 'a', n: 1 }] } }
    const next = applyToStartingItems(plain, {
      op: 'PutItem',
      request: { Item: { pk: { S: 'a' }, n: { N: '2' } } },
    })
    expect(itemsOf(next)).toEqual([{ pk: { S: 'a' }, n: { N: '2' } }])
  })

  it('leave UpdateItem and invalid files to the caller', () => {
    const update = {
      op: 'UpdateItem' as const,
      request: { Key: { pk: { S: 'a' } }, UpdateExpression: 'SET n = :n' },
    }
    expect(applyToStartingItems(preset, update)).toBeUndefined()
    expect(
      applyToStartingItems({ name: 'broken' }, { op: 'DeleteItem', request: { Key: {} } }),
    ).toBeUndefined()
  })
})
