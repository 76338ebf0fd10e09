import { describe, expect, it } from 'vitest'
import type { Item } from '../model/dynamo'
import { evaluateCondition } from './conditionEval'
import { parseCondition } from './conditionExpression'
import { createPlaceholders } from './expressionChecks'

const values: Item = {
  ':one': { N: '1' },
  ':five': { N: '5' },
  ':s': { S: 'ab' },
  ':l': { L: [] },
  ':ss': { S: 'SS' },
}

function error(expression: string, names?: Record<string, string>, vals: Item = values): string {
  try {
    parseCondition(expression, createPlaceholders(names, vals))
  } catch (e) {
    return (e as Error).message
  }
  return ''
}

function holds(expression: string, item: Item, names?: Record<string, string>): boolean {
  const placeholders = createPlaceholders(names, values)
  return evaluateCondition(parseCondition(expression, placeholders).tree, item, placeholders)
}

describe('ConditionExpression syntax errors (DynamoDB wording)', () => {
  it('quotes the bad token and the text from the token before it to the token after it', () => {
    expect(error('foo')).toBe(
      'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "foo"',
    )
    expect(error('a+:one<b')).toBe(
      'Invalid ConditionExpression: Syntax error; token: "+", near: "a+:one"',
    )
    expect(error('a = = b')).toBe(
      'Invalid ConditionExpression: Syntax error; token: "=", near: "= = b"',
    )
    expect(error('a ! b')).toBe(
      'Invalid ConditionExpression: Syntax error; token: "!", near: "a ! b"',
    )
  })

  it('rejects literals, bad names and malformed IN/BETWEEN', () => {
    for (const bad of [
      'a > 4',
      'attribute_not_exists(_c)',
      'a in b',
      'a in (b,c,)',
      'size(a).b > a',
      'a between b',
    ]) {
      expect(error(bad)).toMatch(/^Invalid ConditionExpression: Syntax error; token: /)
    }
  })

  it('an empty expression is rejected', () => {
    expect(error('')).toBe('Invalid ConditionExpression: The expression can not be empty;')
  })
})

describe('ConditionExpression static checks', () => {
  it('reports doubled parentheses as redundant', () => {
    expect(error('a = :one AND ((b = :one AND c = :one))')).toBe(
      'Invalid ConditionExpression: The expression has redundant parentheses;',
    )
    expect(error('((a = :one) OR (b = :one))')).toBe('')
  })

  it('rejects reserved words used as names, keeping their case', () => {
    expect(error(':one < abOrT')).toBe(
      'Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: abOrT',
    )
  })

  it('rejects unknown functions and update functions', () => {
    expect(error('whatever(a) > :one')).toBe(
      'Invalid ConditionExpression: Invalid function name; function: whatever',
    )
    expect(error('if_not_exists(a, :one) > :one')).toBe(
      'Invalid ConditionExpression: The function is not allowed in a condition expression; function: if_not_exists',
    )
  })

  it('rejects functions used in the wrong place', () => {
    const wrong =
      'Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: '
    expect(error('size(a)')).toBe(`${wrong}size`)
    expect(error('attribute_exists(a) > :one')).toBe(`${wrong}attribute_exists`)
  })

  it('rejects undefined placeholders, the first one written', () => {
    expect(error('#p = :nope')).toBe(
      'Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #p',
    )
    expect(error(':nope = #p')).toBe(
      'Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :nope',
    )
  })

  it('checks operand counts, document paths and operand types', () => {
    expect(error('size(a, b) > :one')).toBe(
      'Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: size, number of operands: 2',
    )
    expect(error('attribute_exists(:one)')).toBe(
      'Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists',
    )
    expect(error('begins_with(a, :one)')).toBe(
      'Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
    )
    expect(error('attribute_type(a, :s)')).toBe(
      'Invalid ConditionExpression: Invalid attribute type name found; type: ab, valid types: {S,N,B,BOOL,NULL,L,M,SS,NS,BS}',
    )
  })

  it('requires distinct operands and ordered BETWEEN bounds', () => {
    expect(error('a = #a', { '#a': 'a' })).toBe(
      'Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]',
    )
    expect(error('a BETWEEN :five AND :one')).toBe(
      'Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {N:1}',
    )
  })
})

describe('ConditionExpression evaluation', () => {
  const item: Item = {
    n: { N: '3' },
    s: { S: 'abc' },
    tags: { SS: ['x', 'ab'] },
    l: { L: [{ S: 'ab' }] },
    m: { M: { deep: { N: '1' } } },
  }

  it('compares numbers numerically and strings by bytes', () => {
    expect(holds('n > :one AND n < :five', item)).toBe(true)
    expect(holds('n BETWEEN :one AND :five', item)).toBe(true)
    expect(holds('s > :s', item)).toBe(true)
    expect(holds('n IN (:one, :five)', item)).toBe(false)
  })

  it('NOT binds tighter than AND, which binds tighter than OR', () => {
    expect(holds('n = :one OR n > :one AND NOT n = :five', item)).toBe(true)
    expect(holds('(n = :one OR n > :one) AND NOT n < :five', item)).toBe(false)
  })

  it('a missing attribute fails comparisons but satisfies <>', () => {
    expect(holds('absent = :one', item)).toBe(false)
    expect(holds('absent < :one', item)).toBe(false)
    expect(holds('absent <> :one', item)).toBe(true)
  })

  it('functions: existence, type, begins_with, contains, size', () => {
    expect(holds('attribute_exists(m.deep) AND attribute_not_exists(m.zzz)', item)).toBe(true)
    expect(holds('attribute_type(tags, :ss) AND NOT attribute_type(s, :ss)', item)).toBe(true)
    expect(holds('begins_with(s, :s)', item)).toBe(true)
    expect(holds('contains(tags, :s) AND contains(l, :s) AND contains(s, :s)', item)).toBe(true)
    expect(holds('size(tags) > :one AND size(s) = :five', item)).toBe(false)
  })
})
