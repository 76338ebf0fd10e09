/**
 * Seeded fuzz of share links and scenario files (issue 9): whatever arrives, reading it ends in a
 * scenario or in bounded error lines, never in an exception or a stall.
 */
import fc from 'fast-check'
import { deflateSync, strToU8 } from 'fflate'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { constants, deflateRawSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { baseScenario } from '../engine/testing'
import { decodeSharePayload, encodeShareHash } from '../lib/shareLink'
import { parseScenarioText, validateScenarioJson } from './scenarioFiles'

/** A path (≤ 200 + "… (N characters)") + ": " + a message (≤ 1,000 + the same suffix). */
const MAX_LINE_CHARS = 1300
/** Catches a freeze, not slowness (speed is the benchmarks' job): generous for a loaded 2-core machine. */
const MAX_MS_PER_INPUT = 5000
const SEED = 20261206
/** What the whole fuzz run may leave behind: heap plus ArrayBuffers, after a full collection. */
const MAX_GROWTH_BYTES = 100 * 1024 * 1024
/** A bomb's worth of inflating, before timing anything. */
const WARM_UP_BYTES = 40_000_000

// A full collection on demand, so the growth check measures what is retained, not garbage not yet collected.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void
function retainedBytes(): number {
  collect()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

/** Every line a user could be shown for a link: its decode error or its validation errors. */
function openLink(payload: string): readonly string[] {
  const decoded = decodeSharePayload(payload)
  if (!decoded.ok) return [decoded.message]
  const parsed = validateScenarioJson(decoded.json)
  return parsed.ok ? [] : parsed.errors
}

function openFile(text: string): readonly string[] {
  const parsed = parseScenarioText(text)
  return parsed.ok ? [] : parsed.errors
}

/** Runs one input, asserting it returns in time with bounded lines; counts inputs. */
let handled = 0
function check(open: (input: string) => readonly string[], input: string): void {
  const started = performance.now()
  const lines = open(input)
  const ms = performance.now() - started
  handled++
  expect(ms).toBeLessThan(MAX_MS_PER_INPUT)
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_LINE_CHARS)
}

const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')
const payloadOf = (json: unknown) => encodeShareHash(json).slice('#s='.length)
const deflatedText = (text: string) => toBase64Url(deflateSync(strToU8(text)))

// Big enough to be hostile to rendering, small enough for thousands of runs (50 MB: hostile.test.ts).
const HUGE = 'a'.repeat(200_000)
const deepText = (levels: number, open: string, close: string) =>
  `${open.repeat(levels)}1${close.repeat(levels)}`

/** Hostile values to put anywhere in a scenario, as JSON text (too deep for JSON.stringify). */
const hostileValue = fc.oneof(
  { weight: 1, arbitrary: fc.constant(JSON.stringify(HUGE)) },
  { weight: 2, arbitrary: fc.constant('{"__proto__":1}') },
  {
    weight: 2,
    arbitrary: fc.constant('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}'),
  },
  { weight: 1, arbitrary: fc.integer({ min: 30, max: 2000 }).map((n) => deepText(n, '[', ']')) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 30, max: 2000 }).map((n) => deepText(n, '{"M":{"a":', '}}')),
  },
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
)

const SLOT = '"<hostile>"'

/** A valid scenario with one section, or one field of a section, replaced by a hostile value. */
const hostileScenario = fc
  .tuple(
    fc.constantFrom('name', 'table', 'writes', 'function', 'mapping', '__proto__', 'x'),
    fc.constantFrom(undefined, 'TableName', 'Items', 'FilterCriteria', 'code', '__proto__'),
    hostileValue,
  )
  .map(([section, field, value]) => {
    const scenario = baseScenario()
    const current = scenario[section]
    const slot = JSON.parse(SLOT) as string
    const replaced =
      field !== undefined && typeof current === 'object' && current !== null
        ? { ...current, [field]: slot }
        : slot
    // defineProperty: `__proto__` must be a plain key of the file, as JSON.parse makes it.
    Object.defineProperty(scenario, section, { value: replaced, enumerable: true })
    return JSON.stringify(scenario).replace(SLOT, value)
  })

/** Damage done to a valid text on the way: cut, bit flips, garbage characters. */
function damage(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc
      .array(fc.tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 127 })), {
        minLength: 1,
        maxLength: 5,
      })
      .map((flips) => {
        const chars = [...text]
        for (const [at, bits] of flips)
          chars[at] = String.fromCharCode(chars[at].charCodeAt(0) ^ bits)
        return chars.join('')
      }),
    fc
      .tuple(fc.nat({ max: text.length }), fc.string({ maxLength: 20 }))
      .map(([at, junk]) => text.slice(0, at) + junk + text.slice(at)),
  )
}

const validText = JSON.stringify(baseScenario())
const validPayload = payloadOf(baseScenario())

describe('fuzz: share links and scenario files (seeded)', () => {
  // The first inflate and parse of a run compile the code paths: the 1 s bound is for a warm page.
  let retainedAtStart = 0
  beforeAll(() => {
    openLink(deflatedText(`"${'a'.repeat(WARM_UP_BYTES)}"`))
    openFile(validText)
    retainedAtStart = retainedBytes()
  })

  const params = { seed: SEED, numRuns: 3400 }

  it('deflate bombs, whole, cut and flipped, stop at the limit', () => {
    const before = handled
    // 40 MiB of "a" (the 1 GB bomb has its own test in src/lib/shareLink.test.ts).
    const block = deflateRawSync(Buffer.alloc(1024 * 1024, 'a'), {
      level: 9,
      finishFlush: constants.Z_FULL_FLUSH,
    })
    const bomb = Buffer.concat([...Array<Buffer>(40).fill(block), Buffer.from([3, 0])])
    const damaged = fc.oneof(
      fc.constant(bomb),
      fc.nat({ max: bomb.length }).map((n) => bomb.subarray(0, n)),
      fc.nat({ max: bomb.length - 1 }).map((at) => {
        const copy = Buffer.from(bomb)
        copy[at] ^= 0x55
        return copy
      }),
    )
    fc.assert(
      fc.property(damaged, (bytes) => check(openLink, toBase64Url(bytes))),
      { seed: SEED, numRuns: 4 },
    )
    expect(handled - before).toBe(4)
  })

  it('damaged share links', () => {
    const before = handled
    fc.assert(
      fc.property(damage(validPayload), (p) => check(openLink, p)),
      params,
    )
    expect(handled - before).toBe(params.numRuns)
  })

  it('links to hostile scenarios, and random bytes', () => {
    const before = handled
    const link = fc.oneof(
      hostileScenario.map(deflatedText),
      fc.uint8Array({ maxLength: 200 }).map(toBase64Url),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => toBase64Url(deflateSync(bytes))),
    )
    fc.assert(
      fc.property(link, (p) => check(openLink, p)),
      params,
    )
    expect(handled - before).toBe(params.numRuns)
  })

  it('damaged and hostile scenario files', () => {
    const before = handled
    const file = fc.oneof(
      damage(validText),
      hostileScenario,
      hostileScenario.map((t) => `\uFEFF${t}`),
    )
    fc.assert(
      fc.property(file, (t) => check(openFile, t)),
      params,
    )
    expect(handled - before).toBe(params.numRuns)
  })

  it('deeply nested JSON of any shape', () => {
    const before = handled
    const deep = fc
      .tuple(fc.integer({ min: 100, max: 100_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}']))
      .map(([n, [open, close]]) => deepText(n, open, close))
    fc.assert(
      fc.property(deep, (text) => {
        check(openFile, text)
        check(openLink, deflatedText(text))
      }),
      { seed: SEED, numRuns: 30 },
    )
    expect(handled - before).toBe(2 * 30)
  })

  it('handled at least 10,000 inputs', () => {
    expect(handled).toBeGreaterThanOrEqual(10_000)
  })

  it('kept less than 100 MB of memory after all of them (no leak per input)', () => {
    expect(retainedBytes() - retainedAtStart).toBeLessThan(MAX_GROWTH_BYTES)
  })
})
