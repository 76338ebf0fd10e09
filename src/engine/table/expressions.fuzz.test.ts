/**
 * Seeded fuzz of the expression parsers (docs/semantics.md D19): any text, with any placeholders, parses or
 * throws DynamoDB's ExpressionError with a bounded message, never another exception (a stack overflow).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCondition } from './conditionExpression'
import { createPlaceholders } from './expressionChecks'
import { ExpressionError } from './tokenizer'
import { parseUpdate } from './updateExpression'
import type { Item } from '../model/dynamo'

const RUNS = 1000
/** DynamoDB's messages quote at most a token and its neighbourhood. */
const MAX_MESSAGE_CHARS = 1300

const token = fc.constantFrom(
  ...'SET REMOVE ADD DELETE AND OR NOT BETWEEN IN = <> < <= > >= + - ( ) , . [ ] 0 12 #n #x :v :w a b.c size attribute_exists attribute_not_exists attribute_type begins_with contains if_not_exists list_append name status date'.split(
    ' ',
  ),
  '[99999999999999999999]',
  'x'.repeat(300),
  'é',
)
const expression = fc.oneof(
  fc.array(token, { maxLength: 14 }).map((tokens) => tokens.join(' ')),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${'('.repeat(n)}a = :v${')'.repeat(n)}`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${'NOT '.repeat(n)}a = :v`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `a${'[1]'.repeat(n)} = :v`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `SET a = :v${' + :v'.repeat(n)}`),
)
const names = fc.dictionary(fc.constantFrom('#n', '#x', 'n', '#'), fc.string({ maxLength: 4 }), {
  maxKeys: 3,
})
const value = fc.oneof(
  fc.record({ S: fc.string() }),
  fc.record({ N: fc.constantFrom('1', '1e400', 'x', '') }),
  fc.record({ L: fc.constant([]) }),
  fc.jsonValue({ maxDepth: 1 }),
)
const values = fc.dictionary(fc.constantFrom(':v', ':w', 'v', ':'), value, { maxKeys: 3 })

/** What a parse ends in: its ExpressionError's message, or '' when the expression parsed. */
function outcome(parse: () => unknown): string {
  try {
    parse()
    return ''
  } catch (error) {
    return error instanceof ExpressionError
      ? error.message
      : `not an ExpressionError: ${String(error)}`
  }
}

describe('fuzz: condition and update expressions (seeded)', () => {
  it('end in a parse or an ExpressionError of bounded length', () => {
    let parsed = 0
    fc.assert(
      fc.property(expression, names, values, (text, n, v) => {
        for (const parse of [parseCondition, parseUpdate]) {
          const message = outcome(() => parse(text, createPlaceholders(n, v as Item)))
          expect(message).not.toMatch(/^not an ExpressionError/)
          expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS)
          parsed++
        }
      }),
      { seed: 20261207, numRuns: RUNS },
    )
    expect(parsed).toBe(2 * RUNS)
  })
})
