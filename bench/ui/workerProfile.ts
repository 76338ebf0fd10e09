/**
 * `--worker-profile`: where the sim worker's time goes while the load plays (issue 11: at 10× it must keep the
 * virtual clock at 10 × wall). Two views over the played window, figures a busy machine changes less than wall
 * time: a CPU profile of the worker (Chrome DevTools protocol `Profiler`, over the page's session as
 * workerMemory.ts does), summed by function as profile.ts sums the page's; and, from a Chromium trace, the CPU
 * time of each task the worker ran (one command or one sandbox answer each), as a distribution. With
 * `--profile-out=<dir>` the raw worker profile is also written there.
 */
import { writeFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { summarize, type Profile } from './profile'
import { percentile } from './probes'
import { attachSimWorker } from './workerMemory'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  tid: number
  pid: number
  args?: { name?: string; data?: { url?: string; functionName?: string } }
}

export async function startWorkerProfile(
  browser: Browser,
  page: Page,
  saveAs?: string,
): Promise<() => Promise<string>> {
  const worker = await attachSimWorker(page)
  await worker.send('Profiler.enable')
  await worker.send('Profiler.setSamplingInterval', { interval: 500 })
  await worker.send('Profiler.start')
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8'] })
  return async () => {
    const { profile } = (await worker.send('Profiler.stop')) as { profile: Profile }
    if (saveAs !== undefined) writeFileSync(saveAs, JSON.stringify(profile))
    const raw = (await browser.stopTracing()).toString()
    if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, raw)
    const trace = JSON.parse(raw) as { traceEvents: TraceEvent[] }
    await worker.close()
    return [
      `sim worker, self time while playing:\n${summarize(profile)}`,
      `sim worker, CPU time per task while playing:\n${taskCosts(trace.traceEvents)}`,
    ].join('\n')
  }
}

/**
 * The sim worker's thread is the worker thread whose tasks run its script: its top-level tasks' CPU times
 * (`tdur`, wall `dur` when the trace has none), as percentiles, with the sum.
 */
function taskCosts(events: readonly TraceEvent[]): string {
  const worker = events.find(
    (e) => e.name === 'FunctionCall' && /sim\.worker/.test(e.args?.data?.url ?? ''),
  )
  if (worker === undefined) return 'no sim worker thread in the trace'
  const spans = events
    .filter(
      (e) =>
        e.pid === worker.pid &&
        e.tid === worker.tid &&
        e.ph === 'X' &&
        (e.dur ?? 0) > 0 &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    )
    .sort((a, b) => a.ts - b.ts)
  // Nested tasks (a microtask checkpoint inside one) count once, in their outermost task.
  const costs: number[] = []
  let end = -Infinity
  for (const e of spans) {
    if (e.ts < end) continue
    end = e.ts + (e.dur ?? 0)
    costs.push((e.tdur ?? e.dur ?? 0) / 1000)
  }
  const sum = costs.reduce((a, b) => a + b, 0)
  const p = (n: number) => (percentile(costs, n) ?? 0).toFixed(2)
  const over = (ms: number) => costs.filter((c) => c > ms).length
  return [
    `${costs.length} tasks, ${sum.toFixed(0)} ms of CPU; per task p50 ${p(50)} ms, p90 ${p(90)} ms, p99 ${p(99)} ms, max ${p(100)} ms`,
    `tasks over 4 ms: ${over(4)}, over 16 ms: ${over(16)}, over 50 ms: ${over(50)}`,
  ].join('\n')
}
