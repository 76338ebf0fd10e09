import { expect, test } from './fixtures/test'

test('step advances exactly one event', async ({ page, playback, results }) => {
  await playback.open()
  await expect(playback.eventCount).toHaveAttribute('data-count', '0')

  await playback.step.click()
  await expect(playback.eventCount).toHaveAttribute('data-count', '1')
  await expect(results.event(0)).toContainText('mapping Creating')

  // → on the keyboard steps too; each step adds one event and moves the clock to that event's time.
  for (let n = 2; n <= 6; n++) {
    await page.keyboard.press('ArrowRight')
    await expect(playback.eventCount).toHaveAttribute('data-count', String(n))
    await expect(results.event(n - 1)).toBeVisible()
  }
  await expect(results.event(6)).toHaveCount(0)
  await expect(playback.status).toHaveText('paused')
  await expect(results.event(5)).toContainText(await playback.elapsed.innerText())
})
