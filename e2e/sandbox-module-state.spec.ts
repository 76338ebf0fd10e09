import { expect, test } from './fixtures/test'

/**
 * Module-level state lives as long as the execution environment: warm invocations see 1, 2, 3; a
 * handler that awaits past its timeout (virtual time, docs/semantics.md D4–D5) ends as a timeout and
 * takes the environment with it, so the retry re-runs module init and counts from 1.
 */
const code = `let count = 0
exports.handler = async () => {
  count++
  if (count === 3) await new Promise((resolve) => setTimeout(resolve, 10_000))
  return { count }
}`

test('module state counts warm invocations and resets after a timeout', async ({
  playback,
  scenario,
  handler,
}) => {
  await playback.open()
  await handler.setCode(code)
  await scenario.openTab('mapping')
  // One record per invocation: order-4, order-5, order-1 (the third one times out, then is retried).
  await scenario.mappingField('BatchSize').fill('1')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 1')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')

  const report = await handler.report()
  expect(report.invocations.map((i) => [i.outcome, i.coldStart, i.response])).toEqual([
    ['success', true, { count: 1 }],
    ['success', false, { count: 2 }],
    ['timeout', false, null],
    ['success', true, { count: 1 }],
  ])
})
