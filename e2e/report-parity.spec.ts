import { readFileSync } from 'node:fs'
import { validateScenario } from '../src/engine'
import type { RunReport } from '../src/engine'
import { runScenario } from '../src/runner/runScenario'
import { createNodeExecutor } from '../src/sandbox/host/node/createNodeExecutor'
import { expect, test } from './fixtures/test'

/**
 * Browser and headless runner produce the same run report for the same scenario: the app runs it
 * (sim worker + isolated iframe sandbox), Node runs it (runScenario + worker threads), and the
 * parts that say what happened must match exactly.
 */
function whatHappened(report: RunReport) {
  return {
    invocations: report.invocations.map((i) => ({
      recordIndexes: i.recordIndexes,
      attempt: i.attempt,
      outcome: i.outcome,
      startMs: i.startMs,
      endMs: i.endMs,
      response: i.response,
      error: i.error,
    })),
    destinations: report.destinations,
    fates: report.records.map((r) => [r.index, r.fate]),
  }
}

async function runInNode(file: Record<string, unknown>): Promise<RunReport> {
  const validated = validateScenario(file)
  if (!validated.ok) throw new Error(JSON.stringify(validated.errors))
  const executor = createNodeExecutor()
  try {
    return await runScenario(validated.scenario, executor)
  } finally {
    await executor.dispose()
  }
}

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
