/**
 * The AWS CLI's shorthand syntax for structure parameters, enough for `--destination-config
 * OnFailure={Destination=arn:aws:sqs:…}`: `Key=value,Key2={Nested=value}`, lists in `[a,b]`.
 * Scalars stay strings, as the CLI leaves them for the service's own checks.
 */
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
  function value(stops: string): unknown {
    skipSpace()
    if (text[i] === '{') {
      i++
      const members = struct('}')
      if (text[i] !== '}') expect('}')
      i++
      return members
    }
    if (text[i] === '[') {
      i++
      const items: unknown[] = []
      skipSpace()
      while (text[i] !== ']') {
        items.push(value(',]'))
        skipSpace()
        if (text[i] === ',') i++
        else if (text[i] !== ']') expect(']')
      }
      i++
      return items
    }
    return scalar(stops)
  }
  function struct(end: string): Record<string, unknown> {
    const members: Record<string, unknown> = {}
    for (;;) {
      skipSpace()
      const key = scalar(`=,${end}`)
      if (text[i] !== '=' || key === '') expect('=')
      i++
      members[key] = value(`,${end}`)
      skipSpace()
      if (text[i] !== ',') return members
      i++
    }
  }
  try {
    const members = struct('')
    if (i < text.length) expect('EOF')
    return { ok: true, value: members }
  } catch (error) {
    if (error instanceof ShorthandError) return { ok: false, error: error.message }
    throw error
  }
}
