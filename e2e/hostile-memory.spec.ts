import config from '../playwright.config'
import { deflateRawSync } from 'node:zlib'
import { DEFAULT_PRESET, SCENARIO_PRESETS } from '../src/scenarios'
import { PageBehindCrashedFrame } from './fixtures/pages/PageBehindCrashedFrame'
import { expect, test } from './fixtures/test'

/**
 * docs/semantics.md D14 in the browser: a handler that runs its environment out of memory kills only the
 * renderer process of its sandboxed iframe (docs/sandbox.md, "Memory"); the app lives on, reports the invocation
 * as Lambda reports an out-of-memory Node.js function, and starts the next invocation cold.
 *
 * Chromium's heap limit is lowered to 128 MB for this file, so the bomb reaches it in well under a second
 * instead of eating GBs of a shared machine first; the death it causes is the one a user's machine sees later.
 */
const launchOptions = config.use?.launchOptions ?? {}
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--js-flags=--max-old-space-size=128'],
  },
})

const PRESET = SCENARIO_PRESETS[DEFAULT_PRESET] as unknown as Record<string, unknown>

const code = `const hoard = []
export const handler = async (event) => {
  if (event.Records.some((record) => record.dynamodb.Keys.pk.S === 'bomb')) {
    for (;;) hoard.push(new Array(100000).fill(1.5))
  }
  return { held: hoard.length }
}
`

const scenario = {
  ...PRESET,
  name: 'A memory bomb',
  description:
    'The handler allocates without end on the record "bomb"; the next record is handled normally.',
  durationSeconds: 30,
  writes: [
    { atMs: 1_000, put: { pk: 'bomb' } },
    { atMs: 10_000, put: { pk: 'order-9' } },
  ],
  function: { FunctionName: 'order-processor', Timeout: 3, MemorySize: 128, code },
  mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 1, MaximumRetryAttempts: 0 },
}
const link = Buffer.from(deflateRawSync(Buffer.from(JSON.stringify(scenario), 'utf8'))).toString(
  'base64url',
)

test('D14: a memory bomb is Runtime.ExitError "signal: killed", the page still answers, the next call is cold', async ({
  page,
  playback,
  handler,
}) => {
  // Opened as a user opens a shared link: the address bar.
  await page.goto('about:blank')
  await page.goto(`/?e2e=1#s=${link}`)
  await handler.showEditor()
  await expect(page.getByTestId('handler.editor')).toContainText('hoard.push')
  const app = await PageBehindCrashedFrame.open(page)
  const sandboxDied = page.waitForEvent('crash')

  await playback.runToEnd.click()
  await sandboxDied
  // From here on Playwright refuses the page (see PageBehindCrashedFrame); the app answers through CDP.
  await expect.poll(() => app.text('playback.status'), { timeout: 30_000 }).toBe('finished')
  expect(await app.text('invocation.0.outcome')).toBe('error')
  expect(await app.text('invocation.1.outcome')).toBe('success')
  expect(await app.text('invocation.1.start')).toBe('cold')

  // The page answers a click: the details of the killed invocation open.
  await app.click('invocation.0.details')
  await expect.poll(() => app.text('invocation.details.error')).not.toBeNull()
  const start = (await app.text('invocation.details.log.0')) ?? ''
  const requestId = /^START RequestId: (\S+) Version: \$LATEST$/.exec(start)?.[1]
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
  expect(JSON.parse((await app.text('invocation.details.error')) ?? '')).toEqual({
    errorType: 'Runtime.ExitError',
    errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`,
  })
  expect(await app.text('invocation.details.log.2')).toBe(
    `REPORT RequestId: ${requestId}\tDuration: 20.00 ms\tBilled Duration: 20 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\tInit Duration: 0.00 ms\tStatus: error\tError Type: Runtime.ExitError`,
  )
  await app.scrollTo('invocation.details')
  await app.screenshot(test.info().outputPath('memory-bomb-details.png'))
})
