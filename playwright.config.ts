import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Debian's chromium (or $CHROMIUM_PATH) when present, else Playwright's own browser.
// scripts/e2e.mjs makes the same choice before it starts Playwright; keep the two in step.
export const systemChromium = process.env.PW_BUNDLED_BROWSER
  ? undefined
  : (process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined))

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173)

/** Also launched by `npm run bench:ui` (bench/ui/run.ts), so the benchmark runs the browser the tests run. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * Tests that time the page's answer to input (a median click latency under load) carry the tag `@times-input`:
 * `npm run e2e` runs them after the others, one at a time (scripts/e2e.mjs), so another test's browser never
 * shares the 2 cores with them.
 */
const TIMES_INPUT = /@times-input/

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  // Two browsers side by side keep `npm test` well under 15 minutes on a 2-core machine (one: ~10 min of e2e).
  workers: 2,
  projects: [
    // Each pass keeps its own artifacts (screenshots, traces): a pass clears only its project's folder.
    { name: 'shared', grepInvert: TIMES_INPUT, outputDir: 'test-results/shared' },
    { name: 'alone', grep: TIMES_INPUT, workers: 1, outputDir: 'test-results/alone' },
  ],
  // One retry on CI only: a test that needs it is still reported as "flaky" in the output, so it stays
  // visible, but a one-off stall of a loaded 2-core machine does not turn the whole submission red.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // CI time is capped (900 s for .ci/run): name the spec files that cost most in every run's output.
  reportSlowTests: { max: 10, threshold: 15_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`,
    // A trace (a DOM snapshot per action and a screencast) cost a third of a spec's CPU when every test recorded
    // one (e2e/persistence.spec.ts: ~85 → ~56 CPU-s): on CI, where a failing test runs once more, that retry
    // records it, kept either way; locally, every test records and a failure keeps its trace.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    // Pages run with reduced motion, so a software-rendered browser spends the 2 cores on the tests, not on
    // gliding tokens; e2e/pipeline-flights.spec.ts asks for motion and pins both modes.
    contextOptions: { reducedMotion: 'reduce' },
    // The built app's service worker caches the whole build (14 MB) in each fresh context: only the spec that
    // tests working offline (e2e/newcomer.spec.ts) lets it run, so the others keep their CI time.
    serviceWorkers: 'block',
    launchOptions: systemChromium ? { executablePath: systemChromium, args: chromiumArgs } : {},
  },
  // Set E2E_BASE_URL=http://127.0.0.1:5173 to test a running dev server instead of the build.
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
        url: `http://127.0.0.1:${port}`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
})
