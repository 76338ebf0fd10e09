/**
 * Seeded randomness for the handler's environment: `Math.random` and `crypto.getRandomValues` /
 * `crypto.randomUUID` draw from here, so the same environment seed always gives the same values.
 * Environment-agnostic: no Node or DOM imports.
 */

/** mulberry32: tiny, fast, and good enough for handler code; never used for real secrets. */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SeededCrypto {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T
  randomUUID(): string
}

/** A `crypto` stand-in whose random parts come from the seeded generator. */
export function createSeededCrypto(random: () => number): SeededCrypto {
  function randomByte(): number {
    return Math.floor(random() * 256)
  }
  return {
    getRandomValues<T extends ArrayBufferView | null>(array: T): T {
      if (array === null) return array
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
      for (let i = 0; i < bytes.length; i++) bytes[i] = randomByte()
      return array
    },
    randomUUID(): string {
      const bytes = Array.from({ length: 16 }, randomByte)
      // RFC 4122 version 4 and variant bits, as crypto.randomUUID sets them.
      bytes[6] = (bytes[6] & 0x0f) | 0x40
      bytes[8] = (bytes[8] & 0x3f) | 0x80
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('')
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    },
  }
}
