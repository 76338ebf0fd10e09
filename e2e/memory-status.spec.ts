import { expect, test } from './fixtures/test'

// docs/semantics.md D18: the status line shows the run's record count and the engine's memory estimate.
test('D18: the status line counts the records and estimates the memory after Run to end', async ({
  app,
  page,
  playback,
}) => {
  await playback.open('poison-pill')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')

  await expect(app.memoryStatus).toHaveText('3 records · engine ≈ 4 KB (estimate, limit 180 MB)')
  await expect(app.memoryNotice).toHaveCount(0)
  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: test.info().outputPath(`memory-status-${width}.png`) })
  }
})
