#!/usr/bin/env node
// Runs `playwright test` once a Chromium is available: arguments passed through, or the whole suite in two passes.
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
const playwright = (args) => {
  const result = spawnSync(process.execPath, [cli, 'test', ...args], { stdio: 'inherit' })
  if (result.error) throw result.error
  return result.status ?? 1
}
// With arguments, they go to Playwright as given. The whole suite runs in two passes: two browsers side by side,
// then the tests that time input latency (tagged @times-input) on their own (the "alone" project of playwright.config.ts).
const args = process.argv.slice(2)
if (args.length > 0) process.exit(playwright(args))
const shared = playwright(['--project=shared'])
process.exit(playwright(['--project=alone']) || shared)
