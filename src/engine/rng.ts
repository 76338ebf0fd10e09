import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { forEachUtf8Byte } from '../lib/utf8'

/**
 * The engine's only source of randomness: seeded, and split into named sub-streams so that a new kind of draw
 * (say, S3 key UUIDs) does not shift every other id of an existing scenario.
 */
export interface Rng {
  int(min: number, max: number): number
  hex(length: number): string
  uuid(): string
}

export function createRng(seed: number, stream: string): Rng {
  const gen = xoroshiro128plus((seed ^ fnv1a32(stream)) | 0)
  const int = (min: number, max: number): number => uniformInt(gen, min, max)
  function hex(length: number): string {
    let out = ''
    while (out.length < length) out += (int(-0x80000000, 0x7fffffff) >>> 0).toString(16).padStart(8, '0')
    return out.slice(0, length)
  }
  function uuid(): string {
    const h = hex(32)
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
  }
  return { int, hex, uuid }
}

/** FNV-1a, 32 bit, over the UTF-8 bytes of `text` (SEMANTICS.md D8 uses it for shard and lane choice). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5
  forEachUtf8Byte(text, (byte) => {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193)
  })
  return hash >>> 0
}
