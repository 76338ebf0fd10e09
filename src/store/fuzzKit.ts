/**
 * What the seeded fuzz tests of the parsers share (docs/semantics.md D19): the bound every refusal keeps, the seeded
 * runner and the hostile inputs (keys, numbers, attribute values, expressions, filter patterns, a stream record).
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { validateScenarioJson } from './scenarioFiles'

const SEED = 20261207
export const RUNS = 600
/** A path (≤ 200 + "… (N characters)") + ": " + a message (≤ 1,000 + the same suffix). */
const MAX_LINE_CHARS = 1300
/** One input, however bad, gives a screenful of lines at most. */
const MAX_LINES = 200

let handled = 0
/** The lines are few and short, and a refusal has at least one, non-empty: each names what is wrong. */
export function expectBounded(lines: readonly string[], ok: boolean): void {
  handled++
  expect(ok || lines.length > 0).toBe(true)
  expect(lines.length).toBeLessThanOrEqual(MAX_LINES)
  for (const line of lines) {
    expect(line.trim()).not.toBe('')
    expect(line.length).toBeLessThanOrEqual(MAX_LINE_CHARS)
  }
}

/** Runs `check` on RUNS seeded inputs; returns how many outcomes it checked. */
export function fuzz<T>(input: fc.Arbitrary<T>, check: (value: T) => void): number {
  const before = handled
  fc.assert(fc.property(input, check), { seed: SEED, numRuns: RUNS })
  return handled - before
}

/** Catches a freeze, not slowness (speed is the benchmarks' job): generous for a loaded 2-core machine. */
const MAX_MS_PER_INPUT = 5000

export function validate(scenario: unknown): void {
  const started = performance.now()
  const parsed = validateScenarioJson(scenario)
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_INPUT)
  expectBounded(parsed.ok ? [] : parsed.errors, parsed.ok)
}

/** A valid base scenario with one section changed; `__proto__` stays a plain key, as JSON.parse makes it. */
export function withKey(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return target
}

export const HUGE = 'h'.repeat(500_000)
export const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'pk',
  'sk',
  'a.b',
  '#n',
  ':v',
  '\u0000',
  'x'.repeat(300),
)
const numberText = fc.oneof(
  fc.constantFrom(
    '1',
    '-0',
    '1e400',
    '1e-131',
    '0.',
    '.5',
    '+1',
    'NaN',
    'Infinity',
    '0x10',
    ' 1',
    '',
  ),
  fc.stringMatching(/^-?\d{1,60}(\.\d{1,60})?(E[+-]?\d{1,4})?$/),
)
/** A DynamoDB attribute value, valid or not: bad type keys, bad numbers, duplicate and empty set members. */
const attributeValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ S: fc.oneof(fc.string(), fc.constant(''), fc.constant(HUGE)) }),
    fc.record({ N: numberText }),
    fc.record({ B: fc.oneof(fc.base64String(), fc.string()) }),
    fc.record({ BOOL: fc.oneof(fc.boolean(), fc.string()) }),
    fc.record({ NULL: fc.oneof(fc.constant(true), fc.constant(false), fc.string()) }),
    fc.record({ SS: fc.array(fc.constantFrom('a', 'a', '', 'b'), { maxLength: 4 }) }),
    fc.record({ NS: fc.array(numberText, { maxLength: 4 }) }),
    fc.record({ BS: fc.array(fc.constantFrom('AA==', 'AA==', '', '!!'), { maxLength: 4 }) }),
    fc.record({ L: fc.array(tie('value'), { maxLength: 3 }) }),
    fc.record({ M: fc.dictionary(nastyKey, tie('value'), { maxKeys: 3 }) }),
    fc.record({ S: fc.string(), N: fc.constant('1') }),
    fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
    fc.jsonValue({ maxDepth: 2 }),
  ),
})).value
export const item = fc.dictionary(nastyKey, attributeValue, { maxKeys: 4 })

/** Expressions from DynamoDB's own tokens, so the parser gets past its first character. */
const expressionToken = fc.constantFrom(
  ...'SET REMOVE ADD DELETE AND OR NOT BETWEEN IN = <> < <= > >= + - ( ) , . [ ] 0 12 #n #x :v :w a b.c size attribute_exists attribute_not_exists attribute_type begins_with contains if_not_exists list_append name status date'.split(
    ' ',
  ),
  '[99999999999999999999]',
  'x'.repeat(300),
  '\u00e9',
  '',
)
export const expression = fc.oneof(
  fc.array(expressionToken, { maxLength: 14 }).map((tokens) => tokens.join(' ')),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1, max: 5000 }).map((n) => `${'('.repeat(n)}a = :v${')'.repeat(n)}`),
  fc.integer({ min: 1, max: 5000 }).map((n) => `a${'.b'.repeat(n)} = :v`),
  fc.integer({ min: 1, max: 5000 }).map((n) => `SET a = :v${' + :v'.repeat(n)}`),
)
export const placeholderNames = fc.dictionary(fc.constantFrom('#n', '#x', 'n', '#'), nastyKey, {
  maxKeys: 3,
})
export const placeholderValues = fc.dictionary(
  fc.constantFrom(':v', ':w', 'v', ':'),
  attributeValue,
  {
    maxKeys: 3,
  },
)

/** Filter patterns: JSON of EventBridge's pattern shapes, valid or not, and text that is not JSON. */
const patternLeaf = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.record({
    numeric: fc.array(fc.oneof(fc.constantFrom('>', '<=', '=', '!'), fc.double()), {
      maxLength: 5,
    }),
  }),
  fc.record({ prefix: fc.oneof(fc.string(), fc.integer()) }),
  fc.record({ suffix: fc.string() }),
  fc.record({ 'anything-but': fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ exists: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ 'equals-ignore-case': fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ wildcard: fc.string() }),
  fc.record({ cidr: fc.string() }),
)
const patternValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(patternLeaf, { maxLength: 4 }),
    fc.dictionary(nastyKey, tie('node'), { maxKeys: 3 }),
    fc.record({ $or: fc.array(tie('node'), { maxLength: 3 }) }),
    patternLeaf,
  ),
})).node
export const patternText = fc.oneof(
  patternValue.map((value) => JSON.stringify({ dynamodb: value })),
  patternValue.map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 10, max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}[1]${'}'.repeat(n)}`),
  fc.integer({ min: 10, max: 20_000 }).map((n) => `{"a":[${'1,'.repeat(n)}1]}`),
)

export const record = {
  eventID: '1',
  eventName: 'INSERT',
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'us-east-1',
  dynamodb: {
    Keys: { pk: { S: 'a' } },
    NewImage: { pk: { S: 'a' }, n: { N: '5' } },
    SequenceNumber: '1',
    SizeBytes: 10,
    StreamViewType: 'NEW_AND_OLD_IMAGES',
  },
}
