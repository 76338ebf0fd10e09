/**
 * `--trace`: where the main thread's time goes by kind of work (script, style, layout, paint…), from a
 * Chromium performance trace over the played window. The CPU profile (profile.ts) sees only JavaScript and
 * lumps the rest into "(program)"; the trace splits that part. Each trace event's self time is its duration
 * minus the events nested in it on the same thread.
 */
import type { Browser, Page } from '@playwright/test'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tid: number
  args?: { name?: string }
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8']
const TOP = 20

export async function startTrace(browser: Browser, page: Page): Promise<() => Promise<string>> {
  await browser.startTracing(page, { categories: CATEGORIES })
  return async () => summarize(JSON.parse((await browser.stopTracing()).toString()) as unknown)
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
  for (const e of spans) {
    const dur = e.dur ?? 0
    while (open.length > 0 && open[open.length - 1].end <= e.ts) open.pop()
    const parent = open[open.length - 1]
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur)
    else top += dur
    self.set(e.name, (self.get(e.name) ?? 0) + dur)
    open.push({ end: e.ts + dur, name: e.name })
  }
  const lines = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(
      ([name, us]) =>
        `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / top).toFixed(1).padStart(5)}%  ${name}`,
    )
  return [`main thread busy ${(top / 1000).toFixed(0)} ms (top-level tasks)`, ...lines].join('\n')
}
