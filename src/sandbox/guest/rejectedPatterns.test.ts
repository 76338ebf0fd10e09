import { describe, expect, it } from 'vitest'
import { neutralizeRejectedPatterns } from './rejectedPatterns'

describe('SES-rejected patterns are rewritten only where they are not code (docs/sandbox.md)', () => {
  it.each([
    [
      'a JSDoc type import in a block comment',
      "/** @type {import('aws-lambda').Handler} */\nx()",
      "/** @type {__import__('aws-lambda').Handler} */\nx()",
    ],
    [
      'a line comment',
      '// see import("x") and <!-- -->\ny()',
      '// see __import__("x") and < ! -- -- >\ny()',
    ],
    ['a single-quoted string', "f('import(x)')", "f('impor\\x74(x)')"],
    ['a double-quoted string', 'f("a <!-- b --> c")', 'f("a <!-\\x2d b -\\x2d> c")'],
    ['a template literal', 'f(`import (${a}) -->`)', 'f(`impor\\x74 (${a}) -\\x2d>`)'],
    ['a template inside a template expression', 'f(`${g(`import(`)}`)', 'f(`${g(`impor\\x74(`)}`)'],
    [
      'a regular expression (its group stays a group)',
      'const r = /import(\\w+)/',
      'const r = /impor\\x74(\\w+)/',
    ],
    ['a regex after return', 'return /<!--/.test(s)', 'return /<!-\\x2d/.test(s)'],
    ['a property named import is not an import', "o.import('x')", "o.import('x')"],
  ])('%s', (_, source, expected) => {
    expect(neutralizeRejectedPatterns(source)).toBe(expected)
  })

  it('leaves code alone: SES then rejects it', () => {
    expect(neutralizeRejectedPatterns('while (i-->0) {}')).toBe('while (i-->0) {}')
    expect(neutralizeRejectedPatterns("await import('fs')")).toBe("await import('fs')")
  })

  it('a division is not a regular expression: `a / b` with a string after it', () => {
    expect(neutralizeRejectedPatterns("x = a / b; s = 'import('")).toBe(
      "x = a / b; s = 'impor\\x74('",
    )
  })

  it('the rewritten literals keep their values', () => {
    const source =
      "[\"import('x')\", 'a <!-- b --> c', `import (${1})`, /import(\\w)/.exec('importx')]"
    const rewritten = neutralizeRejectedPatterns(source)
    expect(rewritten).not.toBe(source)
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- comparing two evaluations
    const evaluate = (text: string) => (new Function(`return ${text}`) as () => unknown)()
    expect(evaluate(rewritten)).toEqual(evaluate(source))
  })

  it('never moves a line', () => {
    const source = "/* import(\n<!-- */\nconst s = 'import('\n// -->\n"
    expect(neutralizeRejectedPatterns(source).split('\n')).toHaveLength(source.split('\n').length)
  })
})
