import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
await page.goto('http://127.0.0.1:4173/')
await page.getByTestId('table.definition').waitFor()
await page.screenshot({ path: '/tmp/shot0.png', fullPage: true })
await page.getByTestId('playback.runToEnd').click()
await page.getByTestId('playback.status').filter({ hasText: 'finished' }).waitFor()
await page.screenshot({ path: '/tmp/shot1.png', fullPage: true })
for (const a of process.argv.slice(2)) { await page.getByTestId(a).click() }
if (process.argv.length > 2) await page.screenshot({ path: '/tmp/shot2.png', fullPage: true })
await browser.close()
