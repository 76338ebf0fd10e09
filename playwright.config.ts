import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
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
 * Specs that time the page's answer to input (a median click latency under load). They run beside the others, one
 * at a time and at normal priority, while the other specs' browsers run niced (scripts/niced-chromium.sh): the
 * latency specs get the cores whenever they need them, the others use what is left. Before, they ran alone after
 * the others: 2 minutes of a 2-core machine with one core mostly idle.
 */
const TIMES_INPUT = /(responsive|hostile-links|hostile-handlers|sandbox-busy-loop)\.spec\.ts$/

const launchOptions = systemChromium ? { executablePath: systemChromium, args: chromiumArgs } : {}
/** `nice` exists on Linux and macOS; elsewhere (or with Playwright's own browser) both projects run at one priority. */
const nicedLaunchOptions =
  systemChromium && process.platform !== 'win32'
    ? {
        ...launchOptions,
        executablePath: fileURLToPath(new URL('scripts/niced-chromium.sh', import.meta.url)),
        env: { ...process.env, NICED_CHROMIUM: systemChromium },
      }
    : launchOptions

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  // Two niced browsers for most specs and one at normal priority for the latency specs, all side by side on a
  // 2-core machine: the niced ones soak up what the latency specs leave idle.
  workers: 3,
  projects: [
    {
      name: 'shared',
      testIgnore: TIMES_INPUT,
      workers: 2,
      outputDir: 'test-results/shared',
      use: { launchOptions: nicedLaunchOptions },
    },
    {
      name: 'latency',
      testMatch: TIMES_INPUT,
      workers: 1,
      outputDir: 'test-results/latency',
      use: { launchOptions },
    },
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
    trace: 'retain-on-failure',
    // Pages run with reduced motion, so a software-rendered browser spends the 2 cores on the tests, not on
    // gliding tokens; e2e/pipeline-flights.spec.ts asks for motion and pins both modes.
    contextOptions: { reducedMotion: 'reduce' },
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
