import { expect, test } from './fixtures/test'

// Issue 11, "Change it while it runs": a fix deployed mid-run serves the next invocation, cold (docs/semantics.md D15).

const FIX = 'export const handler = async () => {}'

test('D15: a poison pill blocks the shard; the handler fixed by typing and deployed makes the next retry succeed, cold', async ({
  page,
  gallery,
  playback,
  handler,
  results,
  inspect,
}) => {
  await playback.open()
  await gallery.pick('One bad record blocks its shard for a day (default settings)')
  await handler.showEditor()
  // Step until job-1's second invocation (its first retry, 1 s after the first failure) has failed too.
  while ((await results.invocationCount.getAttribute('data-count')) !== '2')
    await playback.stepOnce()
  while ((await results.invocationPart(1, 'outcome').textContent()) !== 'error')
    await playback.stepOnce()
  await expect(inspect.shardBlocking(0)).toHaveText('blocked 1 s by #0 (job-1), 2 attempts')
  await expect(handler.deploy).toBeDisabled()

  // The fix, typed: the running function keeps the old code until Deploy.
  await handler.clearWithKeys()
  await page.keyboard.type(FIX)
  await expect.poll(() => handler.code()).toBe(FIX)
  await expect(handler.undeployed).toHaveText(
    'Edited during the run: the function still runs the deployed code until you press Deploy (Ctrl+S).',
  )
  await expect(handler.deploy).toBeEnabled()
  await page.keyboard.press('Control+S')
  await expect(handler.undeployed).toHaveCount(0)
  await expect(handler.deploy).toBeDisabled()
  // The update takes effect at the paused instant and is shown without a step (stepping before its frame came
  // would run on to its end, 1 s later).
  await expect(handler.updateStatus).toHaveText(
    'Function update in progress since 00:00:03.040: invocations that start now still use the old version',
  )

  // The next retry (at 5.040 s) runs the new code in a new environment: job-1 succeeds and the shard drains.
  while ((await results.invocationCount.getAttribute('data-count')) !== '3')
    await playback.stepOnce()
  await expect(handler.updateStatus).toHaveText(
    'Function updated at 00:00:04.040: next invocations use the new code',
  )
  await expect(results.invocationPart(2, 'time')).toHaveText('00:00:05.040')
  await expect(results.invocationPart(2, 'start')).toHaveText('cold')
  await expect(results.invocationPart(2, 'attempt')).toHaveText('3')
  while ((await inspect.recordFate(0).textContent()) !== 'processed') await playback.stepOnce()
  await expect(results.invocationPart(2, 'outcome')).toHaveText('success')
  await expect(inspect.recordFate(0)).toHaveText('processed')
  await expect(
    results
      .list('events')
      .getByText('function updated to version 2: next invocations use the new code'),
  ).toHaveCount(1)
  await expect(inspect.shardBlocking(0)).toHaveText('blocked 3 s by #0 (job-1), 2 attempts')

  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await handler.updateStatus.scrollIntoViewIfNeeded()
    await page.screenshot({
      path: test.info().outputPath(`live-update-${width}.png`),
      fullPage: true,
    })
  }

  // Export replays the run: the old code from the start, the fix as an UpdateFunctionCode at its virtual time.
  const { file } = await gallery.export()
  expect(file.actions).toEqual([{ atMs: 3_040, UpdateFunctionCode: { code: FIX } }])
  expect((file.function as { code: string }).code).toContain("throw new Error('bad job')")
})
