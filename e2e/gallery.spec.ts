import { expect, test } from './fixtures/test'

test('a gallery scenario loads by name, after asking to discard edits, and runs', async ({
  gallery,
  playback,
  results,
  scenario,
}) => {
  await playback.open()
  await scenario.openTab('mapping')
  await scenario.mappingField('BatchSize').fill('10')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 10')

  // An edited scenario is not replaced silently: Keep editing changes nothing.
  await gallery.pick('Poison pill isolated by bisect')
  await expect(gallery.confirm).toBeVisible()
  await expect(gallery.keepEditing).toBeFocused()
  await gallery.keepEditing.click()
  await expect(gallery.confirm).toBeHidden()
  // WAI-ARIA dialog pattern: focus goes back to the control that opened it.
  await expect(gallery.select).toBeFocused()
  await expect(scenario.currentConfig).toContainText('"BatchSize": 10')

  await gallery.pick('Poison pill isolated by bisect')
  await gallery.discard.click()
  await expect(gallery.name).toHaveText('Poison pill isolated by bisect')
  await expect(gallery.select).toHaveValue('bisect-poison-pill')
  await expect(gallery.hint).toContainText('the third is malformed')

  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  // [1-4] fails, [1,2] ok, [3,4] fails, [3] fails ×3, [4] ok: 7 invocations, one record to SQS.
  await expect(results.invocationCount).toHaveAttribute('data-count', '7')
  await expect(results.destinationMessage(0)).toContainText('"batchSize": 1')
  await expect(results.destinationMessage(1)).toHaveCount(0)
})
