import { format } from 'node:util'
import { describe, expect, it } from 'vitest'
import { formatLogMessage, LOG_TRUNCATED_LINE } from './format'
import { invokeOnce } from '../testSupport'

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

function circular(): object {
  const node: Record<string, unknown> = { name: 'root', list: [1] }
  node.self = node
  return node
}

/** Each case is printed by our formatter and by Node's util.format: they must match exactly. */
const cases: [string, unknown[]][] = [
  ['a plain object', [{ a: 1, b: 'x' }]],
  ['nested past depth 2', [{ a: { b: { c: { d: 1 } } } }]],
  ['four levels inside depth break over lines', [[{ a: { b: { c: {} } } }]]],
  ['empty containers', [{}, [], new Map(), new Set()]],
  [
    'strings with quotes and escapes',
    [{ s: "it's", t: 'say "hi"', u: 'tab\there\n', v: 'both \' and "' }],
  ],
  ['primitives', [-0, 1n, Symbol('s'), undefined, null, true, NaN]],
  [
    'a long object breaks into lines',
    [
      {
        alpha: 'aaaaaaaaaaaaaaa',
        beta: 'bbbbbbbbbbbbbbbbbbb',
        gamma: 'ccccccccccccccccccc',
        delta: 1,
      },
    ],
  ],
  ['long number arrays are grouped in columns', [Array.from({ length: 30 }, (_, i) => i * 7)]],
  [
    'long string arrays are grouped in columns',
    [Array.from({ length: 12 }, (_, i) => `item-${i}`)],
  ],
  ['more than 100 items', [Array.from({ length: 120 }, () => 0)]],
  ['sparse arrays', [[1, , , 4]]], // eslint-disable-line no-sparse-arrays
  [
    'Map and Set',
    [
      new Map<unknown, unknown>([
        ['k', { v: 1 }],
        [2, [3]],
      ]),
      new Set([1, 'two']),
    ],
  ],
  [
    'class instances and null prototypes',
    [new Point(1, 2), Object.assign(Object.create(null) as object, { a: 1 })],
  ],
  ['circular references', [circular()]],
  [
    'dates, regexps, functions, classes',
    [new Date(0), /a+b/gi, function named() {}, () => 1, Point, async function run() {}],
  ],
  ['keys that need quotes', [{ 'a-b': 1, 2: 'n', [Symbol('k')]: true }]],
  [
    'DynamoDB record',
    [
      {
        eventName: 'INSERT',
        dynamodb: {
          Keys: { pk: { S: 'order#1' } },
          NewImage: { pk: { S: 'order#1' }, total: { N: '42' } },
        },
      },
    ],
  ],
  ['%s %d %i %f', ['%s|%d|%i|%f', 'str', '42.5', '42.5', '42.5']],
  ['%s of objects, numbers and bigints', ['%s %s %s %s', { a: { b: 1 } }, [1, [2]], -0, 5n]],
  ['%j and circular %j', ['%j %j', { a: [1] }, circular()]],
  ['%o and %O', ['%O / %o', { a: { b: { c: { d: {} } } } }, { a: 1 }]],
  ['%% and missing arguments', ['100%% %s %d', 'done']],
  ['%c is dropped', ['%cstyled', 'color: red']],
  ['extra arguments are appended', ['count:', 3, 'items', { ok: true }]],
  ['a lone string is left alone', ['50%% %s']],
]

describe('console formatting follows util.format', () => {
  it.each(cases)('%s', (_name, args) => {
    expect(formatLogMessage(args)).toBe(format(...args))
  })
})

describe('console capture', () => {
  it('each console method writes <requestId>\\t<LEVEL>\\t<message>', async () => {
    const outcome = await invokeOnce(`export const handler = async () => {
      console.log('log %d', 1); console.info('info'); console.warn('warn')
      console.error('error', { a: 1 }); console.debug('debug'); console.trace('trace')
    }`)
    expect(outcome.logs).toEqual([
      'req-1\tINFO\tlog 1',
      'req-1\tINFO\tinfo',
      'req-1\tWARN\twarn',
      'req-1\tERROR\terror { a: 1 }',
      'req-1\tDEBUG\tdebug',
      'req-1\tTRACE\ttrace',
    ])
  })

  it('at most 1,000 lines per invocation, then one truncation line', async () => {
    const outcome = await invokeOnce(
      'export const handler = async () => { for (let i = 0; i < 1500; i++) console.log(i) }',
    )
    expect(outcome.logs).toHaveLength(1_001)
    expect(outcome.logs[999]).toBe('req-1\tINFO\t999')
    expect(outcome.logs[1_000]).toBe(LOG_TRUNCATED_LINE)
  })

  it('at most 64 KiB per invocation, then one truncation line', async () => {
    // Each line is 'req-1\tINFO\t' (11 bytes) + 1,000 bytes + newline = 1,012 bytes: 64 fit in 65,536.
    const outcome = await invokeOnce(
      "export const handler = async () => { for (let i = 0; i < 100; i++) console.log('x'.repeat(1000)) }",
    )
    expect(outcome.logs).toHaveLength(65)
    expect(outcome.logs[64]).toBe(LOG_TRUNCATED_LINE)
  })
})

describe('errors in logs', () => {
  it('print their stack with the handler frames, like Node', async () => {
    const outcome = await invokeOnce(`export const handler = async () => {
  console.log(new Error('seen'))
  console.log({ wrapped: Object.assign(new Error('no frames'), { stack: 'Error: no frames' }) })
}`)
    expect(outcome.logs).toEqual([
      'req-1\tINFO\tError: seen\n    at handler (/var/task/index.js:2:15)',
      'req-1\tINFO\t{ wrapped: [Error: no frames] }',
    ])
  })
})
