/**
 * `npm run examples:freeze`: freezes the run report of each example that has no frozen report yet (a new
 * example). It never overwrites one: a frozen report is the contract that the report stays byte-identical.
 */
import { writeFileSync } from 'node:fs'
import {
  DIGESTS,
  FIXTURES_DIR,
  WHOLE_LIMIT,
  digestOf,
  exampleNames,
  frozenReport,
  readDigests,
  runExample,
} from './exampleReports'

const digests = readDigests()
let added = 0
for (const name of exampleNames()) {
  if (frozenReport(name) !== undefined) continue
  const text = `${JSON.stringify(await runExample(name), null, 2)}\n`
  if (Buffer.byteLength(text) <= WHOLE_LIMIT)
    writeFileSync(new URL(name, FIXTURES_DIR), text, { flag: 'wx' })
  else digests[name] = digestOf(text)
  console.log(`froze the report of examples/${name}`)
  added++
}
if (added > 0)
  writeFileSync(
    DIGESTS,
    `${JSON.stringify(Object.fromEntries(Object.entries(digests).sort()), null, 2)}\n`,
  )
console.log(added === 0 ? 'every example already has a frozen report' : `${added} report(s) frozen`)
