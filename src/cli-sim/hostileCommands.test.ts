// Console input from anywhere (docs/semantics.md D19): a parameter nested past Python's recursion limit is the
// CLI's error, not a stack overflow of the page; a `__proto__` key in shorthand stays a key.
import { describe, expect, it } from 'vitest'
import { parseCommand } from './parseCommand'
import { pastedSettings } from './pasteSettings'
import { parseShorthand } from './shorthand'

const UPDATE = 'aws lambda update-event-source-mapping --uuid u'
const deep = (open: string, close: string, levels: number) =>
  `${open.repeat(levels)}${close.repeat(levels)}`

describe('hostile console input (D19)', () => {
  it('D19: JSON nested 50,000 levels is refused as Python refuses it', () => {
    const json = deep('[', ']', 50_000)
    expect(parseCommand(`${UPDATE} --filter-criteria '${json}'`)).toEqual({
      kind: 'cliError',
      text: `\nError parsing parameter '--filter-criteria': Invalid JSON: maximum recursion depth exceeded while decoding a JSON object from a unicode string\nJSON received: ${'['.repeat(100)}… (100,000 characters)`,
    })
  })

  it('D19: shorthand nested 50,000 levels is refused, bounded', () => {
    const parsed = parseCommand(
      `${UPDATE} --destination-config 'OnFailure=${deep('[', ']', 50_000)}'`,
    )
    expect(parsed).toEqual({
      kind: 'cliError',
      text: `\nError parsing parameter '--destination-config': maximum recursion depth exceeded for input:\nOnFailure=${'['.repeat(46)}… (100,054 characters)`,
    })
  })

  it('D19: 1,000 levels of shorthand still parse', () => {
    const parsed = parseShorthand(`A=${deep('[', ']', 999)}`)
    expect(parsed.ok).toBe(true)
  })

  it('D19: a __proto__ key in shorthand is a key of the request, not a prototype', () => {
    const parsed = parseShorthand('OnFailure={__proto__={Destination=x}}')
    expect(parsed.ok && Object.keys(parsed.value.OnFailure as object)).toEqual(['__proto__'])
  })

  it('D19: a pasted answer nested past 1,000 levels is refused', () => {
    expect(pastedSettings(`{"UUID":"u","BatchSize":${deep('[', ']', 2000)}}`)).toEqual({
      ok: false,
      error: 'The pasted text nests deeper than 1000 levels',
    })
  })
})
