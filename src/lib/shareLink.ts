/**
 * Share links (docs/scenario-format.md §5): `#s=` + base64url(raw DEFLATE(UTF-8 JSON)), no `=` padding.
 * Pure: no DOM, no store. Links are built by other tools too, so decoding is lenient where that is
 * harmless (`%`-escapes, standard base64 `+/` and padding) and strict where it is not.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate'
import { boundText } from './boundText'

/** Chat apps and issue trackers cut longer links (Discord at 2,000 characters): Share warns above it. */
export const LINK_LIMIT = 2000

/** The key of today's codec. A future codec gets a new key (`s2`); `s` links must open forever. */
export const SHARE_KEY = 's'

/**
 * The most a link may inflate to: 32 MiB. A scenario of 100,000 writes is about 12.6 MB of compact
 * JSON (the app's links are compact), so this leaves room, and a deflate bomb stops here, early.
 */
export const MAX_INFLATED_BYTES = 32 * 1024 * 1024
/** Input is fed to the inflater in slices this big, so one step never outputs much past the limit. */
const INFLATE_SLICE = 4096

export type DecodeStage = 'decode' | 'inflate' | 'parse'
export type ShareStage = DecodeStage | 'validate'

export type DecodedShare =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly stage: DecodeStage; readonly message: string }

/** What a location hash holds, as far as sharing goes. */
export type ShareHash =
  | { readonly kind: 'none' }
  | { readonly kind: 'current'; readonly payload: string }
  | { readonly kind: 'newer'; readonly key: string }

/** The `#s=…` fragment for a scenario (everything is kept: the file is what the user would export). */
export function encodeShareHash(scenario: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 })
  return `#${SHARE_KEY}=${toBase64Url(bytes)}`
}

/** Finds a share key in a hash; `s2=`, `s3=`… are codecs of a newer playground than this one. */
export function readShareHash(hash: string): ShareHash {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash
  const match = /^(s\d*)=/.exec(fragment)
  if (match === null) return { kind: 'none' }
  const key = match[1]
  if (key !== SHARE_KEY) return { kind: 'newer', key }
  return { kind: 'current', payload: fragment.slice(match[0].length) }
}

/** decode(hash): a `#s=…` hash (the `#` optional) to the scenario's JSON value. */
export function decodeShareHash(hash: string): DecodedShare {
  const found = readShareHash(hash)
  if (found.kind === 'current') return decodeSharePayload(found.payload)
  return { ok: false, stage: 'decode', message: 'The link has no #s= data.' }
}

/** Turns a share payload (the text after `#s=`) back into the scenario's JSON value. */
export function decodeSharePayload(payload: string): DecodedShare {
  const bytes = fromBase64Url(unescapePercent(payload))
  if (typeof bytes === 'string') return { ok: false, stage: 'decode', message: bytes }
  const inflated = inflateBounded(bytes)
  if (typeof inflated === 'string') return { ok: false, stage: 'inflate', message: inflated }
  // A link deflated from a file saved with a byte-order mark opens like that file does (the decoder drops it).
  const utf8 = hasBom(inflated) ? inflated.subarray(3) : inflated
  const text = strFromU8(utf8)
  // Bad UTF-8 decodes to U+FFFD and would not encode back to the same bytes: such a stream was
  // not made from a scenario. (src/lib has no DOM types, so no fatal TextDecoder here.)
  if (!sameBytes(strToU8(text), utf8))
    return { ok: false, stage: 'parse', message: "The link's scenario is not UTF-8 text." }
  try {
    return { ok: true, json: JSON.parse(text) as unknown }
  } catch (error) {
    return {
      ok: false,
      stage: 'parse',
      message: `The link's scenario is not valid JSON (${reasonOf(error)}).`,
    }
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

/** The inflated bytes, or why not (as a string): stops as soon as the output passes the limit. */
function inflateBounded(bytes: Uint8Array): Uint8Array | string {
  const chunks: Uint8Array[] = []
  let size = 0
  let ended = false
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length
    if (size <= MAX_INFLATED_BYTES) chunks.push(chunk)
    if (final) ended = true
  })
  try {
    for (let at = 0; at < bytes.length && size <= MAX_INFLATED_BYTES; at += INFLATE_SLICE) {
      const end = Math.min(at + INFLATE_SLICE, bytes.length)
      inflater.push(bytes.subarray(at, end), end === bytes.length)
    }
  } catch (error) {
    return `The link's data is not a raw DEFLATE stream (${reasonOf(error)}).`
  }
  if (size > MAX_INFLATED_BYTES)
    return `The link's data inflates to more than ${MAX_INFLATED_LABEL}, the most a link may hold.`
  if (!ended) return "The link's data is not a raw DEFLATE stream (unexpected EOF)."
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

const MAX_INFLATED_LABEL = `${MAX_INFLATED_BYTES / 1024 / 1024} MiB (${MAX_INFLATED_BYTES.toLocaleString('en-US')} bytes)`

/** Bounded: a parser's message may quote the text it choked on. */
function reasonOf(error: unknown): string {
  return boundText(error instanceof Error ? error.message : String(error))
}

/** Chat apps and some browsers hand the fragment over `%`-encoded; a bad escape is left as is. */
function unescapePercent(payload: string): string {
  if (!payload.includes('%')) return payload
  try {
    return decodeURIComponent(payload)
  } catch {
    return payload
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

// RFC 4648 §5 by hand: src/lib is typed without the DOM, so no btoa/atob.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63]
  }
  return out
}

/** The bytes, or why the text is not base64url (the error message, as a string). */
function fromBase64Url(text: string): Uint8Array | string {
  if (text === '') return 'The link has no data after #s=.'
  // Standard base64 (`+/`, `=` padding) is accepted too: other tools make it, and it is unambiguous.
  const body = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
  const bad = /[^A-Za-z0-9_-]/.exec(body)
  if (bad !== null)
    return `The link's data is not base64url: unexpected character "${bad[0]}" at position ${bad.index + 1}.`
  if (body.length % 4 === 1)
    return `The link's data is not base64url: ${body.length} characters cannot be a whole number of bytes.`
  const bytes = new Uint8Array(Math.floor((body.length * 6) / 8))
  let acc = 0
  let bits = 0
  let at = 0
  for (const char of body) {
    acc = ((acc << 6) | ALPHABET.indexOf(char)) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (acc >> bits) & 0xff
    }
  }
  return bytes
}
