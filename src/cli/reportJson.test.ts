/** The streamed report (docs/scenario-format.md §3): its pieces join to exactly what JSON.stringify prints. */
import { describe, expect, it } from 'vitest'
import { prettyJsonPieces, writeInChunks } from './reportJson'

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
const joined = (value: object) => [...prettyJsonPieces(value)].join('')

describe('prettyJsonPieces', () => {
  it.each([
    ['an empty object', {}],
    ['empty and nested lists', { a: [], b: [[], [1, [2, {}]], { c: [] }], d: {} }],
    [
      'values JSON leaves out or turns into null',
      { a: undefined, b: [undefined, () => 1], c: null },
    ],
    ['strings with line breaks and quotes', { 'k\n"': ['x\ny', '"\\'], s: 'a\nb' }],
    ['a list of one object', { records: [{ index: 0, keys: { pk: { S: 'a' } } }] }],
  ])('joins to JSON.stringify(value, null, 2) for %s', (_, value) => {
    expect(joined(value)).toBe(pretty(value))
  })

  it('writes an iterable as the array of its elements, one piece each', () => {
    const records = {
      *[Symbol.iterator]() {
        yield { index: 0 }
        yield { index: 1 }
      },
    }
    expect([...prettyJsonPieces({ n: 1, records })]).toEqual([
      '{\n  "n": ',
      '1',
      ',\n  "records": ',
      '[\n    {\n      "index": 0\n    }',
      ',\n    {\n      "index": 1\n    }',
      '\n  ]',
      '\n}\n',
    ])
  })
})

describe('writeInChunks', () => {
  it('groups pieces into chunks of at least the given size, the last one shorter', async () => {
    const chunks: string[] = []
    await writeInChunks(
      ['ab', 'cd', 'e', 'fgh', 'i'],
      (chunk) => {
        chunks.push(chunk)
      },
      4,
    )
    expect(chunks).toEqual(['abcd', 'efgh', 'i'])
  })
})
