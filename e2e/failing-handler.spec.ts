import { expect, test } from './fixtures/test'

test('a failing handler with MaximumRetryAttempts 2 and an SQS destination: 3 invocations, one failure record', async ({
  playback,
  results,
  scenario,
}) => {
  await playback.open()
  await scenario.useTemplate('alwaysFail')
  await scenario.openTab('mapping')
  await scenario.mappingField('MaximumRetryAttempts').fill('2')
  await scenario
    .mappingField('DestinationConfig')
    .fill('arn:aws:sqs:us-east-1:123456789012:orders-dlq')

  await playback.runToEnd.click()

  await expect(playback.status).toHaveText('finished')
  await expect(results.invocationCount).toHaveAttribute('data-count', '3')
  for (const [i, attempt] of ['1', '2', '3'].entries()) {
    await expect(results.invocationPart(i, 'outcome')).toHaveText('error')
    await expect(results.invocationPart(i, 'attempt')).toHaveText(attempt)
  }
  await expect(results.destinationMessage(0)).toContainText('"condition": "RetryAttemptsExhausted"')
  await expect(results.destinationMessage(0)).toContainText('"approximateInvokeCount": 3')
  await expect(results.destinationMessage(1)).toHaveCount(0)
})
