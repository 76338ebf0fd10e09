import { expect, test } from './fixtures/test'

test('pause stops the clock', async ({ playback }) => {
  await playback.open()
  await playback.play.click()
  await expect.poll(() => playback.simTimeMs()).toBeGreaterThan(200)

  await playback.play.click()
  await expect(playback.play).toHaveText('Play')
  await expect(playback.status).toHaveText('paused')
  const pausedAt = await playback.simTimeMs()

  // Half a second of animation frames: a running clock would move ~500 virtual ms at 1×.
  await playback.frames(30)
  expect(await playback.simTimeMs()).toBe(pausedAt)
  await expect(playback.elapsed).toHaveAttribute('data-ms', String(pausedAt))
})
