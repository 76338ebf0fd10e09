import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures/test'
import { runInNode, whatHappened } from './fixtures/runReport'

/**
 * Browser and headless runner produce the same run report for the same scenario: the app runs it
 * (sim worker + isolated iframe sandbox), Node runs it (runScenario + worker threads), and the
 * parts that say what happened must match exactly.
 */
for (const example of ['retries-to-sqs', 'bisect-poison-pill']) {
  test(`${example}: the browser's run report equals the headless runner's`, async ({
    page,
    playback,
    handler,
  }) => {
    const file = JSON.parse(readFileSync(`examples/${example}.json`, 'utf8')) as Record<
      string,
      unknown
    >
    await playback.open()
    await handler.loadScenario(file)
    await expect(page.getByTestId('scenario.name')).toHaveText(String(file.name))
    await playback.runToEnd.click()
    await expect(playback.status).toHaveText('finished')

    const browser = await handler.report()
    const node = await runInNode(file)
    expect(browser.invocations.length).toBeGreaterThan(1)
    expect(whatHappened(browser)).toEqual(whatHappened(node))
  })
}
