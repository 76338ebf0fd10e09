import { expect, test } from './fixtures/test'
import { SandboxHarness } from './fixtures/pages/SandboxHarness'

/**
 * Module-level state lives as long as the execution environment: warm invocations see 1, 2, 3; a
 * handler that awaits past its timeout (virtual time, SEMANTICS.md D4–D5) ends as a timeout and
 * takes the environment with it, so the next invocation re-runs module init and counts from 1.
 */
const code = `let count = 0
exports.handler = async (event) => {
  count++
  if (event.slow) await new Promise((resolve) => setTimeout(resolve, 10_000))
  return count
}`

test('module state counts warm invocations and resets after a timeout', async ({ page }) => {
  const sandbox = new SandboxHarness(page)
  await sandbox.open()

  const counts: unknown[] = []
  for (const coldStart of [true, false, false]) {
    counts.push(await sandbox.invoke({ code, coldStart }))
  }
  expect(counts).toMatchObject([{ response: 1 }, { response: 2 }, { response: 3 }])
  await expect(sandbox.environments).toHaveText('1')

  const slow = await sandbox.invoke({ code, coldStart: false, event: { slow: true } })
  expect(slow).toEqual({ kind: 'timeout', logs: [] })
  await expect(sandbox.environments).toHaveText('0')

  // Even asked for a warm start, the environment id no longer has a live environment: init re-runs.
  expect(await sandbox.invoke({ code, coldStart: false })).toMatchObject({ response: 1 })
})
