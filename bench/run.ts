/**
 * `npm run bench`: the engine's performance figures (issue 3), each case in a fresh process.
 * - the 24-hour poison pill with default settings: wall time and simulated/wall ratio (target ≥ 40,000×);
 * - a succeeding mapping, BatchSize 1,000, 1,000,000 records: records per wall second (target ≥ 1,000,000/s for
 *   the engine alone), and the rate with the handler really executed in the Node sandbox;
 * - the same records as a backlog, to time the event source mapping apart from the table writes;
 * - peak memory (maxRSS) of each.
 * With `--json` (issue 13) it runs the engine cases only, plus a run without writes for the baseline memory,
 * and prints as its last line one JSON object: {"poisonPillDay":{"simulatedPerWall"},"millionRecords":
 * {"recordsPerSecond","peakRssMb","bytesPerRecord","validateMs"},"millionBacklog":{"recordsPerSecond"}}, where
 * bytesPerRecord = (peak RSS − the empty run's peak RSS) / records.
 */
import { execFileSync } from 'node:child_process'

interface CaseResult {
  name: string
  mode: string
  validateMs: number
  wallMs: number
  simulatedMs: number
  records: number
  invocations: number
  fates: Record<string, number>
  maxRssMb: number
  maxRssKb: number
}

const json = process.argv.includes('--json')
const modes = json ? ['engine'] : ['engine', 'sandbox']

function runCase(name: string, mode: string): CaseResult {
  const out = execFileSync(
    'node',
    ['--max-old-space-size=8192', '--import', 'tsx', 'bench/case.ts', name, mode],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return JSON.parse(out.trim().split('\n').pop() as string) as CaseResult
}

const rows: string[] = []
const figures: Record<string, Record<string, number>> = {}
for (const mode of modes) {
  const r = runCase('poisonPillDay', mode)
  const ratio = Math.round(r.simulatedMs / r.wallMs)
  if (mode === 'engine') figures.poisonPillDay = { simulatedPerWall: ratio }
  rows.push(
    `poison pill, 24 h, ${mode}: ${(r.wallMs / 1000).toFixed(2)} s wall for ${(r.simulatedMs / 3_600_000).toFixed(2)} h simulated = ${ratio.toLocaleString('en-US')}× real time; ${r.invocations} invocations; fates ${JSON.stringify(r.fates)}; peak RSS ${r.maxRssMb} MB`,
  )
}
const empty = runCase('emptyRun', 'engine')
rows.push(
  `the million-record run without its writes (baseline memory), engine: peak RSS ${empty.maxRssMb} MB`,
)
for (const mode of modes) {
  const r = runCase('millionRecords', mode)
  const rate = Math.round(r.records / (r.wallMs / 1000))
  if (mode === 'engine')
    figures.millionRecords = {
      recordsPerSecond: rate,
      peakRssMb: r.maxRssMb,
      bytesPerRecord: Math.round(((r.maxRssKb - empty.maxRssKb) * 1024) / r.records),
      validateMs: r.validateMs,
    }
  rows.push(
    `1,000,000 records, BatchSize 1000, ${mode}: ${(r.wallMs / 1000).toFixed(2)} s wall = ${rate.toLocaleString('en-US')} records/s; ${r.invocations} invocations; fates ${JSON.stringify(r.fates)}; validation ${(r.validateMs / 1000).toFixed(2)} s; peak RSS ${r.maxRssMb} MB`,
  )
}
{
  const r = runCase('millionBacklog', 'engine') as CaseResult & { writePhaseMs: number }
  const rate = Math.round(r.records / (r.wallMs / 1000))
  const writeRate = Math.round(r.records / (r.writePhaseMs / 1000))
  figures.millionBacklog = { recordsPerSecond: rate }
  rows.push(
    `1,000,000-record backlog, BatchSize 1000, the mapping alone (poll, batch, invoke, checkpoint): ${(r.wallMs / 1000).toFixed(2)} s wall = ${rate.toLocaleString('en-US')} records/s; writing them to the table and stream before: ${(r.writePhaseMs / 1000).toFixed(2)} s = ${writeRate.toLocaleString('en-US')} records/s; peak RSS ${r.maxRssMb} MB`,
  )
}
for (const row of rows) console.log(row)
if (json) console.log(JSON.stringify(figures))
