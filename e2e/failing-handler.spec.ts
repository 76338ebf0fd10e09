import { expect, test } from './fixtures/test'

test('a failing handler with MaximumRetryAttempts 2 and an SQS destination: 3 invocations, one failure record', async ({
  playback,
  results,
  scenario,
  inspect,
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

  // D6: the invocation's details show Lambda's Node.js error document and the runtime's log line.
  await inspect.openInvocation(0)
  await expect(inspect.detailsError).toHaveText(
    JSON.stringify(
      {
        errorType: 'Error',
        errorMessage: 'cannot process 3 records',
        trace: ['Error: cannot process 3 records', '    at handler (/var/task/index.js:5:9)'],
      },
      null,
      2,
    ),
  )
  await expect(inspect.detailsLog).toContainText(
    '\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"cannot process 3 records","stack":["Error: cannot process 3 records","    at handler (/var/task/index.js:5:9)"]}',
  )
})
