import { expect, test } from './fixtures/test'

// Step advances to the next visible change and shows every event of that instant with the state of then
// (issue 11, "Pacing"): at each step the clock, the event log, the shard header and the chips agree.
test('step shows one instant at a time, and everything on screen agrees; a cold start says so', async ({
  page,
  playback,
  results,
  inspect,
}) => {
  // The sandbox's script is held back, as on a slow first load, so its cold start lasts until released.
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/*isolated-sandbox-worker*', async (route) => {
    await released
    await route.continue()
  })
  await playback.open()
  await expect(playback.eventCount).toHaveAttribute('data-count', '0')

  await playback.step.click()
  await expect(playback.eventCount).toHaveAttribute('data-count', '1')
  await expect(results.event(0)).toContainText('mapping Creating')
  await expect(playback.elapsed).toHaveText('00:00:00.000')

  // → on the keyboard steps too. At 1 s the mapping is Enabled, three writes land, a poll reads them and
  // invocation 1 starts: one instant, one step, and the header and the chips both show it in flight.
  await page.keyboard.press('ArrowRight')
  await expect(playback.eventCount).toHaveAttribute('data-count', '7')
  await expect(playback.elapsed).toHaveText('00:00:01.000')
  await expect(inspect.shardSummary(0)).toHaveText('3 records · 0 settled · invocation 1 in flight')
  for (const record of [0, 1, 2])
    await expect(inspect.shardChip(0, record)).toHaveAccessibleName(
      `Record ${record}: pending, in the batch in flight. Why?`,
    )

  // Its sandbox is starting (seconds the first time): the bar says so, and the next step waits for it with Step
  // marked unavailable (issue 11: the first Step waited ~2.5 s with nothing on screen).
  await expect(playback.busy).toHaveText("Starting the function's sandbox…")
  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await playback.toolbar.screenshot({ path: test.info().outputPath(`busy-line-${width}.png`) })
  }
  await page.keyboard.press('ArrowRight')
  await expect(playback.step).toHaveAttribute('aria-disabled', 'true')
  await expect(playback.eventCount).toHaveAttribute('data-count', '7')
  release()

  // The invocation fails and its retry is scheduled at the same instant: nothing is in flight any more.
  await expect(playback.eventCount).toHaveAttribute('data-count', '9')
  await expect(playback.busy).toHaveText('')
  await expect(playback.step).toHaveAttribute('aria-disabled', 'false')
  await expect(playback.elapsed).toHaveText('00:00:01.020')
  await expect(inspect.shardSummary(0)).toHaveText('3 records · 0 settled')
  await expect(inspect.shardChip(0, 0)).toHaveAccessibleName('Record 0: pending. Why?')

  // Straight to the retry, a second later: no step on the idle time between.
  await page.keyboard.press('ArrowRight')
  await expect(playback.eventCount).toHaveAttribute('data-count', '10')
  await expect(playback.elapsed).toHaveText('00:00:02.020')
  await expect(inspect.shardSummary(0)).toHaveText('3 records · 0 settled · invocation 2 in flight')
  await expect(inspect.shardChip(0, 2)).toHaveAccessibleName(
    'Record 2: pending, in the batch in flight, delivered 2 times. Why?',
  )
  await expect(results.event(9)).toContainText(await playback.elapsed.innerText())
  await expect(playback.status).toHaveText('paused')
})
