import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { Gallery } from '../../e2e/fixtures/pages/Gallery'
import { Playback } from '../../e2e/fixtures/pages/Playback'
import { chromiumArgs, systemChromium } from '../../playwright.config'
import { startPreview } from './server'
import { installProbes, percentile, startRecording, stopRecording } from './probes'
import { installCounts, startCounting, stopCounting, summarizeCounts } from './counts'
import { startTrace } from './trace'
const css = process.env.EXP_CSS ?? ''
const speedName = process.env.EXP_SPEED ?? 'real time ×10'
const seconds = Number(process.env.EXP_SECONDS ?? 20)
const preview = await startPreview()
const browser = await chromium.launch(systemChromium ? { executablePath: systemChromium, args: chromiumArgs } : {})
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
await page.addInitScript(installProbes)
await page.addInitScript(installCounts)
await page.goto(preview.url)
await page.getByTestId('table.definition').waitFor()
if (css) await page.addStyleTag({ content: css })
await new Gallery(page).import('bench-4-shards.json', readFileSync('bench/ui/fourShards.json', 'utf8'))
await page.getByTestId('scenario.select').locator('option:checked', { hasText: 'Bench: 4 shards' }).waitFor({ state: 'attached', timeout: 120_000 })
const speed = page.getByTestId('playback.speed')
await speed.focus()
await page.keyboard.press('Home')
for (let i = 0; i < 30 && (await speed.getAttribute('aria-valuetext')) !== speedName; i++) await page.keyboard.press('ArrowRight')
const playback = new Playback(page)
const stopTrace = await startTrace(browser, page)
await page.evaluate(startRecording)
await page.evaluate(startCounting)
await playback.play.click()
await new Promise((r) => setTimeout(r, seconds * 1000))
const stats = await page.evaluate(stopRecording)
const counts = await page.evaluate(stopCounting)
console.log(summarizeCounts(counts, seconds))
console.log((await stopTrace()).split('\n').slice(0, 12).join('\n'))
await playback.play.click()
console.log('virtual s', Math.round((await playback.simTimeMs()) / 1000), 'frames', stats.frames.length, 'p50', percentile(stats.frames, 50), 'p95', percentile(stats.frames, 95), 'long', stats.longTasks.length, 'max', Math.max(0, ...stats.longTasks))
if (process.env.EXP_SHOT) await page.screenshot({ path: process.env.EXP_SHOT })
await browser.close(); preview.stop()
