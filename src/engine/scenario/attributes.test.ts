import { describe, expect, it } from 'vitest'
import { copyTemplate, substitute, templateOf } from './attributes'

describe('templates (issue 13: a million repetitions of one write)', () => {
  const template = {
    pk: { S: 'item-{{i}}' },
    value: { S: '{{i}}' },
    constant: { M: { a: { S: 'x' } } },
    'k{{i}}': { N: '{{i}}' },
  }

  it('a repetition replaces {{i}} in every string and key', () => {
    expect(templateOf(template)(7)).toEqual({
      pk: { S: 'item-7' },
      value: { S: '7' },
      constant: { M: { a: { S: 'x' } } },
      k7: { N: '7' },
    })
    expect(substitute(['{{i}}-{{i}}', 1, null], 3)).toEqual(['3-3', 1, null])
  })

  it('repetitions share the parts without {{i}}; substitute and copyTemplate copy them', () => {
    const make = templateOf(template)
    const [first, second] = [make(1), make(2)] as (typeof template)[]
    expect(first.constant).toBe(template.constant)
    expect(second.constant).toBe(template.constant)
    expect((substitute(template, 1) as typeof template).constant).not.toBe(template.constant)
    const copy = copyTemplate(template) as typeof template
    expect(copy).toEqual(template)
    expect(copy.constant).not.toBe(template.constant)
    expect(copy.pk).not.toBe(template.pk)
  })

  it('__proto__ stays a plain key in every repetition', () => {
    const value = JSON.parse('{"__proto__":{"S":"{{i}}"},"b":{"S":"c"}}') as unknown
    const made = templateOf(value)(4) as Record<string, unknown>
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype)
    expect(Object.keys(made)).toEqual(['__proto__', 'b'])
    expect(Object.getOwnPropertyDescriptor(made, '__proto__')?.value).toEqual({ S: '4' })
  })
})
