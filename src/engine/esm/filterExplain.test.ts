import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileFilters, explainFilters } from './filterMatch'
import { record } from './filterMatchFixture'

const shipped = record({
  eventName: 'MODIFY',
  newImage: { pk: { S: 'order#1' }, status: { S: 'shipped' }, total: { N: '101' } },
})

describe('explainFilters', () => {
  it('names the path, the value and the alternatives of a failed literal test', () => {
    const pattern = '{"dynamodb":{"NewImage":{"status":{"S":["pending"]}}}}'
    expect(explainFilters([pattern], shipped)).toEqual([
      {
        pattern: 0,
        matched: false,
        reason: 'dynamodb.NewImage.status.S: "shipped" is not one of ["pending"]',
      },
    ])
  })
  it('lists every condition that held on a match', () => {
    const pattern =
      '{"eventName":["MODIFY"],"dynamodb":{"NewImage":{"status":{"S":[{"prefix":"ship"}]}}}}'
    expect(explainFilters([pattern], shipped)).toEqual([
      {
        pattern: 0,
        matched: true,
        reason:
          'eventName: "MODIFY" matches "MODIFY"; dynamodb.NewImage.status.S: "shipped" matches prefix "ship"',
      },
    ])
  })
  it('hints that numeric never matches an N string', () => {
    const [verdict] = explainFilters(
      ['{"dynamodb":{"NewImage":{"total":{"N":[{"numeric":[">",100]}]}}}}'],
      shipped,
    )
    expect(verdict.reason).toBe(
      'dynamodb.NewImage.total.N: "101" matches none of [numeric > 100] (numeric matches only JSON numbers; a DynamoDB N value is a string)',
    )
  })
  it('explains why exists:false matches an attribute that is present', () => {
    const [verdict] = explainFilters(
      ['{"dynamodb":{"NewImage":{"status":[{"exists":false}]}}}'],
      shipped,
    )
    expect(verdict).toEqual({
      pattern: 0,
      matched: true,
      reason:
        'dynamodb.NewImage.status: an object (not a leaf, so it counts as absent) matches exists: false',
    })
  })
  it('hints at the missing type key', () => {
    const [verdict] = explainFilters(['{"dynamodb":{"NewImage":{"status":["shipped"]}}}'], shipped)
    expect(verdict.reason).toBe(
      'dynamodb.NewImage.status: an object (not a leaf, so it counts as absent) is not one of ["shipped"] (it holds a typed value such as {"S": …}: add the type key to the pattern)',
    )
  })
  it('reports every $or alternative that failed', () => {
    const [verdict] = explainFilters(
      ['{"$or":[{"eventName":["INSERT"]},{"awsRegion":["eu-west-1"]}]}'],
      shipped,
    )
    expect(verdict.reason).toBe(
      'no $or alternative matched: $or[0]: eventName: "MODIFY" is not one of ["INSERT"] | $or[1]: awsRegion: "us-east-1" is not one of ["eu-west-1"]',
    )
  })
  it('gives one verdict per pattern and one "no filters" verdict for none', () => {
    expect(
      explainFilters(['{"eventName":["INSERT"]}', '{"eventName":["MODIFY"]}'], shipped).map(
        (v) => v.matched,
      ),
    ).toEqual([false, true])
    expect(explainFilters([], shipped)).toEqual([
      { pattern: null, matched: true, reason: 'no filter criteria: every record is delivered' },
    ])
  })
  it('flags a pattern AWS would reject', () => {
    expect(explainFilters(['{"eventName":'], shipped)[0]).toEqual({
      pattern: 0,
      matched: false,
      reason: 'invalid pattern, AWS rejects it: not valid JSON (unexpected token at position 13)',
    })
  })
})

// Small alphabets so that generated patterns and records actually collide.
const key = fc.constantFrom('eventName', 'a', 'S', 'N', '$or')
const scalar = fc.oneof(
  fc.constantFrom('INSERT', 'x', '', '101', 'Ab'),
  fc.integer({ min: -2, max: 3 }),
  fc.boolean(),
  fc.constant(null),
)
const recordValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
})).value
const leafTest = fc.oneof(
  scalar,
  fc.constantFrom(
    { exists: true },
    { exists: false },
    { prefix: 'I' },
    { suffix: 'b' },
    { 'equals-ignore-case': 'ab' },
    { 'anything-but': ['x', 1] },
    { 'anything-but': '101' },
    { numeric: ['>', 0, '<=', 2] },
    { wildcard: '*' },
  ),
)
const pattern = fc.letrec<{ obj: unknown }>((tie) => ({
  obj: fc.dictionary(
    key,
    fc.oneof(
      { depthSize: 'small' },
      fc.array(leafTest, { maxLength: 3 }),
      tie('obj'),
      fc.array(tie('obj'), { minLength: 1, maxLength: 2 }),
    ),
    { maxKeys: 3 },
  ),
})).obj

describe('explainFilters agrees with compileFilters', () => {
  it('some verdict matched exactly when the predicate is true', () => {
    fc.assert(
      fc.property(
        fc.array(
          pattern.map((p) => JSON.stringify(p)),
          { maxLength: 3 },
        ),
        recordValue,
        (patterns, rec) => {
          expect(explainFilters(patterns, rec).some((v) => v.matched)).toBe(
            compileFilters(patterns)(rec),
          )
        },
      ),
      { numRuns: 2000 },
    )
  })
})
