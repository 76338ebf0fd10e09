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

  // Typed with real keys: AWS's message, then one sentence in plain words; the run keeps the last valid value (each
  // key applies a valid one: 2000 was, 20000 is not) and the typed text stays in the field, also after a visit to
  // another tab (issue 11, setting errors in jargon).
  await scenario.typeMappingField('BatchSize', '20000')
  await expect(scenario.mappingError('BatchSize')).toHaveText(
    "ValidationException: 1 validation error detected: Value '20000' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000",
  )
  await expect(scenario.mappingPlain('BatchSize')).toHaveText(
    'BatchSize takes a whole number of records from 1 to 10,000: the run keeps using 2000, the last valid value, until you enter one.',
  )
  await scenario.typeMappingField('ParallelizationFactor', '11')
  await expect(scenario.mappingError('ParallelizationFactor')).toHaveText(
    "ValidationException: 1 validation error detected: Value '11' at 'parallelizationFactor' failed to satisfy constraint: Member must have value less than or equal to 10",
  )
  await expect(scenario.mappingPlain('ParallelizationFactor')).toHaveText(
    'ParallelizationFactor takes a whole number of batches per shard from 1 to 10: the run keeps using 1, the last valid value, until you enter one.',
  )
  await scenario.openTab('table')
  await scenario.openTab('mapping')
  await expect(scenario.mappingField('BatchSize')).toHaveValue('20000')
  await expect(scenario.mappingField('ParallelizationFactor')).toHaveValue('11')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 2000')

  await scenario.mappingField('MaximumRecordAgeInSeconds').fill('30')
  await expect(scenario.mappingError('MaximumRecordAgeInSeconds')).toHaveText(
    'InvalidParameterValueException: MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)',
  )

  // The run uses the last valid config: one batch of all 3 records.
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(results.invocationPart(0, 'records')).toHaveText('3')
})
