/**
 * `--profile`: a CPU profile of the page's main thread over the played window (Chrome DevTools protocol,
 * `Profiler`), summed by function: where the frames go. Build with `npx vite build --minify false` first to
 * read real function names.
 */
import type { Page } from '@playwright/test'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export async function startProfile(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
    return summarize(profile)
  }
}

/** Self time per function, the 25 biggest, as "ms  share  name  file:line". */
function summarize(profile: Profile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    total += dt
    if (!frame) return
    const file = frame.url.replace(/^.*\//, '')
    const key = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + dt)
  })
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(
      ([key, ms]) =>
        `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`,
    )
    .join('\n')
}
