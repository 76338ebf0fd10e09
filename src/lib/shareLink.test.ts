import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { constants, deflateRawSync } from 'node:zlib'
import { decodeShareHash, encodeShareHash, MAX_INFLATED_BYTES, readShareHash } from './shareLink'

const scenario = {
  name: 'Größe 🚀',
  function: { code: 'export const handler = async () => "héllo ✓ 日本"\n' },
  mapping: { BatchSize: 7, StartingPosition: 'TRIM_HORIZON' },
}

/** base64url without padding, made here independently of the module under test. */
function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url')
}

describe('share link encode/decode', () => {
  it('round-trips a scenario with non-ASCII handler code', () => {
    const hash = encodeShareHash(scenario)
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/)
    expect(decodeShareHash(hash)).toEqual({ ok: true, json: scenario })
  })

  it('is raw DEFLATE level 9 in base64url without padding', () => {
    const expected = base64Url(deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 }))
    expect(encodeShareHash(scenario)).toBe(`#s=${expected}`)
  })

  it.each([0, 1, 4, 6])('opens a payload made elsewhere at level %i', (level) => {
    const json = { ...scenario, padding: 'x'.repeat(level * 37) }
    const payload = base64Url(deflateSync(strToU8(JSON.stringify(json)), { level: level as 0 }))
    expect(decodeShareHash(`#s=${payload}`)).toEqual({ ok: true, json })
  })

  it('accepts %-encoded fragments, standard base64 and padding', () => {
    const payload = Buffer.from(deflateSync(strToU8('{"a":"ü?>"}'))).toString('base64')
    expect(decodeShareHash(`#s=${encodeURIComponent(payload)}`)).toEqual({
      ok: true,
      json: { a: 'ü?>' },
    })
    expect(decodeShareHash(`s=${payload}`)).toEqual({ ok: true, json: { a: 'ü?>' } })
  })

  it('reads a link deflated from a file saved with a UTF-8 byte-order mark, as files are read', () => {
    const bytes = deflateSync(strToU8(`\uFEFF${JSON.stringify(scenario)}`), { level: 9 })
    expect(decodeShareHash(`#s=${base64Url(bytes)}`)).toEqual({ ok: true, json: scenario })
  })

  it('tells the current key from a newer one and from no key', () => {
    expect(readShareHash('#s=abc')).toEqual({ kind: 'current', payload: 'abc' })
    expect(readShareHash('#s2=abc')).toEqual({ kind: 'newer', key: 's2' })
    expect(readShareHash('#section')).toEqual({ kind: 'none' })
    expect(readShareHash('')).toEqual({ kind: 'none' })
  })
})

describe('share link failures', () => {
  it('decode: a character outside base64url', () => {
    expect(decodeShareHash('#s=not-base64!!')).toEqual({
      ok: false,
      stage: 'decode',
      message: 'The link\'s data is not base64url: unexpected character "!" at position 11.',
    })
  })

  it('decode: an impossible length, and no data at all', () => {
    expect(decodeShareHash('#s=abcde')).toEqual({
      ok: false,
      stage: 'decode',
      message: "The link's data is not base64url: 5 characters cannot be a whole number of bytes.",
    })
    expect(decodeShareHash('#s=')).toEqual({
      ok: false,
      stage: 'decode',
      message: 'The link has no data after #s=.',
    })
  })

  it('inflate: bytes that are not a DEFLATE stream', () => {
    expect(decodeShareHash(`#s=${base64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))}`)).toEqual({
      ok: false,
      stage: 'inflate',
      message: "The link's data is not a raw DEFLATE stream (invalid block type).",
    })
  })

  it('inflate: a truncated stream', () => {
    const whole = deflateSync(strToU8(JSON.stringify(scenario)))
    expect(decodeShareHash(`#s=${base64Url(whole.subarray(0, 10))}`)).toEqual({
      ok: false,
      stage: 'inflate',
      message: "The link's data is not a raw DEFLATE stream (unexpected EOF).",
    })
  })

  it('parse: text that is not JSON', () => {
    expect(decodeShareHash(`#s=${base64Url(deflateSync(strToU8('{"a":')))}`)).toEqual({
      ok: false,
      stage: 'parse',
      message: "The link's scenario is not valid JSON (Unexpected end of JSON input).",
    })
  })

  it('parse: bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0x22, 0xc3, 0x28, 0x22])
    expect(decodeShareHash(`#s=${base64Url(deflateSync(bytes))}`)).toEqual({
      ok: false,
      stage: 'parse',
      message: "The link's scenario is not UTF-8 text.",
    })
  })

  it('inflate: a 1 GB bomb stops at the 32 MiB limit', () => {
    // 1,024 identical full-flushed blocks of 1 MiB of "a", then an empty final block: 1 GiB inflated.
    const block = deflateRawSync(Buffer.alloc(1024 * 1024, 'a'), {
      level: 9,
      finishFlush: constants.Z_FULL_FLUSH,
    })
    const bomb = Buffer.concat([...Array<Buffer>(1024).fill(block), Buffer.from([3, 0])])
    expect(decodeShareHash(`#s=${base64Url(bomb)}`)).toEqual({
      ok: false,
      stage: 'inflate',
      message:
        "The link's data inflates to more than 32 MiB (33,554,432 bytes), the most a link may hold.",
    })
  })

  it('inflate: exactly the limit is still read', () => {
    const text = `"${'a'.repeat(MAX_INFLATED_BYTES - 2)}"`
    const decoded = decodeShareHash(`#s=${base64Url(deflateSync(strToU8(text)))}`)
    expect(decoded.ok && (decoded.json as string).length).toBe(MAX_INFLATED_BYTES - 2)
  })

  it('a scenario of 100,000 writes fits in a link', () => {
    const writes = Array.from({ length: 100_000 }, (_, i) => ({
      atMs: i * 10,
      PutItem: { Item: { pk: { S: `order-${i}` }, sk: { N: String(i) }, status: { S: 'NEW' } } },
    }))
    const big = { ...scenario, writes }
    expect(decodeShareHash(encodeShareHash(big))).toEqual({ ok: true, json: big })
  })
})
