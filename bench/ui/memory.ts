/**
 * The memory case of `npm run bench:ui` (issue 13: the sim worker stays ≤ 300 MB during an hour of 100 writes/s
 * from the traffic generator). Imports an empty hour-long table, turns the generator on at 100 items/s as a
 * user does, presses "Run to end" and samples the worker's heap every second until the run finishes.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { Gallery } from '../../e2e/fixtures/pages/Gallery'
import { Playback } from '../../e2e/fixtures/pages/Playback'
import { attachSimWorker } from './workerMemory'

export interface MemoryFigures {
  /** Highest sampled heap in use (no forced collection: what the tab has to hold). */
  readonly peakWorkerHeapMb: number
  /** Heap in use at the end after a forced collection: what the run retains. */
  readonly endWorkerHeapMb: number
  /** The status line's record count and engine estimate at the end. */
  readonly records: number
  readonly engineEstimateMb: number | null
  readonly virtualSeconds: number
  readonly wallSeconds: number
  /** Whether the hour finished (false: cut short by the wall-time or heap cap above). */
  readonly finished: boolean
  /** The status line's notice at the end (the discard policy, docs/semantics.md D18), or null. */
  readonly notice: string | null
  /** [wall s, virtual s, heap MB, the status line's estimate MB] every sample, for the growth curve. */
  readonly samples: readonly (readonly [number, number, number, number])[]
}

const RATE = '100'
const MB = 1024 * 1024
/** A run that has not finished by then, or whose worker passes 1.5 GB, is cut short: its figures say so. */
const MAX_WALL_MS = 12 * 60 * 1000
const MAX_HEAP_MB = 1536

export async function hourOfTraffic(
  page: Page,
  heapSnapshot?: string,
  screenshot?: string,
): Promise<MemoryFigures> {
  const gallery = new Gallery(page)
  const playback = new Playback(page)
  await gallery.import('bench-hour.json', readFileSync('bench/ui/hourOfTraffic.json', 'utf8'))
  await page
    .getByTestId('scenario.select')
    .locator('option:checked', { hasText: 'Bench: an hour of traffic' })
    .waitFor({ state: 'attached', timeout: 120_000 })
  await page.getByTestId('traffic.rate').fill(RATE)
  await page.getByTestId('traffic.toggle').click()
  const worker = await attachSimWorker(page)
  const started = Date.now()
  const samples: [number, number, number, number][] = []
  await playback.runToEnd.click()
  let finished: boolean
  for (;;) {
    const heapMb = (await worker.usedBytes()) / MB
    const sample: [number, number, number, number] = [
      (Date.now() - started) / 1000,
      (await playback.simTimeMs()) / 1000,
      heapMb,
      Number(await page.getByTestId('status.memory').getAttribute('data-engine-bytes')) / MB,
    ]
    samples.push(sample)
    if (samples.length % 15 === 0) console.error(`memory: ${sample.map(Math.round).join(', ')}`)
    finished = (await playback.status.textContent()) === 'finished'
    // A run over its memory limit holds (docs/semantics.md D18): it will not finish.
    const held = (
      await page
        .getByTestId('status.memoryNotice')
        .textContent({ timeout: 1 })
        .catch(() => null)
    )?.startsWith('The run holds')
    if (finished || held || Date.now() - started > MAX_WALL_MS || heapMb > MAX_HEAP_MB) break
    await new Promise((r) => setTimeout(r, 1000))
  }
  const wallSeconds = (Date.now() - started) / 1000
  const endWorkerHeapMb = (await worker.usedBytes(true)) / MB
  if (heapSnapshot) await worker.heapSnapshot(heapSnapshot)
  await worker.close()
  const status = page.getByTestId('status.memory')
  const records = Number((await status.getAttribute('data-records')) ?? NaN)
  const engineBytes = await status.getAttribute('data-engine-bytes')
  if (screenshot) await page.screenshot({ path: screenshot })
  const virtualSeconds = (await playback.simTimeMs()) / 1000
  const noticeBox = page.getByTestId('status.memoryNotice')
  const notice = (await noticeBox.count()) > 0 ? await noticeBox.textContent() : null
  await page.context().close()
  const round = (mb: number) => Math.round(mb * 10) / 10
  return {
    peakWorkerHeapMb: round(Math.max(...samples.map((s) => s[2]))),
    endWorkerHeapMb: round(endWorkerHeapMb),
    records,
    engineEstimateMb: engineBytes === null ? null : round(Number(engineBytes) / MB),
    virtualSeconds,
    wallSeconds: Math.round(wallSeconds),
    finished,
    notice,
    samples: samples.map(
      ([w, v, h, e]) => [Math.round(w), Math.round(v), round(h), round(e)] as const,
    ),
  }
}
