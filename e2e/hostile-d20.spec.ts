/**
 * docs/semantics.md D20: hostile handlers and hostile Console input, typed as a user types them, get Lambda's and
 * the AWS CLI's answers in the browser, bounded: an unhandled rejection, a proxy whose traps throw, a 50 MB error
 * message, a syntax error told in "What just happened", and a --batch-size of 100,000 digits.
 */
import type { Page } from '@playwright/test'
import type { Handler } from './fixtures/pages/Handler'
import { SCENARIO_PRESETS } from '../src/scenarios'
import { expectNoPageErrors } from './fixtures/noPageErrors'
import { runInNode, whatHappened } from './fixtures/runReport'
import { expect, test } from './fixtures/test'

const A = 'a06662b4-82f9-43df-b1e1-fe0a4615e92a'

/** Replaces the handler's code with keys: Monaco closes each bracket and quote itself, and typing over it keeps one. */
async function typeHandler(page: Page, handler: Handler, code: string): Promise<void> {
  await handler.showEditor()
  await handler.clearWithKeys()
  await page.keyboard.type(code)
  await expect.poll(() => handler.code()).toBe(code)
}

/** Types the handler, presses Test and expects it to fail with this error document. */
async function testFails(page: Page, handler: Handler, code: string, error: object) {
  await typeHandler(page, handler, code)
  await handler.test.click()
  await expect(handler.testStatus).toHaveText('Failed')
  await expect(handler.testError).toHaveText(JSON.stringify(error, null, 2))
}

test.describe('hostile handlers and input (D20)', () => {
  expectNoPageErrors()

  test('D20: a promise left rejected fails the Test with Runtime.UnhandledPromiseRejection, as in the runner', async ({
    page,
    playback,
    handler,
  }) => {
    await playback.open()
    await testFails(
      page,
      handler,
      "export const handler = async () => { Promise.reject(new Error('x')); await new Promise((r) => setTimeout(r, 10)); return {} }",
      {
        errorType: 'Runtime.UnhandledPromiseRejection',
        errorMessage: 'Error: x',
        trace: ['Runtime.UnhandledPromiseRejection: Error: x'],
      },
    )
    await expect(handler.testLogs).toContainText(
      '\tERROR\tUnhandled Promise Rejection \t{"errorType":"Runtime.UnhandledPromiseRejection","errorMessage":"Error: x","reason":{"errorType":"Error","errorMessage":"x","stack":["Error: x","    at handler (/var/task/index.js:1:140)"]},"promise":{},"stack":["Runtime.UnhandledPromiseRejection: Error: x"]}',
    )
  })

  test('D20: console.log of a proxy whose trap throws prints its target and the handler goes on', async ({
    page,
    playback,
    handler,
  }) => {
    await playback.open()
    await typeHandler(
      page,
      handler,
      "export const handler = async () => { console.log(new Proxy({ a: 1 }, { get() { throw new Error('trap') } })); return 'ok' }",
    )
    await handler.test.click()
    await expect(handler.testStatus).toHaveText('Succeeded')
    await expect(handler.testResponse).toHaveText('"ok"')
    await expect(handler.testLogs).toContainText('\tINFO\t{ a: 1 }')
  })

  test('D20: a 50 MB error message answers Function.ResponseSizeTooLarge at once, its log line cut', async ({
    page,
    playback,
    handler,
  }) => {
    await playback.open()
    await testFails(
      page,
      handler,
      "export const handler = async () => { throw new Error('x'.repeat(50 * 1024 * 1024)) }",
      {
        errorType: 'Function.ResponseSizeTooLarge',
        errorMessage:
          'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
      },
    )
    await expect(handler.testLogs).toContainText('xxx...[log line truncated]')
  })

  test('D20: a syntax error is told in What just happened: the function failed to initialise, and why', async ({
    page,
    playback,
    handler,
    narration,
  }) => {
    await playback.open()
    await typeHandler(page, handler, 'export const handler = async () => { return 1 + }')
    const failure = narration.texts.filter({ hasText: /^Invocation 1 failed/ })
    while ((await failure.count()) === 0) await playback.stepOnce()
    await expect(failure).toHaveText(
      'Invocation 1 failed: the function failed to initialise (Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token (1:49)); MaximumRetryAttempts lets Lambda retry #0–#2 (order-4, order-5, order-1) at 00:00:02.020.',
    )
  })

  test('D20: --batch-size with 100,000 digits gets Python’s int() error; 400 digits the service’s range error', async ({
    page,
    playback,
    cli,
  }) => {
    await playback.open()
    await cli.open()
    await cli.command.click()
    await page.keyboard.type(`aws lambda update-event-source-mapping --uuid ${A} --batch-size `)
    // 100,000 digits are pasted, as nobody types them.
    await page.keyboard.insertText('9'.repeat(100_000))
    await page.keyboard.press('Enter')
    await expect(cli.answer(0)).toHaveText(
      "Error parsing parameter '--batch-size': Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit",
    )
    await cli.run(
      `aws lambda update-event-source-mapping --uuid ${A} --batch-size 1${'0'.repeat(399)}`,
    )
    await expect(cli.answer(1)).toHaveText(
      `An error occurred (ValidationException) when calling the UpdateEventSourceMapping operation: 1 validation error detected: Value '1${'0'.repeat(99)}… (400 characters)' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000`,
    )
  })
})

/** Every cold environment's first invocation leaves a rejection; a warm one would answer. */
const REJECTS_FIRST = `let calls = 0
export const handler = async () => {
  calls++
  if (calls === 1) { Promise.reject(new Error('x')); await new Promise((r) => setTimeout(r, 5)) }
  return calls
}`
/** Answers, then a promise it did not await rejects: the answer stands, the environment is lost. */
const ANSWERS_THEN_REJECTS = `export const handler = async () => {
  ;(async () => { throw new Error('late') })()
  return 'ok'
}`

for (const [name, code, coldStarts] of [
  ['rejects-first', REJECTS_FIRST, [true, true, true]],
  ['answers-then-rejects', ANSWERS_THEN_REJECTS, [true, true, true]],
] as const) {
  test(`D20: ${name}: the browser's run report equals the headless runner's, every invocation cold`, async ({
    page,
    playback,
    handler,
  }) => {
    const preset = SCENARIO_PRESETS['poison-pill']
    const file = {
      ...preset,
      name: `D20 ${name}`,
      function: { ...preset.function, code },
      mapping: { ...preset.mapping, BatchSize: 1, MaximumRetryAttempts: 2 },
    } as Record<string, unknown>
    await playback.open()
    await handler.loadScenario(file)
    await expect(page.getByTestId('scenario.name')).toHaveText(`D20 ${name}`)
    await playback.runToEnd.click()
    await expect(playback.status).toHaveText('finished')

    const browser = await handler.report()
    const node = await runInNode(file)
    expect(whatHappened(browser)).toEqual(whatHappened(node))
    expect(browser.invocations.map((i) => i.coldStart)).toEqual(
      node.invocations.map((i) => i.coldStart),
    )
    expect(browser.invocations.map((i) => i.coldStart).slice(0, 3)).toEqual(coldStarts)
  })
}
