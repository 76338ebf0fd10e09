/**
 * The run report's JSON text (docs/scenario-format.md §3–4), produced piece by piece so that the headless runner
 * can stream a report of millions of records to a file without holding its text. Joined, the pieces are exactly
 * `JSON.stringify(report, null, 2) + '\n'`: the bytes the runner has always printed.
 */
import type { MetricSeries, ReportDestination, ReportRecord, StreamedRunReport } from '../engine'
import { RECORD_FATES } from '../engine'

/** `json` (pretty-printed at depth 0) re-indented to sit `pad` deeper. */
function nested(json: string, pad: string): string {
  // JSON escapes line breaks inside strings, so every '\n' here is a line break of the layout.
  return json.replaceAll('\n', `\n${pad}`)
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** A list to write element by element: an array, or an iterable such as a streamed report's records. */
function isList(value: unknown): value is Iterable<unknown> {
  return (
    Array.isArray(value) ||
    (typeof value === 'object' && value !== null && Symbol.iterator in value)
  )
}

/**
 * Pieces of `JSON.stringify(object, null, 2) + '\n'` for a plain object whose lists are written element by
 * element (one piece each, an iterable as if it were an array), so no piece is larger than the largest element.
 */
export function* prettyJsonPieces(object: object): Generator<string> {
  let first = true
  for (const [key, value] of Object.entries(object)) {
    if (isOmitted(value)) continue
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `
    first = false
    if (isList(value)) {
      let count = 0
      for (const element of value) {
        const json = isOmitted(element) ? 'null' : nested(JSON.stringify(element, null, 2), '    ')
        yield `${count++ === 0 ? '[\n' : ',\n'}    ${json}`
      }
      yield count === 0 ? '[]' : '\n  ]'
    } else yield nested(JSON.stringify(value, null, 2), '  ')
  }
  yield first ? '{}\n' : '\n}\n'
}

/**
 * Writes `pieces` through `write` in chunks of about `chunkChars` characters, waiting whenever `write` asks to
 * (a promise): memory stays at one chunk whatever the length of the whole.
 */
export async function writeInChunks(
  pieces: Iterable<string>,
  write: (chunk: string) => void | Promise<void>,
  chunkChars = 64 * 1024,
): Promise<void> {
  let chunk = ''
  for (const piece of pieces) {
    chunk += piece
    if (chunk.length >= chunkChars) {
      await write(chunk)
      chunk = ''
    }
  }
  if (chunk !== '') await write(chunk)
}

/** `--summary` (docs/scenario-format.md §3): the report without its per-record and per-invocation lists. */
export interface ReportSummary {
  format: 'dynamodb-lambda-playground/report-summary'
  version: 1
  scenario: string
  endMs: number
  counts: {
    records: number
    invocations: number
    throttles: number
    destinations: number
    writes: number
  }
  /** Records by fate, every fate listed (0 when none), in the order of the report's `fate` values. */
  fates: Record<ReportRecord['fate'], number>
  metrics: MetricSeries
  destinations: ReportDestination[]
}

export function summarizeReport(report: StreamedRunReport): ReportSummary {
  const fates = Object.fromEntries(RECORD_FATES.map((fate) => [fate, 0])) as ReportSummary['fates']
  let records = 0
  for (const record of report.records) {
    fates[record.fate]++
    records++
  }
  return {
    format: 'dynamodb-lambda-playground/report-summary',
    version: 1,
    scenario: report.scenario,
    endMs: report.endMs,
    counts: {
      records,
      invocations: report.invocations.length,
      throttles: report.throttles.length,
      destinations: report.destinations.length,
      writes: report.writes.length,
    },
    fates,
    metrics: report.metrics,
    destinations: report.destinations,
  }
}
