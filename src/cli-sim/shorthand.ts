/**
 * The AWS CLI's shorthand syntax for structure parameters, enough for `--destination-config
 * OnFailure={Destination=arn:aws:sqs:…}`: `Key=value,Key2={Nested=value}`, lists in `[a,b]`.
 * Scalars stay strings, as the CLI leaves them for the service's own checks.
 */
import { MAX_JSON_DEPTH } from '../lib/jsonDepth'

export type Shorthand =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly error: string }

class ShorthandError extends Error {}

export function parseShorthand(text: string): Shorthand {
  let i = 0
  const expect = (what: string) => {
    const got = i < text.length ? text[i] : 'EOF'
    throw new ShorthandError(`Expected: '${what}', received: '${got}' for input:\n${text}`)
  }
  const skipSpace = () => {
    while (text[i] === ' ') i++
  }
  function scalar(stops: string): string {
    const start = i
    while (i < text.length && !stops.includes(text[i])) i++
    return text.slice(start, i).trim()
  }
  function value(stops: string, depth: number): unknown {
    skipSpace()
    // The CLI's parser recurses in Python, which stops at its recursion limit: so does this one.
    if (depth > MAX_JSON_DEPTH)
      throw new ShorthandError(`maximum recursion depth exceeded for input:\n${text}`)
    if (text[i] === '{') {
      i++
      const members = struct('}', depth)
      if (text[i] !== '}') expect('}')
      i++
      return members
    }
    if (text[i] === '[') {
      i++
      const items: unknown[] = []
      skipSpace()
      while (text[i] !== ']') {
        items.push(value(',]', depth + 1))
        skipSpace()
        if (text[i] === ',') i++
        else if (text[i] !== ']') expect(']')
      }
      i++
      return items
    }
    return scalar(stops)
  }
  function struct(end: string, depth: number): Record<string, unknown> {
    const members: Record<string, unknown> = {}
    for (;;) {
      skipSpace()
      const key = scalar(`=,${end}`)
      if (text[i] !== '=' || key === '') expect('=')
      i++
      // defineProperty: a key such as `__proto__` stays a key, as in the JSON the CLI would send.
      Object.defineProperty(members, key, {
        value: value(`,${end}`, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      })
      skipSpace()
      if (text[i] !== ',') return members
      i++
    }
  }
  try {
    const members = struct('', 0)
    if (i < text.length) expect('EOF')
    return { ok: true, value: members }
  } catch (error) {
    if (error instanceof ShorthandError) return { ok: false, error: error.message }
    throw error
  }
}
