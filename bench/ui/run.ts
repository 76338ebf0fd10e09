/**
 * `npm run bench:ui`: the main thread's figures in Chromium against the production build (issue 11).
 * - a 4-shard scenario receiving 1,000 writes/s of virtual time, imported as a user would and played at 10× for
 *   20 s of wall time: p50 / p95 / p99 frame times (requestAnimationFrame deltas) and long tasks (> 50 ms);
 *   first the same figures over the same page and window with nothing playing (`idle*` keys): the floor of the
 *   measurement on this machine (rAF deltas jitter around the display's 16.7 ms even on an idle page);
 * - "Run to end" of the two day-long examples, from the click to the "finished" status;
 * - seeking the "Timeline" slider with End and Home, when the app has one (else null).
 * Targets: p95 frame ≤ 16.7 ms (counted in whole display intervals, `displayFrames`), no long task over 100 ms, each "Run to end" ≤ 5 s, seek ≤ 300 ms.
 * `--json` adds the figures as a JSON object on the last line; `--skip-build` serves the dist/ already built;
 * `--only-load` and `--only-run-to-end` run one part (`--example=<name>`: Run to end of one example, say
 * `--example="A day of traffic"`); `--profile` prints where the main thread's time goes
 * while playing (bench/ui/profile.ts), and `--profile-out=<dir>` also saves each raw CPU profile there;
 * `--trace` splits the main thread's time while playing by kind of work (bench/ui/trace.ts); `--counts` prints
 * React commits and DOM mutations per second while playing (bench/ui/counts.ts), figures a busy machine
 * does not change. `--speed=<N>` plays at ×N instead of ×10; `--tab=<label>` shows that tab while playing. `--worker-profile` profiles the sim worker while playing and in each Run to end (bench/ui/workerProfile.ts).
 * - an hour of virtual time with the traffic generator at 100 writes/s, "Run to end": the sim worker's heap,
 *   sampled every second (target ≤ 300 MB, issue 13) and the record count the status line shows at the end.
 *   `--only-memory` runs this part alone; `--heap-snapshot=<file>` saves the worker's heap at the end and
 *   `--memory-screenshot=<file>` the page.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { Gallery } from '../../e2e/fixtures/pages/Gallery'
import { Playback } from '../../e2e/fixtures/pages/Playback'
import { chromiumArgs, systemChromium } from '../../playwright.config'
import { hourOfTraffic, type MemoryFigures } from './memory'
import { startProfile } from './profile'
import { startTrace } from './trace'
import { startWorkerProfile } from './workerProfile'
import { installCounts, startCounting, stopCounting, summarizeCounts } from './counts'
import {
  displayFrames,
  installProbes,
  percentile,
  startRecording,
  stopRecording,
  type FrameStats,
} from './probes'
import { startPreview } from './server'

const PLAY_SECONDS = 20
/** `--speed=<N>` plays at real time ×N instead (a speed the machine sustains shows what a slow start costs). */
const SPEED_FACTOR = Number(
  process.argv.find((a) => a.startsWith('--speed='))?.slice('--speed='.length) ?? 10,
)
/** `--tab=<label>` shows that tab under the pipeline while playing (e.g. `--tab=Metrics`: the live charts). */
const TAB = process.argv.find((a) => a.startsWith('--tab='))?.slice('--tab='.length)
const SPEED = `real time ×${SPEED_FACTOR.toLocaleString('en-US')}`
const DAY_EXAMPLES = [
  'One bad record blocks its shard for a day (default settings)',
  'A day of traffic',
] as const

/** The frame figures of one recorded window. */
function frameFigures(stats: FrameStats) {
  const shown = displayFrames(stats.frames)
  return {
    displayFrameP95Ms: percentile(shown.frames, 95),
    displayFrameP99Ms: percentile(shown.frames, 99),
    droppedFrames: shown.dropped,
    frameP50Ms: percentile(stats.frames, 50),
    frameP95Ms: percentile(stats.frames, 95),
    frameP99Ms: percentile(stats.frames, 99),
    frames: stats.frames.length,
    longTasks: stats.longTasks.length,
    longestTaskMs: stats.longTasks.length ? Math.max(...stats.longTasks) : null,
  }
}

interface Figures {
  /** The idle baseline: the same page over the same window with nothing playing. */
  idleFrameP50Ms: number | null
  idleFrameP95Ms: number | null
  idleFrameP99Ms: number | null
  idleFrames: number
  idleDroppedFrames: number
  idleLongTasks: number
  idleLongestTaskMs: number | null
  frameP50Ms: number | null
  frameP95Ms: number | null
  frameP99Ms: number | null
  frames: number
  /** Frame times in whole display intervals (see `displayFrames`): the figure the p95 target is read against. */
  displayFrameP95Ms: number | null
  displayFrameP99Ms: number | null
  /** Display refreshes that showed no new frame while playing. */
  droppedFrames: number
  longTasks: number
  longestTaskMs: number | null
  virtualSecondsPlayed: number
  /** The virtual seconds on screen after each wall second of playing. */
  virtualSecondsCurve: number[]
  runToEndMs: Record<string, number>
  seekEndMs: number | null
  seekHomeMs: number | null
  memory: MemoryFigures | null
}

/** `--profile` (and where `--profile-out` saves the raw profiles), or null without it. */
type Profiling = { readonly dir: string | undefined } | null

function profileOf(profiling: Profiling, page: Page, name: string) {
  if (profiling === null) return Promise.resolve(undefined)
  const file = profiling.dir && join(profiling.dir, `${name.replace(/\W+/g, '-')}.cpuprofile`)
  return startProfile(page, file)
}

async function openApp(browser: Browser, url: string, counts = false): Promise<Page> {
  // The service worker's caching of the whole build (VitePWA in vite.config.ts) is not what is measured.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  // tsx compiles this file with esbuild's keepNames, which wraps the page functions' inner helpers in __name().
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  await page.addInitScript(installProbes)
  if (counts) await page.addInitScript(installCounts)
  await page.goto(url)
  await page.getByTestId('table.definition').waitFor()
  return page
}

/** What a timed action waits for: an element's text (`attribute` null) or attribute equal to `value`. */
interface Until {
  readonly testId: string
  readonly attribute: string | null
  readonly value: string
}

interface TimerGlobals {
  document: {
    addEventListener(type: string, f: () => void, o: object): void
    body: unknown
    querySelector(s: string): { textContent: string; getAttribute(a: string): string | null } | null
  }
  MutationObserver: new (f: () => void) => {
    observe(t: unknown, o: object): void
    disconnect(): void
  }
  __bench: { actedAt?: number; doneAt?: number }
}

/** From the next click or key press in the page to the DOM change that makes `until` hold. */
async function timeAction(page: Page, act: () => Promise<void>, until: Until): Promise<number> {
  await page.evaluate((u) => {
    const g = globalThis as unknown as TimerGlobals
    const bench = g.__bench
    bench.actedAt = undefined
    bench.doneAt = undefined
    const mark = () => (bench.actedAt ??= performance.now())
    g.document.addEventListener('click', mark, { capture: true, once: true })
    g.document.addEventListener('keydown', mark, { capture: true, once: true })
    const observer = new g.MutationObserver(() => {
      const el = g.document.querySelector(`[data-testid="${u.testId}"]`)
      const value = u.attribute === null ? el?.textContent : el?.getAttribute(u.attribute)
      if (bench.actedAt === undefined || value !== u.value) return
      bench.doneAt = performance.now()
      observer.disconnect()
    })
    observer.observe(g.document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
  }, until)
  await act()
  await page.waitForFunction(
    () => (globalThis as unknown as TimerGlobals).__bench.doneAt !== undefined,
    undefined,
    { timeout: 180_000 },
  )
  return page.evaluate(() => {
    const bench = (globalThis as unknown as TimerGlobals).__bench
    return Math.round((bench.doneAt as number) - (bench.actedAt as number))
  })
}

const finished: Until = { testId: 'playback.status', attribute: null, value: 'finished' }
const clockAt = (ms: string): Until => ({
  testId: 'playback.clock.elapsed',
  attribute: 'data-ms',
  value: ms,
})

async function playLoad(
  browser: Browser,
  url: string,
  profiling: Profiling,
  trace: boolean,
  counts: boolean,
  workerProfile: boolean,
): Promise<Partial<Figures>> {
  const page = await openApp(browser, url, counts)
  const gallery = new Gallery(page)
  const playback = new Playback(page)
  await gallery.import('bench-4-shards.json', readFileSync('bench/ui/fourShards.json', 'utf8'))
  // The worker has loaded it when the picker names it (it says "Loading…" until then).
  await page
    .getByTestId('scenario.select')
    .locator('option:checked', { hasText: 'Bench: 4 shards' })
    .waitFor({ state: 'attached', timeout: 120_000 })
  if (TAB !== undefined) await page.getByRole('tab', { name: TAB, exact: true }).click()
  const speed = page.getByTestId('playback.speed')
  await speed.focus()
  // The slider's stops rise from Event-paced through real time ×0.25 … ×10,000: Home, then right to ×10.
  await page.keyboard.press('Home')
  for (let i = 0; i < 30 && (await speed.getAttribute('aria-valuetext')) !== SPEED; i++)
    await page.keyboard.press('ArrowRight')
  if ((await speed.getAttribute('aria-valuetext')) !== SPEED)
    throw new Error(`no Speed stop ${SPEED}`)
  await page.evaluate(startRecording)
  await new Promise((r) => setTimeout(r, PLAY_SECONDS * 1000))
  const idle = frameFigures(await page.evaluate(stopRecording))
  const stopProfile = await profileOf(profiling, page, 'play-4-shards')
  const stopTrace = trace ? await startTrace(browser, page) : undefined
  const stopWorkerProfile = workerProfile
    ? await startWorkerProfile(
        browser,
        page,
        profiling?.dir && join(profiling.dir, 'play-4-shards-worker.cpuprofile'),
      )
    : undefined
  await page.evaluate(startRecording)
  if (counts) await page.evaluate(startCounting)
  await playback.play.click()
  // The virtual clock on screen each wall second: where playback falls behind (at the start, or all along).
  const started = Date.now()
  const virtualSecondsCurve: number[] = []
  for (let s = 1; s <= PLAY_SECONDS; s++) {
    await new Promise((r) => setTimeout(r, Math.max(0, started + s * 1000 - Date.now())))
    virtualSecondsCurve.push(Math.round((await playback.simTimeMs()) / 100) / 10)
  }
  const stats = await page.evaluate(stopRecording)
  if (counts)
    console.log(
      `while playing:\n${summarizeCounts(await page.evaluate(stopCounting), PLAY_SECONDS)}`,
    )
  if (stopProfile) console.log(`main thread, self time while playing:\n${await stopProfile()}`)
  if (stopTrace) console.log(`main thread by kind of work while playing:\n${await stopTrace()}`)
  if (stopWorkerProfile) console.log(await stopWorkerProfile())
  // Pause, unless the run already played to its end (200 s of virtual time in 20 s at ×10: Play is disabled).
  if (await playback.play.isEnabled()) await playback.play.click()
  const virtualSecondsPlayed = Math.round(virtualSecondsCurve[PLAY_SECONDS - 1])
  await page.context().close()
  return {
    idleFrameP50Ms: idle.frameP50Ms,
    idleFrameP95Ms: idle.frameP95Ms,
    idleFrameP99Ms: idle.frameP99Ms,
    idleFrames: idle.frames,
    idleDroppedFrames: idle.droppedFrames,
    idleLongTasks: idle.longTasks,
    idleLongestTaskMs: idle.longestTaskMs,
    ...frameFigures(stats),
    virtualSecondsPlayed,
    virtualSecondsCurve,
  }
}

async function runToEnd(
  browser: Browser,
  url: string,
  name: string,
  seek: boolean,
  profiling: Profiling,
  workerProfile: boolean,
) {
  const page = await openApp(browser, url)
  const gallery = new Gallery(page)
  const playback = new Playback(page)
  await gallery.pick(name)
  await gallery.name.filter({ hasText: name }).waitFor()
  const stopProfile = await profileOf(profiling, page, `run-to-end-${name}`)
  const stopWorker = workerProfile ? await startWorkerProfile(browser, page) : undefined
  const ms = await timeAction(page, () => playback.runToEnd.click(), finished)
  if (stopProfile)
    console.log(`main thread, self time in Run to end (${name}):\n${await stopProfile()}`)
  if (stopWorker) console.log(`Run to end (${name}):\n${await stopWorker()}`)
  let seekEndMs: number | null = null
  let seekHomeMs: number | null = null
  const timeline = page.getByRole('slider', { name: 'Timeline' })
  if (seek && (await timeline.count()) > 0) {
    const endMs = String(await playback.simTimeMs())
    await timeline.focus()
    seekHomeMs = await timeAction(page, () => page.keyboard.press('Home'), clockAt('0'))
    seekEndMs = await timeAction(page, () => page.keyboard.press('End'), clockAt(endMs))
  }
  await page.context().close()
  return { ms, seekEndMs, seekHomeMs }
}

function fmt(value: number | null, unit = ' ms'): string {
  return value === null ? 'null' : `${Math.round(value * 10) / 10}${unit}`
}

function table(f: Figures): string {
  // Each frame figure next to the idle page's (the floor of the measurement here), then the target.
  const vsIdle = (idle: string, target: string) => `idle ${idle.padStart(8)}   ${target}`
  const played: [string, string, string][] = [
    ['frame p50', fmt(f.frameP50Ms), vsIdle(fmt(f.idleFrameP50Ms), '')],
    ['frame p95 (rAF delta)', fmt(f.frameP95Ms), vsIdle(fmt(f.idleFrameP95Ms), '')],
    ['frame p99 (rAF delta)', fmt(f.frameP99Ms), vsIdle(fmt(f.idleFrameP99Ms), '')],
    ['frame p95 (display intervals)', fmt(f.displayFrameP95Ms), '≤ 16.7 ms'],
    ['frame p99 (display intervals)', fmt(f.displayFrameP99Ms), ''],
    [
      'dropped frames',
      `${f.droppedFrames} of ${f.frames + f.droppedFrames}`,
      vsIdle(String(f.idleDroppedFrames), ''),
    ],
    ['frames recorded', String(f.frames), vsIdle(String(f.idleFrames), '')],
    ['long tasks (> 50 ms)', String(f.longTasks), vsIdle(String(f.idleLongTasks), '')],
    ['longest task', fmt(f.longestTaskMs), vsIdle(fmt(f.idleLongestTaskMs), '≤ 100 ms')],
    [
      'virtual time played',
      `${f.virtualSecondsPlayed} s`,
      `${PLAY_SECONDS * SPEED_FACTOR} s at ${SPEED_FACTOR}×`,
    ],
  ]
  const rows: [string, string, string][] = [
    ...(f.frames === undefined ? [] : played),
    ...Object.entries(f.runToEndMs).map(
      ([name, ms]) => [`Run to end: ${name}`, fmt(ms), '≤ 5 s'] as [string, string, string],
    ),
    ['seek End (Timeline)', fmt(f.seekEndMs), '≤ 300 ms'],
    ['seek Home (Timeline)', fmt(f.seekHomeMs), '≤ 300 ms'],
    ...(f.memory === null
      ? []
      : ([
          ['worker heap, peak (hour at 100/s)', fmt(f.memory.peakWorkerHeapMb, ' MB'), '≤ 300 MB'],
          ['worker heap, end after GC', fmt(f.memory.endWorkerHeapMb, ' MB'), ''],
          ['records at the end', String(f.memory.records), ''],
        ] as [string, string, string][])),
  ]
  const width = Math.max(...rows.map((r) => r[0].length))
  return rows.map(([k, v, t]) => `${k.padEnd(width)}  ${v.padStart(10)}  ${t}`).join('\n')
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2))
  const out = process.argv
    .find((a) => a.startsWith('--profile-out='))
    ?.slice('--profile-out='.length)
  const profiling: Profiling = args.has('--profile') || out ? { dir: out } : null
  if (!args.has('--skip-build')) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' })
  const preview = await startPreview()
  const browser = await chromium.launch(
    systemChromium ? { executablePath: systemChromium, args: chromiumArgs } : {},
  )
  try {
    const heapSnapshot = process.argv
      .find((a) => a.startsWith('--heap-snapshot='))
      ?.slice('--heap-snapshot='.length)
    const screenshot = process.argv
      .find((a) => a.startsWith('--memory-screenshot='))
      ?.slice('--memory-screenshot='.length)
    if (args.has('--only-memory')) {
      const memory = await hourOfTraffic(
        await openApp(browser, preview.url),
        heapSnapshot,
        screenshot,
      )
      console.log(table({ runToEndMs: {}, seekEndMs: null, seekHomeMs: null, memory } as Figures))
      if (args.has('--json')) console.log(JSON.stringify({ memory }))
      return
    }
    const load = args.has('--only-run-to-end')
      ? {}
      : await playLoad(
          browser,
          preview.url,
          profiling,
          args.has('--trace'),
          args.has('--counts'),
          args.has('--worker-profile'),
        )
    const runToEndMs: Record<string, number> = {}
    let seekEndMs: number | null = null
    let seekHomeMs: number | null = null
    // `--example=<name>`: Run to end of that one example only (as A/B runs of one figure want).
    const only = process.argv.find((a) => a.startsWith('--example='))?.slice('--example='.length)
    const examples = DAY_EXAMPLES.filter((name) => only === undefined || name === only)
    for (const [i, name] of args.has('--only-load') ? [] : examples.entries()) {
      const r = await runToEnd(
        browser,
        preview.url,
        name,
        i === 0 && only === undefined,
        profiling,
        args.has('--worker-profile'),
      )
      runToEndMs[name] = r.ms
      if (i === 0) ({ seekEndMs, seekHomeMs } = r)
    }
    const memory =
      args.has('--only-load') || args.has('--only-run-to-end')
        ? null
        : await hourOfTraffic(await openApp(browser, preview.url), heapSnapshot, screenshot)
    const figures = { ...load, runToEndMs, seekEndMs, seekHomeMs, memory } as Figures
    console.log(table(figures))
    if (args.has('--json')) console.log(JSON.stringify(figures))
  } finally {
    await browser.close()
    preview.stop()
  }
}

await main()
