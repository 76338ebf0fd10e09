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
  /** The next 32 bits, as `hex` draws them: `hex(8)` is `hexWord(word())` (a stream record keeps the words). */
  word(this: void): number
  uuid(): string
  /** An independent copy that draws the same sequence from here on (a timeline snapshot). */
  clone(): Rng
  /** The generator's state now: where draws made again later start (stream/recordDraws.ts). */
  state(): readonly number[]
}

// Every stream record draws an eventID: a byte table is several times faster than toString(16) + padStart.
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** `word.toString(16).padStart(8, '0')` for an unsigned 32-bit word. */
export function hexWord(word: number): string {
  return (
    BYTE_HEX[word >>> 24] +
    BYTE_HEX[(word >>> 16) & 0xff] +
    BYTE_HEX[(word >>> 8) & 0xff] +
    BYTE_HEX[word & 0xff]
  )
}

export function createRng(seed: number, stream: string): Rng {
  return rngOf(xoroshiro128plus((seed ^ fnv1a32(stream)) | 0))
}

function rngOf(gen: ReturnType<typeof xoroshiro128plus>): Rng {
  const int = (min: number, max: number): number => uniformInt(gen, min, max)
  const word = (): number => int(-0x80000000, 0x7fffffff) >>> 0
  function hex(length: number): string {
    const words: string[] = []
    for (let size = 0; size < length; size += 8) words.push(hexWord(word()))
    // join makes one flat string; `+=` would keep a chain of rope nodes alive with every stream record's eventID.
    const out = words.join('')
    return out.length === length ? out : out.slice(0, length)
  }
  function uuid(): string {
    const h = hex(32)
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
  }
  return { int, hex, word, uuid, clone: () => rngOf(gen.clone()), state: () => gen.getState() }
}

/** FNV-1a, 32 bit, over the UTF-8 bytes of `text` (docs/semantics.md D8 uses it for shard and lane choice). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5
  // ASCII text (nearly every key) is its own UTF-8: hashed without the per-byte callback.
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80) {
      ascii = false
      break
    }
    hash ^= code
    hash = Math.imul(hash, 0x01000193)
  }
  if (ascii) return hash >>> 0
  hash = 0x811c9dc5
  forEachUtf8Byte(text, (byte) => {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193)
  })
  return hash >>> 0
}
