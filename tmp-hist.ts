import { readFileSync } from 'node:fs'
import { createSimulation, isEnvironmentLost, virtualMs, validateScenario, explainRecord } from './src/engine'
import { createNodeExecutor } from './src/sandbox/host/node/createNodeExecutor'
const file = process.argv[2]
const v = validateScenario(JSON.parse(readFileSync(file, 'utf8')))
if (!v.ok) throw new Error(JSON.stringify(v.errors))
const executor = createNodeExecutor()
const sim = createSimulation(v.scenario)
const endMs = virtualMs(v.scenario.durationMs)
for (;;) {
  const step = sim.runUntil(endMs)
  if (step.effects.length === 0) break
  const outcomes = await Promise.all(step.effects.map((r) => executor.invoke(r)))
  step.effects.forEach((r, i) => { if (isEnvironmentLost(outcomes[i])) executor.discard(r.environmentId); sim.accept({ type: 'invocationOutcome', invocationId: r.invocationId, outcome: outcomes[i] }) })
}
sim.finish()
const j = sim.journal()
const idx = process.argv.slice(3).map(Number)
for (const i of idx) { const h = explainRecord(j, i); console.log('#'+i, h.fate); for (const s of (process.env.TAIL ? h.steps.slice(-8) : h.steps.slice(0, 40))) console.log('  ', s.atMs, s.what, s.rule ?? ''); if (h.steps.length>40) console.log('  ...', h.steps.length) }
if (process.env.EV) for (const e of j) console.log(JSON.stringify(e))
await executor.dispose()
