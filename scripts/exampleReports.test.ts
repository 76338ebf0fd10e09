/**
 * Issue 13: every example's run report stays byte-identical to the report frozen from the code before the
 * scale work (scripts/__fixtures__/example-reports-v2, made by `npm run examples:freeze`), and the streamed
 * report of `npm run simulate` (src/cli/reportJson.ts) has exactly those bytes.
 */
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { prettyJsonPieces } from '../src/cli/reportJson'
import { digestOf, exampleNames, frozenReport, runExample } from './exampleReports'
import type { Frozen } from './exampleReports'

/** Where two texts first differ, with a little of each, for a failure message a person can act on. */
function firstDifference(actual: string, expected: string): string {
  let i = 0
  while (i < actual.length && actual[i] === expected[i]) i++
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 40), i + 40))
  return `first difference at character ${i}: expected …${around(expected)}… got …${around(actual)}…`
}

/** Null when `text` is the frozen report, else a sentence that names the example and says how it differs. */
function differenceFromFrozen(
  name: string,
  text: string,
  frozen: Frozen | undefined,
): string | null {
  if (frozen?.kind === 'whole')
    return text === frozen.text
      ? null
      : `examples/${name}: the report differs from its frozen fixture: ${firstDifference(text, frozen.text)}`
  const actual = digestOf(text)
  return isDeepStrictEqual(actual, frozen?.digest)
    ? null
    : `examples/${name}: the report (${JSON.stringify(actual)}) differs from its frozen digest ${JSON.stringify(frozen?.digest)}`
}

describe('frozen example reports (docs/scenario-format.md §4: the report is a public contract)', () => {
  it.each(exampleNames())(
    'examples/%s: the report and its streamed form are the frozen bytes',
    async (name) => {
      const frozen = frozenReport(name)
      expect(
        frozen,
        `examples/${name} has no frozen report: run \`npm run examples:freeze\` once (it never overwrites)`,
      ).toBeDefined()
      const report = await runExample(name)
      const text = `${JSON.stringify(report, null, 2)}\n`
      const streamed = [...prettyJsonPieces(report)].join('')
      expect(
        streamed === text,
        `examples/${name}: the streamed report differs from JSON.stringify: ${firstDifference(streamed, text)}`,
      ).toBe(true)
      expect(differenceFromFrozen(name, text, frozen)).toBeNull()
    },
    120_000,
  )
})
