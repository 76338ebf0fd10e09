import { describe, expect, it } from 'vitest'
import { checkFilterPattern } from './filterSyntax'

describe('checkFilterPattern', () => {
  it.each([
    '{"eventName":["INSERT"]}',
    '{"dynamodb":{"NewImage":{"x":{"S":["v",null,true,3]}}}}',
    '{"dynamodb":{"NewImage":{"x":{"S":[{"exists":false}]}}}}',
    '{"a":[{"prefix":"us-"},{"suffix":".png"},{"equals-ignore-case":"X"}]}',
    '{"a":[{"anything-but":["x","y"]},{"anything-but":101}]}',
    '{"a":[{"numeric":["=",100]},{"numeric":[">",10,"<=",20]}]}',
    '{"$or":[{"a":["1"]},{"b":["2"]}]}',
  ])("accepts the operators of Lambda's table: %s", (pattern) => {
    expect(checkFilterPattern(pattern)).toBeUndefined()
  })

  it.each([
    ['single-string', 'The pattern is not valid JSON'],
    ['[{"eventName": ["INSERT"=123}]', 'The pattern is not valid JSON'],
    ['["INSERT"]', 'The pattern must be a JSON object'],
    [
      '{"eventName":"INSERT"}',
      'The value at "eventName" must be a list of match values or an object',
    ],
    ['{"a":[]}', 'The list at "a" must not be empty'],
    [
      '{"a":[{"wildcard":"*x"}]}',
      'Operator "wildcard" at "a" is not supported by Lambda event filtering',
    ],
    [
      '{"a":[{"anything-but":{"prefix":"x"}}]}',
      '"anything-but" at "a" takes a string, a number or a non-empty list of them',
    ],
    ['{"a":[{"prefix":{"equals-ignore-case":"x"}}]}', '"prefix" at "a" takes a string'],
    [
      '{"a":[{"numeric":["<",10,">",1]}]}',
      '"numeric" at "a" takes ["=", n], [">", n], [">", n, "<", m] and the like',
    ],
    ['{"$or":[{"a":["1"]}]}', '"$or" must be a list of at least two patterns'],
  ])('rejects %s (wildcard and anything-but variants: decision C5)', (pattern, reason) => {
    expect(checkFilterPattern(pattern)).toBe(reason)
  })
})
