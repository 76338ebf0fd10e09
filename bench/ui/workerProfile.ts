/**
 * `--worker-profile`: where the sim worker's time goes while the load plays (issue 11: at 10× it must keep the
 * virtual clock at 10 × wall). Two views over the played window, figures a busy machine changes less than wall
 * time: a CPU profile of the worker (Chrome DevTools protocol `Profiler`, over the page's session as
 * workerMemory.ts does), summed by function as profile.ts sums the page's; and, from a Chromium trace, the CPU
 * time of each task the worker ran (one command, one sandbox answer or one timer each), as a distribution,
 * beside the sandboxes' workers' CPU time. With `--profile-out=<dir>` the raw worker profile is also written
 * there; `BENCH_TRACE_OUT=<file>` saves the raw trace.
 */
import { writeFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { summarize, type Profile } from './profile'
import { percentile } from './probes'
import type { TraceEvent } from './trace'
import { attachSimWorker } from './workerMemory'

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
    await worker.close()
    const { traceEvents } = JSON.parse(raw) as { traceEvents: TraceEvent[] }
    return [
      `sim worker, self time while playing:\n${summarize(profile)}`,
      `worker threads, CPU time per task while playing:\n${taskCosts(traceEvents)}`,
    ].join('\n')
  }
}

/** CPU milliseconds (`tdur`, else wall) of each outermost event on the thread: its tasks, in order. */
function tasksOf(events: readonly TraceEvent[], pid: number, tid: number): number[] {
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const costs: number[] = []
  let end = -Infinity
  for (const e of spans) {
    if (e.ts < end) continue
    end = e.ts + (e.dur ?? 0)
    costs.push((e.tdur ?? e.dur ?? 0) / 1000)
  }
  return costs
}

/**
 * The sim worker is the busiest worker thread in the page's renderer (the process drawing animation frames);
 * the sandboxes' workers run in another process (their iframes are cross-origin).
 */
function taskCosts(events: readonly TraceEvent[]): string {
  const frames = new Map<number, number>()
  for (const e of events)
    if (e.name === 'FireAnimationFrame') frames.set(e.pid, (frames.get(e.pid) ?? 0) + 1)
  const pagePid = [...frames.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  const workers = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread')
    .map((e) => ({ pid: e.pid, tid: e.tid, tasks: tasksOf(events, e.pid, e.tid) }))
  const cpu = (tasks: number[]) => tasks.reduce((a, b) => a + b, 0)
  const sim = workers
    .filter((w) => w.pid === pagePid)
    .sort((a, b) => cpu(b.tasks) - cpu(a.tasks))[0]
  if (sim === undefined) return 'no sim worker thread in the trace'
  const sandboxes = workers.filter((w) => w.pid !== pagePid && w.tasks.length > 0)
  const p = (n: number) => (percentile(sim.tasks, n) ?? 0).toFixed(2)
  const over = (ms: number) => sim.tasks.filter((c) => c > ms).length
  return [
    `sim worker: ${sim.tasks.length} tasks, ${cpu(sim.tasks).toFixed(0)} ms of CPU; per task p50 ${p(50)} ms, p90 ${p(90)} ms, p99 ${p(99)} ms, max ${p(100)} ms`,
    `sim worker tasks over 4 ms: ${over(4)}, over 16 ms: ${over(16)}, over 50 ms: ${over(50)}`,
    `sandbox workers: ${sandboxes.map((w) => `${w.tasks.length} tasks ${cpu(w.tasks).toFixed(0)} ms`).join('; ')}`,
  ].join('\n')
}
