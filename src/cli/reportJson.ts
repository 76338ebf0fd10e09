/**
 * The run report's JSON text (docs/scenario-format.md §3–4), produced piece by piece so that the headless runner
 * can stream a report of millions of records to a file without holding its text. Joined, the pieces are exactly
 * `JSON.stringify(report, null, 2) + '\n'`: the bytes the runner has always printed.
 */
import type { MetricSeries, ReportDestination, ReportRecord, RunReport } from '../engine'

/** `json` (pretty-printed at depth 0) re-indented to sit `pad` deeper. */
function nested(json: string, pad: string): string {
  // JSON escapes line breaks inside strings, so every '\n' here is a line break of the layout.
  return json.replaceAll('\n', `\n${pad}`)
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/**
 * Pieces of `JSON.stringify(object, null, 2) + '\n'` for a plain object whose array values are written element
 * by element (each element is one piece), so no piece is larger than the largest element.
 */
export function* prettyJsonPieces(object: object): Generator<string> {
  let first = true
  for (const [key, value] of Object.entries(object)) {
    if (isOmitted(value)) continue
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `
    first = false
    if (Array.isArray(value) && value.length > 0) {
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i]
        const json = isOmitted(element) ? 'null' : nested(JSON.stringify(element, null, 2), '    ')
        yield `${i === 0 ? '[\n' : ',\n'}    ${json}`
      }
      yield '\n  ]'
    } else yield nested(JSON.stringify(value, null, 2), '  ')
  }
  yield first ? '{}\n' : '\n}\n'
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

const FATES: readonly ReportRecord['fate'][] = [
  'processed',
  'filtered',
  'destination',
  'dropped',
  'expired',
  'skipped',
  'pending',
]

export function summarizeReport(report: RunReport): ReportSummary {
  const fates = Object.fromEntries(FATES.map((fate) => [fate, 0])) as ReportSummary['fates']
  for (const record of report.records) fates[record.fate]++
  return {
    format: 'dynamodb-lambda-playground/report-summary',
    version: 1,
    scenario: report.scenario,
    endMs: report.endMs,
    counts: {
      records: report.records.length,
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
