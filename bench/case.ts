/**
 * One benchmark case in its own process, so that its peak memory (maxRSS) is its own:
 *   node --import tsx bench/case.ts <poisonPillDay|millionRecords|millionBacklog|emptyRun> <engine|sandbox>
 * Prints one JSON line.
 */
import { performance } from 'node:perf_hooks'
import { validateScenario } from '../src/engine'
import { createSimulation, virtualMs } from '../src/engine'
import { runScripted, fail, succeed } from '../src/engine/testing'
import { runScenario } from '../src/runner/runScenario'
import { createNodeExecutor } from '../src/sandbox/host/node/createNodeExecutor'
import { BENCH_SCENARIOS, type BenchName } from './scenarios'

const [name, mode] = process.argv.slice(2) as [BenchName, 'engine' | 'sandbox']
const file = BENCH_SCENARIOS[name]
const validateStart = performance.now()
const validated = validateScenario(file)
const validateMs = performance.now() - validateStart
if (!validated.ok) throw new Error(JSON.stringify(validated.errors))
const scenario = validated.scenario

let start = performance.now()
let report
if (name === 'millionBacklog') {
  // Apply every write first, then time only what the mapping does with the backlog.
  const sim = createSimulation(scenario)
  sim.runUntil(scenario.mappingCreatedAtMs)
  const writePhaseMs = performance.now() - start
  start = performance.now()
  for (
    let step = sim.runUntil(virtualMs(scenario.durationMs));
    step.effects.length > 0;
    step = sim.runUntil(virtualMs(scenario.durationMs))
  ) {
    for (const request of step.effects) {
      sim.accept({
        type: 'invocationOutcome',
        invocationId: request.invocationId,
        outcome: succeed(request, []),
      })
    }
  }
  sim.finish()
  const wallMs = performance.now() - start
  report = sim.report()
  console.log(
    JSON.stringify({
      name,
      mode,
      writePhaseMs: Math.round(writePhaseMs),
      wallMs: Math.round(wallMs),
      records: report.records.length,
      invocations: report.invocations.length,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  )
  process.exit(0)
} else if (mode === 'engine') {
  report = runScripted(scenario, name === 'poisonPillDay' ? fail : succeed).report
} else {
  const executor = createNodeExecutor()
  report = await runScenario(scenario, executor)
  await executor.dispose()
}
const wallMs = performance.now() - start
const fates: Record<string, number> = {}
for (const record of report.records) fates[record.fate] = (fates[record.fate] ?? 0) + 1
console.log(
  JSON.stringify({
    name,
    mode,
    validateMs: Math.round(validateMs),
    wallMs: Math.round(wallMs),
    simulatedMs: scenario.durationMs,
    records: report.records.length,
    invocations: report.invocations.length,
    fates,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    maxRssKb: process.resourceUsage().maxRSS,
  }),
)
