/**
 * `--trace`: where the main thread's time goes by kind of work (script, style, layout, paint…), from a
 * Chromium performance trace over the played window. The CPU profile (profile.ts) sees only JavaScript and
 * lumps the rest into "(program)"; the trace splits that part. Each trace event's self time is its duration
 * minus the events nested in it on the same thread, in the thread's CPU time (`tdur`): on a busy machine the
 * wall time also counts the time the thread waited for a core, the CPU time does not. `BENCH_TRACE_OUT=<file>`
 * saves the raw trace.
 */
import { writeFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'

export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** CPU time of the thread in the event, when the trace has it. */
  tdur?: number
  tid: number
  pid: number
  args?: { name?: string }
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8']
const TOP = 20

export async function startTrace(browser: Browser, page: Page): Promise<() => Promise<string>> {
  await browser.startTracing(page, { categories: CATEGORIES })
  return async () => {
    const raw = (await browser.stopTracing()).toString()
    const out = process.env.BENCH_TRACE_OUT
    if (out) writeFileSync(out, raw)
    return summarize(JSON.parse(raw) as unknown)
  }
}

function summarize(data: unknown): string {
  const events = (data as { traceEvents: TraceEvent[] }).traceEvents
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (main === undefined) return 'no renderer main thread in the trace'
  const spans = events
    .filter((e) => e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, number>()
  const open: { end: number; name: string }[] = []
  let top = 0
  let topCpu = 0
  for (const e of spans) {
    const dur = e.dur ?? 0
    const cpu = e.tdur ?? dur
    while (open.length > 0 && open[open.length - 1].end <= e.ts) open.pop()
    const parent = open[open.length - 1]
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cpu)
    else {
      top += dur
      topCpu += cpu
    }
    self.set(e.name, (self.get(e.name) ?? 0) + cpu)
    open.push({ end: e.ts + dur, name: e.name })
  }
  const lines = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(
      ([name, us]) =>
        `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / topCpu).toFixed(1).padStart(5)}%  ${name}`,
    )
  const ms = (us: number) => (us / 1000).toFixed(0)
  return [
    `main thread busy ${ms(top)} ms (top-level tasks), ${ms(topCpu)} ms of it on a CPU; CPU time by kind:`,
    ...lines,
  ].join('\n')
}
