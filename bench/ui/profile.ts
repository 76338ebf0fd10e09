/**
 * `--profile`: a CPU profile of the page's main thread over the played window (Chrome DevTools protocol,
 * `Profiler`), summed by function: where the frames go. Build with `npx vite build --minify false` first to
 * read real function names. The summary gives the busy time (everything but idle), then the biggest
 * functions by self time and by total time (self + callees, counted once per sample). With
 * `--profile-out=<dir>`, the raw `.cpuprofile` is also written there (DevTools opens it).
 */
import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

export interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const TOP = 25

export async function startProfile(page: Page, saveAs?: string): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
    if (saveAs !== undefined) writeFileSync(saveAs, JSON.stringify(profile))
    return summarize(profile)
  }
}

function keyOf(node: ProfileNode): string {
  const frame = node.callFrame
  const file = frame.url.replace(/^.*\//, '')
  return `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`
}

/** Busy time, then self and total time per function, the biggest first, as "ms  share  name  file:line". */
export function summarize(profile: Profile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let wall = 0
  let idle = 0
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    wall += dt
    if (!node) return
    if (node.callFrame.functionName === '(idle)') idle += dt
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + dt)
    // Each function on the sample's stack gets the sample once, however often it recurs.
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const onStack = byId.get(at)
      if (!onStack) break
      const key = keyOf(onStack)
      if (seen.has(key)) continue
      seen.add(key)
      total.set(key, (total.get(key) ?? 0) + dt)
    }
  })
  const busy = wall - idle
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .filter(([key]) => !key.startsWith('(root)') && !key.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(
        ([key, ms]) =>
          `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${key}`,
      )
      .join('\n')
  return [
    `busy ${busy.toFixed(0)} ms of ${wall.toFixed(0)} ms (${((100 * busy) / wall).toFixed(0)}%); shares are of busy time`,
    '-- self time --',
    rows(self),
    '-- total time (self + callees) --',
    rows(total),
  ].join('\n')
}
