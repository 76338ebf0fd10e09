#!/usr/bin/env node
// Runs `playwright test` once a Chromium is available, arguments passed through.
// The browser choice mirrors playwright.config.ts: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function findSystemChromium() {
  if (process.env.PW_BUNDLED_BROWSER) return undefined
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

function findPlaywrightChromium() {
  try {
    const path = require('playwright-core').chromium.executablePath()
    return existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

const system = findSystemChromium()
if (system && !existsSync(system)) {
  console.error(`e2e: CHROMIUM_PATH is ${system}, but no such file exists.`)
  process.exit(1)
}
if (!system && !findPlaywrightChromium()) {
  console.error(
    [
      'e2e: no Chromium found ($CHROMIUM_PATH, /usr/bin/chromium, or a Playwright-managed browser).',
      'Install one, then run this again:',
      '  sudo apt-get install -y chromium    # Debian/Ubuntu; picked up from /usr/bin/chromium',
      '  npx playwright install chromium     # where browser downloads are allowed',
      'Or set CHROMIUM_PATH to an existing Chromium binary.',
    ].join('\n'),
  )
  process.exit(1)
}

const cli = require.resolve('@playwright/test/cli')
// Arguments go to Playwright as given. Without any, the whole suite runs in one pass: the latency specs beside the
// others, at a higher CPU priority (the "latency" and "shared" projects of playwright.config.ts).
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
if (result.error) throw result.error
process.exit(result.status ?? 1)
