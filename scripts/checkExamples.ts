/**
 * Runs every scenario in examples/ through the real headless runner (`npm run simulate`) and checks what the
 * report says against the rules in exampleChecks.ts. Prints one line per fact and a closing tally.
 */
import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { isDeepStrictEqual, promisify } from 'node:util'
import type { RunReport } from '../src/engine'
import { EXAMPLE_CHECKS } from './exampleChecks/index'

const files = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .sort()
let passed = 0
let failed = 0
for (const file of files) {
  const check = EXAMPLE_CHECKS[file]
  if (check === undefined) {
    console.log(`✗ ${file}: no checks for this example`)
    failed++
    continue
  }
  const run = async () =>
    (
      await promisify(execFile)(
        'node',
        ['--import', 'tsx', 'src/cli/simulate.ts', `examples/${file}`],
        { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      )
    ).stdout
  // The two runs of the D11 check below go side by side: two processes, one per core.
  const [output, again] = await Promise.all([run(), run()])
  const report = JSON.parse(output) as RunReport
  for (const [what, actual, expected] of check(report)) {
    if (isDeepStrictEqual(actual, expected)) {
      passed++
      console.log(`✓ ${file}: ${what}`)
    } else {
      failed++
      console.log(
        `✗ ${file}: ${what}\n    expected ${JSON.stringify(expected)}\n    actual   ${JSON.stringify(actual)}`,
      )
    }
  }
  // D11: the same scenario and seed give a byte-identical report.
  if (again === output) passed++
  else {
    failed++
    console.log(`✗ ${file}: a second run printed a different report`)
  }
}
console.log(`examples: ${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
