/**
 * The headless runner (docs/scenario-format.md §4):
 *   npm run simulate -- <scenario.json> [--out report.json]
 * Exit 0: the run completed (whatever the handler did); 2: invalid scenario (errors on stderr, one per line,
 * `<JSON path>: <message>`); 1: internal failure.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { validateScenario } from '../engine'
import { boundText } from '../lib/boundText'
import { withoutBom } from '../lib/utf8'
import { runScenario } from '../runner/runScenario'
import { createNodeExecutor } from '../sandbox/host/node/createNodeExecutor'

const USAGE = 'usage: npm run simulate -- <scenario.json> [--out report.json]'

function parseArgs(argv: readonly string[]): { file: string; out: string | undefined } | undefined {
  let file: string | undefined
  let out: string | undefined
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i]
    else if (file === undefined) file = argv[i]
    else return undefined
  }
  return file === undefined || (argv.includes('--out') && out === undefined)
    ? undefined
    : { file, out }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  if (args === undefined) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  let text: string
  try {
    text = readFileSync(args.file, 'utf8')
  } catch (error) {
    process.stderr.write(`$: cannot read ${args.file}: ${boundText((error as Error).message)}\n`)
    return 2
  }
  let input: unknown
  try {
    input = JSON.parse(withoutBom(text))
  } catch (error) {
    process.stderr.write(`$: the file is not valid JSON: ${boundText((error as Error).message)}\n`)
    return 2
  }
  const validated = validateScenario(input)
  if (!validated.ok) {
    for (const error of validated.errors)
      process.stderr.write(`${error.path || '$'}: ${error.message}\n`)
    return 2
  }
  const executor = createNodeExecutor()
  try {
    const report = await runScenario(validated.scenario, executor)
    const json = `${JSON.stringify(report, null, 2)}\n`
    if (args.out === undefined) process.stdout.write(json)
    else writeFileSync(args.out, json)
    return 0
  } finally {
    await executor.dispose()
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
