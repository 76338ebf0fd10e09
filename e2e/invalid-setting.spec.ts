import { expect, test } from './fixtures/test'

test("an invalid setting shows AWS's message and keeps the last valid config", async ({
  playback,
  results,
  scenario,
}) => {
  await playback.open()
  await scenario.openTab('mapping')

  await scenario.mappingField('BatchSize').fill('0')
  await expect(scenario.mappingError('BatchSize')).toHaveText(
    "ValidationException: 1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
  )
  await expect(scenario.mappingField('BatchSize')).toHaveAttribute('aria-invalid', 'true')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 100')

  await scenario.mappingField('MaximumRecordAgeInSeconds').fill('30')
  await expect(scenario.mappingError('MaximumRecordAgeInSeconds')).toHaveText(
    'InvalidParameterValueException: MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)',
  )

  // The run uses the last valid config: one batch of all 3 records.
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(results.invocationPart(0, 'records')).toHaveText('3')
})
