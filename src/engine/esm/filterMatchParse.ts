/**
 * A tiny JSON reader for filter patterns that keeps each number's source text.
 *
 * Why not JSON.parse: AWS compares numbers in patterns by their text, so `300`, `300.0` and `3.0e2` are three
 * different values (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html). JSON.parse
 * turns all three into 300, and Node 20 has no reviver access to source text. Patterns are at most 4096
 * characters and parsed once per mapping, so a hand-written reader costs nothing at run time.
 */

/** Lambda's limit on a filter pattern's length (FilterCriteria.Filters[].Pattern). */
export const MAX_PATTERN_CHARS = 4096

/** A number literal from a pattern: `raw` is its source text, `value` its numeric value. */
export class PatternNumber {
  constructor(
    readonly raw: string,
    readonly value: number,
  ) {}
}

export type PatternValue = string | boolean | null | PatternNumber | PatternValue[] | PatternObject

/** Null-prototype object, so a key such as `__proto__` or `constructor` is just a key. */
export interface PatternObject {
  [key: string]: PatternValue
}

export function isPatternObject(value: PatternValue | undefined): value is PatternObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PatternNumber)
  )
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// Finds where a string ends; JSON.parse then decodes it and rejects control characters and bad escapes.
const STRING = /"(?:[^"\\]|\\.)*"/y

/** Parses a pattern; throws a SyntaxError on text that is not JSON. Repeated keys: the last one wins. */
export function parsePattern(text: string): PatternValue {
  let at = 0

  function fail(what: string): never {
    throw new SyntaxError(`${what} at position ${at}`)
  }
  function skipSpace(): void {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++
  }
  function expect(char: string): void {
    skipSpace()
    if (text[at] !== char) fail(`expected '${char}'`)
    at++
  }
  function consume<T>(value: T): T {
    at++
    return value
  }
  function readString(): string {
    STRING.lastIndex = at
    const m = STRING.exec(text)
    if (m === null) fail('bad string')
    at += m[0].length
    return JSON.parse(m[0]) as string
  }
  function readValue(): PatternValue {
    skipSpace()
    const c = text[at]
    if (c === '{') {
      at++
      const obj: PatternObject = Object.create(null) as PatternObject
      skipSpace()
      if (text[at] === '}') return consume(obj)
      for (;;) {
        skipSpace()
        const key = readString()
        expect(':')
        obj[key] = readValue()
        skipSpace()
        if (text[at] === '}') return consume(obj)
        expect(',')
      }
    }
    if (c === '[') {
      at++
      const list: PatternValue[] = []
      skipSpace()
      if (text[at] === ']') return consume(list)
      for (;;) {
        list.push(readValue())
        skipSpace()
        if (text[at] === ']') return consume(list)
        expect(',')
      }
    }
    if (c === '"') return readString()
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length
        return value
      }
    }
    NUMBER.lastIndex = at
    const m = NUMBER.exec(text)
    if (m === null) fail('unexpected token')
    at += m[0].length
    return new PatternNumber(m[0], Number(m[0]))
  }

  const value = readValue()
  skipSpace()
  if (at !== text.length) fail('unexpected text after the pattern')
  return value
}
