/**
 * Issue 13: every example's run report stays byte-identical to the report frozen from the code before the
 * scale work (scripts/__fixtures__/example-reports-v2, made by `npm run examples:freeze`), and the streamed
 * report of `npm run simulate` (src/cli/reportJson.ts) has exactly those bytes. The same run then meets the
 * rules its example demonstrates (scripts/exampleChecks, the facts `npm run examples` prints): one run per
 * example serves both, and being the frozen bytes it is also the byte-identical second run of D11.
 */
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { prettyJsonPieces } from '../src/cli/reportJson'
import type { RunReport } from '../src/engine'
import { EXAMPLE_CHECKS } from './exampleChecks/index'
import { digestOf, exampleNames, frozenReport, runExample } from './exampleReports'
import type { Frozen } from './exampleReports'

/** One run per example for both tests below (they run in order, in this one file). */
const runs = new Map<string, Promise<RunReport>>()
function reportOf(name: string): Promise<RunReport> {
  let run = runs.get(name)
  if (run === undefined) runs.set(name, (run = runExample(name)))
  return run
}

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
      const report = await reportOf(name)
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

describe('every example meets the rules it demonstrates (npm run examples, scripts/exampleChecks)', () => {
  it.each(exampleNames())(
    'examples/%s: each fact of its checks has its expected value',
    async (name) => {
      const check = EXAMPLE_CHECKS[name]
      expect(check, `examples/${name}: no checks for this example`).toBeDefined()
      const report = await reportOf(name)
      const facts = check(report)
      expect(facts.length).toBeGreaterThan(0)
      // All facts in one comparison, each beside its name, so a failure shows every wrong one with both values.
      expect(facts.map(([what, actual]) => [what, actual])).toStrictEqual(
        facts.map(([what, , expected]) => [what, expected]),
      )
    },
    120_000,
  )
})
