/**
 * The Timeline's seek time in the browser (issue 11: ≤ 300 ms anywhere in the day-long poison pill), for
 * `npm run bench:ui` or by hand: `npx vite preview --port 4184 &` then
 * `npx tsx bench/ui/seek.ts http://127.0.0.1:4184`.
 * A seek is timed in the page, from the key's keydown to the frame after the clock shows the target time:
 * the worker's restore and replay, the whole-state message, the store's rebuild and React's render.
 */
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { timelineKeyTarget } from '../../src/features/timeline/timelineKeys'

export interface SeekFigures {
  /** Wall time of "Run to end" of the day (handlers run live; the snapshots are taken on the way). */
  readonly runToEndMs: number
  readonly seeks: readonly { readonly key: string; readonly toMs: number; readonly ms: number }[]
  readonly p50Ms: number
  readonly maxMs: number
}

/** Back to the start, to the end, and jumps of a tenth of the day and of one arrow step both ways. */
const KEYS = [
  'Home',
  'End',
  'PageDown',
  'PageDown',
  'ArrowLeft',
  'Home',
  'PageUp',
  'PageUp',
  'PageUp',
  'ArrowRight',
  'PageUp',
  'PageUp',
  'PageDown',
  'End',
  'ArrowLeft',
] as const

/** In the page: timestamps of each keydown on the slider and of the frame after the clock changed. */
const INSTALL_PROBE = `(() => {
  const probe = { down: 0, shown: new Map() }
  window.__seekProbe = probe
  document.addEventListener('keydown', () => { probe.down = performance.now() }, true)
  const clock = document.querySelector('[data-testid="playback.clock.elapsed"]')
  new MutationObserver(() => {
    const ms = Number(clock.getAttribute('data-ms'))
    requestAnimationFrame(() => probe.shown.set(ms, performance.now() - probe.down))
  }).observe(clock, { attributes: true, attributeFilter: ['data-ms'] })
})()`

/** Loads the day-long poison pill at `baseURL`, runs it to the end, then times each seek of `KEYS`. */
export async function measureSeek(page: Page, baseURL: string): Promise<SeekFigures> {
  await page.goto(`${baseURL}/?scenario=poison-pill-day`)
  await page.getByTestId('table.definition').waitFor()
  const clock = page.getByTestId('playback.clock.elapsed')
  const started = Date.now()
  await page.getByTestId('playback.runToEnd').click()
  await page
    .getByTestId('playback.status')
    .filter({ hasText: 'finished' })
    .waitFor({ timeout: 300_000 })
  const runToEndMs = Date.now() - started
  await page.evaluate(INSTALL_PROBE)
  const slider = page.getByRole('slider', { name: 'Timeline' })
  const durationMs = Number(await slider.getAttribute('max'))
  await slider.focus()
  const seeks: { key: string; toMs: number; ms: number }[] = []
  let atMs = durationMs
  for (const key of KEYS) {
    const toMs = timelineKeyTarget(key, atMs, durationMs) ?? atMs
    await page.evaluate('window.__seekProbe.shown.clear()')
    await slider.press(key)
    await page.waitForFunction(`window.__seekProbe.shown.has(${toMs})`, undefined, {
      timeout: 10_000,
    })
    const ms = Number(await page.evaluate(`window.__seekProbe.shown.get(${toMs})`))
    seeks.push({ key, toMs, ms: Math.round(ms) })
    atMs = toMs
    if (Number(await clock.getAttribute('data-ms')) !== toMs)
      throw new Error(`seek to ${toMs} missed`)
  }
  const sorted = seeks.map((s) => s.ms).sort((a, b) => a - b)
  return {
    runToEndMs,
    seeks,
    p50Ms: sorted[Math.floor(sorted.length / 2)],
    maxMs: sorted[sorted.length - 1],
  }
}

async function main(baseURL: string): Promise<void> {
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const browser = await chromium.launch(existsSync(system) ? { executablePath: system } : {})
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
    })
    const figures = await measureSeek(page, baseURL)
    for (const seek of figures.seeks)
      console.log(`seek ${seek.key} → ${seek.toMs} ms: ${seek.ms} ms`)
    console.log(
      `Run to end ${figures.runToEndMs} ms · seek p50 ${figures.p50Ms} ms · max ${figures.maxMs} ms (target ≤ 300 ms)`,
    )
  } finally {
    await browser.close()
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv[2] ?? 'http://127.0.0.1:4184')
