import { expect, test } from './fixtures/test'

// docs/semantics.md D13: an update applies after its 1 s Updating transition; until then the engine
// forms batches with the old settings, and Config in effect says so.
test('D13: while a BatchSize change is Updating, Config in effect shows the old BatchSize and the pending change', async ({
  page,
  playback,
  scenario,
}) => {
  await playback.open()
  await playback.step.click()
  await playback.step.click()
  // Creating, then the instant at 1 s: Enabled, three writes, a poll and invocation 1 (one step each).
  await expect(playback.eventCount).toHaveAttribute('data-count', '7')

  await scenario.openTab('mapping')
  await expect(scenario.currentConfig).toContainText('"State": "Enabled"')
  await scenario.typeMappingField('BatchSize', '2')
  // Mid-run the value is sent when it is done (docs/semantics.md D21): Enter sends it.
  await expect(scenario.pendingConfig).toHaveCount(0)
  await page.keyboard.press('Enter')

  await expect(scenario.pendingConfig).toHaveText(
    'Updating: batches use the settings below until the update takes effect (BatchSize → 2).',
  )
  await expect(scenario.currentConfig).toContainText('"State": "Updating"')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 100')

  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await scenario.pendingConfig.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`config-updating-${width}.png`) })
  }

  await playback.play.click()
  await expect(scenario.currentConfig).toContainText('"State": "Enabled"')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 2')
  await expect(scenario.pendingConfig).toHaveCount(0)
})
