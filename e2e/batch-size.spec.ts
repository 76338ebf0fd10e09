import { expect, test } from './fixtures/test'

test('changing BatchSize changes the size of the batches', async ({
  playback,
  results,
  scenario,
}) => {
  await playback.open()
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(results.invocationPart(0, 'records')).toHaveText('3')

  await playback.reset.click()
  await scenario.openTab('mapping')
  await scenario.mappingField('BatchSize').fill('1')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 1')
  await playback.runToEnd.click()

  await expect(playback.status).toHaveText('finished')
  // order-4 alone, the poison order-5 alone (1 + 2 retries), then order-1 alone.
  await expect(results.invocationCount).toHaveAttribute('data-count', '5')
  for (let i = 0; i < 5; i++) await expect(results.invocationPart(i, 'records')).toHaveText('1')
})
