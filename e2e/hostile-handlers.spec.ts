/**
 * Issue 9, acceptance: the hostile-handler suite (src/sandbox/hostileAttempts.ts) against the browser
 * sandbox, in Chromium. Each handler arrives as a user would get it, in a share link made outside the app;
 * the run uses the app's own controls and the outcome is read where the app shows it (the invocation's
 * details). Every attempt must fail inside the handler (docs/sandbox.md, "What the boundary must
 * guarantee"): nothing leaves the sandbox, the app's storage is untouched, the page keeps answering and
 * the run's report is intact.
 *
 * Not here: heap-bomb, array-buffer-bomb and memory-held-across-warm-invocations. The memory work pins
 * their out-of-memory report in Chromium on its own.
 */
import { deflateRawSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import {
  HOSTILE_ATTEMPTS,
  hostileBatterySource,
  hostileHandlerSource,
} from '../src/sandbox/hostileAttempts'
import { SCENARIO_PRESETS } from '../src/scenarios'
import { medianClickLatency, waitForIdle } from './fixtures/inputLatency'
import type { PageGlobals } from './fixtures/pageGlobals'
import { blockOffsiteRequests } from './fixtures/pages/offsiteGuard'
import { expect, test } from './fixtures/test'

const MEMORY_ATTEMPTS = ['heap-bomb', 'array-buffer-bomb', 'memory-held-across-warm-invocations']

/** The first invocation's request id: the scenario's seed fixes it. */
const REQUEST_ID = 'c98a1167-f055-4b91-a0e6-a6e4e665cd83'

/** Ends its environment (the wall-clock guard terminates the worker): run alone, not in the battery. */
const BUSY_LOOP_ERROR = {
  errorType: 'Sandbox.Timedout',
  errorMessage: `RequestId: ${REQUEST_ID} Error: Task timed out after 3.00 seconds`,
}

/**
 * Everything else in one handler. Before SES, module-this-constructor and eval-dynamic-import had to run
 * alone (the first failed the whole module when it loaded); in the compartment both fail inside the handler.
 */
const battery = HOSTILE_ATTEMPTS.filter(
  (a) => !MEMORY_ATTEMPTS.includes(a.id) && a.id !== 'busy-loop',
)

/**
 * What each battery invocation returns: every attempt blocked inside the handler. The two that return
 * get only the sandbox's stand-ins: no host environment variable, and the virtual clock again.
 */
const BATTERY_RESULT: Record<string, string> = {
  'function-constructor-process': 'blocked: TypeError: p.binding is not a function',
  'constructor-chain-process':
    'blocked: TypeError: Function.prototype.constructor is not a valid constructor.',
  'module-this-constructor':
    "blocked: TypeError: Cannot read properties of undefined (reading 'mainModule')",
  'eval-dynamic-import':
    'blocked: SyntaxError: Possible import expression rejected at <unknown>:1. (SES_IMPORT_REJECTED)',
  'require-fs-read': "blocked: Error: Cannot find module 'fs'",
  'read-proc-environ': "blocked: Error: Cannot find module 'node:fs'",
  'write-file': "blocked: Error: Cannot find module 'fs'",
  'host-environment-variables': 'returned: []',
  'child-process-exec': "blocked: Error: Cannot find module 'child_process'",
  'process-kill-self': 'blocked: TypeError: process.kill is not a function',
  'process-binding': 'blocked: TypeError: process.binding is not a function',
  'new-worker': "blocked: Error: Cannot find module 'worker_threads'",
  'tcp-socket': "blocked: Error: Cannot find module 'net'",
  'fetch-localhost': 'blocked: TypeError: fetch is not a function',
  'xhr-and-websocket': 'blocked: TypeError: XMLHttpRequest is not a constructor',
  'import-scripts': 'blocked: TypeError: importScripts is not a function',
  'stdout-write': "blocked: TypeError: Cannot read properties of undefined (reading 'write')",
  'fd1-write': "blocked: Error: Cannot find module 'fs'",
  'parent-port-forgery': "blocked: Error: Cannot find module 'worker_threads'",
  'global-post-message-forgery': 'blocked: TypeError: globalThis.postMessage is not a function',
  'worker-self-via-function':
    "blocked: TypeError: Cannot read properties of undefined (reading 'postMessage')",
  'async-function-constructor':
    'blocked: TypeError: Function.prototype.constructor is not a valid constructor.',
  'generator-function-constructor':
    'blocked: TypeError: Function.prototype.constructor is not a valid constructor.',
  'prepare-stack-trace-frames': 'blocked: TypeError: fns.find is not a function',
  'caller-chain': "blocked: TypeError: Cannot read properties of undefined (reading 'constructor')",
  'nested-compartment':
    "blocked: TypeError: Cannot read properties of undefined (reading 'mainModule')",
  'intrinsic-json-stringify':
    "blocked: TypeError: Cannot assign to read only property 'stringify' of object '[object JSON]'",
  'intrinsic-promise-then':
    "blocked: TypeError: Cannot assign to read only property 'then' of object '[object Promise]'",
  'object-prototype-pollution':
    'blocked: TypeError: Cannot add property isAdmin, object is not extensible',
  webassembly: "blocked: TypeError: Cannot read properties of undefined (reading 'instantiate')",
  'atomics-wait': "blocked: TypeError: Cannot read properties of undefined (reading 'wait')",
  'real-clock': 'returned: 0',
  'app-storage': "blocked: TypeError: Cannot read properties of undefined (reading 'length')",
  'parent-frame': "blocked: TypeError: Cannot read properties of undefined (reading 'document')",
  'document-cookie': "blocked: TypeError: Cannot read properties of undefined (reading 'cookie')",
  'cache-storage': "blocked: TypeError: Cannot read properties of undefined (reading 'keys')",
  'send-beacon': "blocked: TypeError: Cannot read properties of undefined (reading 'sendBeacon')",
  'event-source': 'blocked: TypeError: EventSource is not a constructor',
}
/** The response as the details show it: the battery's keys come in the order of the shared list. */
const BATTERY_TEXT = JSON.stringify(
  Object.fromEntries(battery.map(({ id }) => [id, BATTERY_RESULT[id]])),
  null,
  2,
)
/**
 * The first-visit scenario (three writes at 00:00:01, a DLQ) with the hostile code and no retries, so
 * a failed batch goes straight to the DLQ. `batchSize` 1 gives one invocation per record, two of them
 * warm: an attempt that tampered with the realm would show in the next one.
 */
function hostileLink(name: string, code: string, batchSize: number): string {
  const preset = SCENARIO_PRESETS['poison-pill']
  const scenario = {
    ...preset,
    name,
    function: { ...preset.function, code },
    mapping: { ...preset.mapping, BatchSize: batchSize, MaximumRetryAttempts: 0 },
  }
  const payload = deflateRawSync(Buffer.from(JSON.stringify(scenario), 'utf8'))
  return `/?e2e=1#s=${payload.toString('base64url')}`
}

/** Every key and value of the app's localStorage, to compare before and after a run. */
function appStorage(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() => {
    const { localStorage } = globalThis as unknown as PageGlobals
    const entries: Record<string, string | null> = {}
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)
      if (key !== null) entries[key] = localStorage.getItem(key)
    }
    return entries
  })
}

test.describe('hostile handlers in the browser sandbox (issue 9)', { tag: '@times-input' }, () => {
  let pageErrors: string[]
  let blocked: string[]

  test.beforeEach(async ({ page, baseURL }) => {
    pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    blocked = await blockOffsiteRequests(page, baseURL)
  })

  test.afterEach(({ offsiteRequests }) => {
    // No request left the app's origin, none was even attempted, and nothing was thrown in the page.
    expect(blocked).toEqual([])
    expect(offsiteRequests).toEqual([])
    expect(pageErrors).toEqual([])
  })

  test('the battery: every attempt is blocked inside the handler, the same in each warm invocation', async ({
    page,
    gallery,
    playback,
    results,
    inspect,
    handler,
  }) => {
    // Every attempt of the battery has its outcome pinned here.
    expect(Object.keys(BATTERY_RESULT).sort()).toEqual(battery.map(({ id }) => id).sort())
    const name = 'Hostile battery'
    await page.goto(hostileLink(name, hostileBatterySource(battery), 1))
    await expect(gallery.name).toHaveText(name)
    await handler.showEditor()
    const storage = await appStorage(page)

    await playback.runToEnd.click()
    await expect(playback.status).toHaveText('finished')
    await expect(results.invocationCount).toHaveAttribute('data-count', '3')
    for (const [ordinal, start] of [
      [0, 'cold'],
      [1, 'warm'],
      [2, 'warm'],
    ] as const) {
      await expect(results.invocationPart(ordinal, 'outcome')).toHaveText('success')
      await expect(results.invocationPart(ordinal, 'start')).toHaveText(start)
      await inspect.openInvocation(ordinal)
      await expect(inspect.detailsOutcome).toHaveText('success')
      await expect(inspect.detailsResponse).toHaveText(BATTERY_TEXT)
    }
    await page.setViewportSize({ width: 1440, height: 900 })
    await inspect.detailsResponse.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath('battery-result-1440.png') })

    for (const record of [0, 1, 2]) await expect(inspect.recordFate(record)).toHaveText('processed')
    expect(await appStorage(page)).toEqual(storage)
    // The run's report (what the headless runner prints) holds the same three responses.
    const report = await handler.report()
    expect(report.invocations.map((i) => [i.outcome, i.coldStart, i.response])).toEqual([
      ['success', true, BATTERY_RESULT],
      ['success', false, BATTERY_RESULT],
      ['success', false, BATTERY_RESULT],
    ])
    await waitForIdle(page)
    expect(await medianClickLatency(page)).toBeLessThan(100)
  })

  test('alone: a busy loop times out inside the handler, its batch goes to the DLQ', async ({
    page,
    gallery,
    playback,
    results,
    inspect,
    handler,
  }) => {
    const busyLoop = HOSTILE_ATTEMPTS.find((a) => a.id === 'busy-loop')
    expect(busyLoop).toBeDefined()
    const name = 'Hostile: busy-loop'
    await page.goto(hostileLink(name, hostileHandlerSource(busyLoop!), 100))
    await expect(gallery.name).toHaveText(name)
    await handler.showEditor()
    const storage = await appStorage(page)

    await playback.runToEnd.click()
    await expect(playback.status).toHaveText('finished')
    await expect(results.invocationCount).toHaveAttribute('data-count', '1')
    await inspect.openInvocation(0)
    await expect(inspect.detailsOutcome).toHaveText('timeout')
    await expect(inspect.detailsError).toHaveText(JSON.stringify(BUSY_LOOP_ERROR, null, 2))
    await expect(inspect.detailsLog.getByTestId('invocation.details.log.1')).toHaveText(
      `${REQUEST_ID} Task timed out after 3.00 seconds`,
    )
    for (const record of [0, 1, 2])
      await expect(inspect.recordFate(record)).toHaveText('destination')
    expect(await appStorage(page)).toEqual(storage)
    await waitForIdle(page)
    expect(await medianClickLatency(page)).toBeLessThan(100)
  })
})
