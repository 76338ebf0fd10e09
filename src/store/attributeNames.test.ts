import { describe, expect, it } from 'vitest'
import type { KeySchema } from '../engine'
import { rowIdOf } from '../workers/session'
import { SCENARIO_PRESETS } from '../scenarios'
import { deleteWrite, itemToPlain, parseItemWrite } from './itemWrites'
import type { ScenarioFile } from './scenarioEdit'
import { applyToStartingItems } from './startingItems'

// Attribute names that are also properties of every JavaScript object are data like any other name.
const keySchema: KeySchema = {
  hash: { name: 'constructor', type: 'S' },
  range: { name: '__proto__', type: 'N' },
}
const target = { tableName: 'Orders', keySchema }
const TEXT = '{"constructor": "c", "__proto__": 1, "toString": "t", "valueOf": {"__proto__": true}}'
const ITEM_JSON =
  '{"constructor":{"S":"c"},"__proto__":{"N":"1"},"toString":{"S":"t"},"valueOf":{"M":{"__proto__":{"BOOL":true}}}}'

describe('the item editor and the table keep Object property names as attributes', () => {
  it('plain JSON typed in the editor becomes a PutItem with every attribute, and back to the same plain JSON', () => {
    const parsed = parseItemWrite(TEXT, 'plain', target)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok || parsed.write.op !== 'PutItem') return
    expect(JSON.stringify(parsed.write.request.Item)).toBe(ITEM_JSON)
    expect(JSON.stringify(itemToPlain(parsed.write.request.Item))).toBe(
      '{"constructor":"c","__proto__":1,"toString":"t","valueOf":{"__proto__":true}}',
    )
  })

  it('DynamoDB JSON typed in the editor is taken as it is', () => {
    const parsed = parseItemWrite(ITEM_JSON, 'dynamodb', target)
    expect(parsed.ok && JSON.stringify(parsed.write.request)).toBe(`{"Item":${ITEM_JSON}}`)
  })

  it('a missing key attribute named constructor is reported missing, not mistyped', () => {
    expect(parseItemWrite('{"__proto__": 1}', 'plain', target)).toEqual({
      ok: false,
      errors: [
        'ValidationException: One or more parameter values were invalid: Missing the key constructor in the item',
      ],
    })
  })

  it('row ids and Delete keys carry both key attributes', () => {
    const item = JSON.parse(ITEM_JSON) as Parameters<typeof rowIdOf>[1]
    expect(rowIdOf(keySchema, item)).toBe('{"constructor":{"S":"c"},"__proto__":{"N":"1"}}')
    expect(JSON.stringify(deleteWrite(keySchema, item))).toBe(
      '{"op":"DeleteItem","request":{"Key":{"constructor":{"S":"c"},"__proto__":{"N":"1"}}}}',
    )
  })

  it('an edit before the run keeps a __proto__ attribute in table.Items', () => {
    const preset = SCENARIO_PRESETS['poison-pill'] as ScenarioFile
    const item = JSON.parse('{"pk":{"S":"order-1"},"__proto__":{"S":"kept"}}') as Parameters<
      typeof rowIdOf
    >[1]
    const next = applyToStartingItems(preset, { op: 'PutItem', request: { Item: item } })
    const items = (next?.table as { Items: unknown[] }).Items
    expect(JSON.stringify(items[0])).toBe('{"pk":{"S":"order-1"},"__proto__":{"S":"kept"}}')
  })
})
