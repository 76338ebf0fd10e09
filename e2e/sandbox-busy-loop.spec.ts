import { expect, test } from './fixtures/test'
import { measureClickLatency } from './fixtures/inputLatency'
import { blockOffsiteRequests } from './fixtures/pages/offsiteGuard'

/**
 * A handler that never yields is stopped by the 2 s wall-clock guard and reported as a timeout
 * (docs/semantics.md D5). It spins in a worker inside the sandbox iframe, so the page keeps answering
 * clicks meanwhile; the retry runs in a fresh environment (module state starts over).
 * `Date.now()` is virtual: only the first attempt (at 00:00:01) spins.
 */
const code = `let invocations = 0
exports.handler = async () => {
  invocations++
  if (Date.now() < Date.UTC(2026, 0, 1, 0, 0, 2)) while (true) {}
  return { invocations }
}`

test(
  'a busy loop times out, the page stays responsive, the retry starts fresh',
  { tag: '@times-input' },
  async ({ page, baseURL, playback, results, handler }) => {
    const blocked = await blockOffsiteRequests(page, baseURL)
    await playback.open()
    await handler.setCode(code)
    await expect(page.getByTestId('handler.editor')).toContainText('while (true)')

    await playback.runToEnd.click()
    await expect(results.invocationPart(0, 'outcome')).toHaveText('running')
    const latencies = [
      await measureClickLatency(page, 'ui.theme'),
      await measureClickLatency(page, 'ui.theme'),
    ]
    await expect(results.invocationPart(0, 'outcome')).toHaveText('running')
    expect(Math.max(...latencies)).toBeLessThan(100)

    await expect(playback.status).toHaveText('finished')
    await expect(results.invocationPart(0, 'outcome')).toHaveText('timeout')
    await expect(results.invocationPart(1, 'outcome')).toHaveText('success')
    await expect(results.invocationPart(1, 'start')).toHaveText('cold')
    const report = await handler.report()
    expect(report.invocations.map((i) => [i.outcome, i.coldStart, i.response])).toEqual([
      ['timeout', true, null],
      ['success', true, { invocations: 1 }],
    ])
    expect(blocked).toEqual([])
  },
)
