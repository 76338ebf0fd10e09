import { expect, test } from './fixtures/test'
import { blockOffsiteRequests } from './fixtures/pages/offsiteGuard'
import { SandboxHarness } from './fixtures/pages/SandboxHarness'

/**
 * A handler that never yields is stopped by the 2 s wall-clock guard and reported as a timeout
 * (SEMANTICS.md D5). It spins in a worker inside the sandbox iframe, so the page keeps answering
 * clicks meanwhile; the killed environment is gone and the next one starts fresh.
 */
const code = `let invocations = 0
exports.handler = async (event) => {
  invocations++
  if (event.spin) while (true) {}
  return invocations
}`

test('a busy loop times out while the page stays responsive', async ({ page, baseURL }) => {
  const blocked = await blockOffsiteRequests(page, baseURL)
  const sandbox = new SandboxHarness(page)
  await sandbox.open()
  // Warm up environment 1, so the loop below starts at once instead of after the worker loads.
  expect(await sandbox.invoke({ code, environmentId: 1 })).toMatchObject({ response: 1 })

  await sandbox.start({ code, environmentId: 1, coldStart: false, event: { spin: true } })
  await expect(sandbox.status).toHaveText('running')
  await sandbox.pingButton.click()
  await expect(sandbox.ping).toHaveText(/^\d+ ms while running$/)
  const latencyMs = Number.parseInt((await sandbox.ping.textContent()) ?? '', 10)
  expect(latencyMs).toBeLessThan(100)

  expect(await sandbox.result()).toEqual({ kind: 'timeout', logs: [] })
  await expect(sandbox.environments).toHaveText('0')

  const next = await sandbox.invoke({ code, environmentId: 2, coldStart: true })
  expect(next).toEqual({ kind: 'returned', response: 1, waitedMs: 0, logs: [] })
  await expect(sandbox.environments).toHaveText('1')
  expect(blocked).toEqual([])
})
