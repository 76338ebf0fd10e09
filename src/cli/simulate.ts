/**
 * The headless runner (docs/scenario-format.md §4):
 *   npm run simulate -- <scenario.json> [--out report.json] [--summary]
 * The report is written piece by piece (src/cli/reportJson.ts): its text is never held whole.
 * Exit 0: the run completed (whatever the handler did); 2: invalid scenario (errors on stderr, one per line,
 * `<JSON path>: <message>`, the first 100 and a count of the rest); 1: internal failure.
 */
import { once } from 'node:events'
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { validateScenario } from '../engine'
import { boundText } from '../lib/boundText'
import { withoutBom } from '../lib/utf8'
import { prettyJsonPieces, summarizeReport, writeInChunks } from './reportJson'
import { playScenario } from '../runner/runScenario'
import { createNodeExecutor } from '../sandbox/host/node/createNodeExecutor'

const USAGE = 'usage: npm run simulate -- <scenario.json> [--out report.json] [--summary]'

interface Args {
  file: string
  out: string | undefined
  summary: boolean
}

/** A file with a mistake in every one of its 100,000 writes is told its first 100 (docs/semantics.md D19). */
const MAX_ERROR_LINES = 100

function parseArgs(argv: readonly string[]): Args | undefined {
  let file: string | undefined
  let out: string | undefined
  let summary = false
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i]
    else if (argv[i] === '--summary') summary = true
    else if (file === undefined) file = argv[i]
    else return undefined
  }
  return file === undefined || (argv.includes('--out') && out === undefined)
    ? undefined
    : { file, out, summary }
}

/** Writes the pieces to the file `out`, or to standard output (waiting while the pipe is full). */
async function emit(pieces: Iterable<string>, out: string | undefined): Promise<void> {
  if (out === undefined) {
    await writeInChunks(pieces, async (chunk) => {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain')
    })
    return
  }
  const fd = openSync(out, 'w')
  try {
    await writeInChunks(pieces, (chunk) => {
      writeSync(fd, chunk)
    })
  } finally {
    closeSync(fd)
  }
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
    const shown = validated.errors.slice(0, MAX_ERROR_LINES)
    for (const error of shown) process.stderr.write(`${error.path || '$'}: ${error.message}\n`)
    const more = validated.errors.length - shown.length
    if (more > 0) process.stderr.write(`$: … and ${more.toLocaleString('en-US')} more errors\n`)
    return 2
  }
  const executor = createNodeExecutor()
  try {
    const report = (await playScenario(validated.scenario, executor)).streamedReport()
    await emit(
      args.summary
        ? [`${JSON.stringify(summarizeReport(report), null, 2)}\n`]
        : prettyJsonPieces(report),
      args.out,
    )
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
