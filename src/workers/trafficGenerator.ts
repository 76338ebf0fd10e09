/**
 * The traffic generator: N writes per virtual second with random keys, hot keys, updates and deletes.
 * Draws come from a seeded pure-rand generator, so the same settings started at the same virtual time
 * write the same items.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { setAttribute } from '../engine'
import type { AttributeValue, Item, KeySchema, WriteRequest } from '../engine'
import type { TrafficSettings } from '../protocol/simProtocol'

export interface TrafficGenerator {
  /** Virtual time of the next write. */
  nextAtMs(): number
  /** The write due at nextAtMs(); moves on to the one after. */
  take(): WriteRequest
  /** An independent copy that writes the same from here on (the timeline's snapshots). */
  clone(): TrafficGenerator
}

const HOT_KEYS = 3
const PRECISION = 1_000_000

export function createTrafficGenerator(
  settings: TrafficSettings,
  keySchema: KeySchema,
  startMs: number,
  from?: { gen: ReturnType<typeof xoroshiro128plus>; count: number },
): TrafficGenerator {
  const gen = from?.gen.clone() ?? xoroshiro128plus(settings.seed | 0)
  const chance = () => uniformInt(gen, 0, PRECISION - 1) / PRECISION
  const intervalMs = 1000 / Math.max(0.001, settings.itemsPerSecond)
  let count = from?.count ?? 0

  function keyValue(type: 'S' | 'N' | 'B', n: number): AttributeValue {
    if (type === 'N') return { N: String(n) }
    if (type === 'B') return { B: btoa(`key-${n}`) }
    return { S: `key-${n}` }
  }

  function keyOf(n: number): Item {
    const key: Item = { [keySchema.hash.name]: keyValue(keySchema.hash.type, n) }
    if (keySchema.range) setAttribute(key, keySchema.range.name, keyValue(keySchema.range.type, 0))
    return key
  }

  return {
    clone: () => createTrafficGenerator(settings, keySchema, startMs, { gen, count }),
    nextAtMs: () => startMs + Math.ceil(count * intervalMs),
    take() {
      count++
      const hot = chance() < settings.hotKeyShare
      const n = hot
        ? uniformInt(gen, 0, HOT_KEYS - 1)
        : uniformInt(gen, HOT_KEYS, Math.max(HOT_KEYS, settings.keySpace))
      const roll = chance()
      const Key = keyOf(n)
      if (roll < settings.deleteShare) return { op: 'DeleteItem', request: { Key } }
      if (roll < settings.deleteShare + settings.updateShare) {
        return {
          op: 'UpdateItem',
          request: {
            Key,
            UpdateExpression: 'ADD hits :one',
            ExpressionAttributeValues: { ':one': { N: '1' } },
          },
        }
      }
      return {
        op: 'PutItem',
        request: { Item: { ...Key, payload: { N: String(uniformInt(gen, 0, 999_999)) } } },
      }
    },
  }
}
