import { describe, expect, it } from 'vitest'
import type { Item } from '../model/dynamo'
import { createPlaceholders } from './expressionChecks'
import { parseUpdate } from './updateExpression'

const values: Item = { ':n': { N: '1' }, ':s': { S: 'a' }, ':ss': { SS: ['a'] }, ':l': { L: [] } }

function error(expression: string, names?: Record<string, string>): string {
  try {
    parseUpdate(expression, createPlaceholders(names, values))
  } catch (e) {
    return (e as Error).message
  }
  return ''
}

describe('UpdateExpression parsing', () => {
  it('accepts all four clauses once each, in any order, with case-insensitive keywords', () => {
    expect(error('remove a DELETE b :ss add c :n sEt d = :s, e = f + :n')).toBe('')
  })

  it('reports syntax errors with the token and its neighbours', () => {
    expect(error('set a')).toBe('Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "a"')
    expect(error('SET a = b + c + d')).toBe(
      'Invalid UpdateExpression: Syntax error; token: "+", near: "c + d"',
    )
    for (const bad of [
      'whatever',
      'set a=set',
      'add a b',
      'set :a = b',
      'set a[1] = 1',
      'set a = b * c',
    ]) {
      expect(error(bad)).toMatch(/^Invalid UpdateExpression: Syntax error; token: /)
    }
  })

  it('a section may appear only once', () => {
    expect(error('remove a set b = :n remove c')).toBe(
      'Invalid UpdateExpression: The "REMOVE" section can only be used once in an update expression;',
    )
  })

  it('rejects reserved words, unknown and condition-only functions', () => {
    expect(error('SET status = :s')).toBe(
      'Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status',
    )
    expect(error('SET a = if_not_exist(a, :n)')).toBe(
      'Invalid UpdateExpression: Invalid function name; function: if_not_exist',
    )
    expect(error('SET a = size(b)')).toBe(
      'Invalid UpdateExpression: The function is not allowed in an update expression; function: size',
    )
  })

  it('rejects undefined placeholders', () => {
    expect(error('SET #n = :n')).toBe(
      'Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #n',
    )
    expect(error('SET a = :v')).toBe(
      'Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :v',
    )
  })

  it('checks operand counts and types it can see before reading the item', () => {
    expect(error('SET a = if_not_exists(b)')).toBe(
      'Invalid UpdateExpression: Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1',
    )
    expect(error('SET a = if_not_exists(:n, b)')).toBe(
      'Invalid UpdateExpression: Operator or function requires a document path; operator or function: if_not_exists',
    )
    expect(error('ADD a :s')).toBe(
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING',
    )
    expect(error('DELETE a :n')).toBe(
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER',
    )
    expect(error('SET a = list_append(:s, a)')).toBe(
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: S',
    )
    expect(error('SET a = b + :s')).toBe(
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S',
    )
  })

  it('rejects overlapping paths, then conflicting ones', () => {
    expect(error('SET a = :n, a.b = :n')).toBe(
      'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]',
    )
    expect(error('remove c, #c.a', { '#c': 'c' })).toBe(
      'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c], path two: [c, a]',
    )
    expect(error('remove a.b set a[1] = :n')).toBe(
      'Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]',
    )
  })
})
