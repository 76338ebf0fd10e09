/**
 * One benchmark case in its own process, so that its peak memory (maxRSS) is its own:
 *   node --import tsx bench/case.ts <poisonPillDay|millionRecords|millionBacklog|emptyRun> <engine|sandbox>
 * Prints one JSON line.
 */
import { performance } from 'node:perf_hooks'
import { validateScenario } from '../src/engine'
import { createSimulation, virtualMs, type Simulation, type StreamedRunReport } from '../src/engine'
import { fail, succeed, type ScriptedHandler } from '../src/engine/testing'
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

/**
 * Runs the simulation to its end, each invocation answered by `handler` (which reads no records), and reads the
 * report as the headless runner streams it: counting, not holding, its records.
 */
function playToEnd(sim: Simulation, handler: ScriptedHandler) {
  for (
    let step = sim.runUntil(virtualMs(scenario.durationMs));
    step.effects.length > 0;
    step = sim.runUntil(virtualMs(scenario.durationMs))
  ) {
    for (const request of step.effects) {
      sim.accept({
        type: 'invocationOutcome',
        invocationId: request.invocationId,
        outcome: handler(request, []),
      })
    }
  }
  sim.finish()
  return sim.streamedReport()
}

let start = performance.now()
let cpuStart = process.cpuUsage()
/** CPU milliseconds (user + system) since `cpuStart`: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage(cpuStart)
  return Math.round((user + system) / 1000)
}
let report: StreamedRunReport
if (name === 'millionBacklog') {
  // Apply every write first, then time only what the mapping does with the backlog.
  const sim = createSimulation(scenario)
  sim.runUntil(scenario.mappingCreatedAtMs)
  const writePhaseMs = performance.now() - start
  start = performance.now()
  cpuStart = process.cpuUsage()
  report = playToEnd(sim, succeed)
  const wallMs = performance.now() - start
  const runCpuMs = cpuMs()
  console.log(
    JSON.stringify({
      name,
      mode,
      writePhaseMs: Math.round(writePhaseMs),
      wallMs: Math.round(wallMs),
      cpuMs: runCpuMs,
      records: report.records.length,
      invocations: report.invocations.length,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  )
  process.exit(0)
} else if (mode === 'engine') {
  report = playToEnd(createSimulation(scenario), name === 'poisonPillDay' ? fail : succeed)
} else {
  const executor = createNodeExecutor()
  report = await runScenario(scenario, executor)
  await executor.dispose()
}
const wallMs = performance.now() - start
const runCpuMs = cpuMs()
const fates: Record<string, number> = {}
for (const record of report.records) fates[record.fate] = (fates[record.fate] ?? 0) + 1
console.log(
  JSON.stringify({
    name,
    mode,
    validateMs: Math.round(validateMs),
    wallMs: Math.round(wallMs),
    cpuMs: runCpuMs,
    simulatedMs: scenario.durationMs,
    records: report.records.length,
    invocations: report.invocations.length,
    fates,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    maxRssKb: process.resourceUsage().maxRSS,
  }),
)
