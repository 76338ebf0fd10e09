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

// docs/semantics.md D6: the Node.js error document (`trace`, not `stackTrace`) and the runtime's log line.
test('D6: the Test button shows a thrown Error as Lambda does: errorType, errorMessage, trace; Invoke Error in the log', async ({
  playback,
  handler,
}) => {
  await playback.open()
  await handler.useTemplate('alwaysFail')
  await handler.test.click()

  await expect(handler.testStatus).toHaveText('Failed')
  await expect(handler.testError).toHaveText(
    JSON.stringify(
      {
        errorType: 'Error',
        errorMessage: 'cannot process 1 records',
        trace: ['Error: cannot process 1 records', '    at handler (/var/task/index.js:5:9)'],
      },
      null,
      2,
    ),
  )
  await expect(handler.testLogs).toContainText(
    '\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"cannot process 1 records","stack":["Error: cannot process 1 records","    at handler (/var/task/index.js:5:9)"]}',
  )
})
