import { expect, test } from './fixtures/test'

test('the Test button invokes the handler once with an INSERT of a table item and shows result and logs', async ({
  playback,
  handler,
}) => {
  await playback.open()
  await handler.useTemplate('echo')
  await handler.test.click()

  await expect(handler.testStatus).toHaveText('Succeeded')
  await expect(handler.testResponse).toHaveText('null')
  await expect(handler.testLogs).toContainText(/^START RequestId: \S+ Version: \$LATEST/)
  await expect(handler.testLogs).toContainText('INFO\tINSERT {"pk":{"S":"order-1"}}')
  await expect(handler.testLogs).toContainText(/END RequestId: /)
  await expect(handler.testLogs).toContainText(/REPORT RequestId: .*Init Duration/)
  // Nothing ran in the simulation.
  await expect(playback.eventCount).toHaveAttribute('data-count', '0')

  await handler.useTemplate('slow')
  await handler.test.click()
  await expect(handler.testStatus).toHaveText('Timed out')
  await expect(handler.testError).toContainText('"errorType": "Sandbox.Timedout"')
  await expect(handler.testLogs).toContainText('Task timed out after 3.00 seconds')

  await handler.useTemplate('poisonPill')
  await handler.test.click()
  await expect(handler.testStatus).toHaveText('Succeeded')
  await expect(handler.testLogs).toContainText('processed 1 records')
})
