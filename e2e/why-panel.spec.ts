import { expect, test } from './fixtures/test'

/**
 * The first-visit journey: the poison pill runs to its end, its record's "Why?" tells each step with the
 * rule behind it (the engine's explainRecord texts), and an invocation's details show what Lambda logged.
 */
test('the poison record explains its three attempts and the failure destination', async ({
  page,
  playback,
  inspect,
}) => {
  await playback.open()
  await expect(page.getByTestId('hint.description')).toContainText('One item in the batch')

  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(inspect.recordFate(1)).toHaveText('destination')
  await expect(inspect.shardCheckpoint(0)).toHaveAttribute('data-pos', '3')

  await inspect.openWhy(1)
  await expect(inspect.whyFate).toHaveText('destination')
  await expect(inspect.whySteps).toHaveText([
    'written to shard 0 by write 1',
    'read by a poll of shard 0, lane 0',
    'sent in invocation 1 (batch of 3, attempt 1, cold start)',
    'invocation 1 ended: error',
    'retry scheduled at 00:00:02.020',
    'sent in invocation 2 (batch of 3, attempt 2)',
    'invocation 2 ended: error',
    'retry scheduled at 00:00:04.040',
    'sent in invocation 3 (batch of 3, attempt 3)',
    'invocation 3 ended: error',
    'final fate: destination',
  ])
  // The retry spacing is ours, not AWS's: the step says so.
  await expect(inspect.stepSource(4)).toHaveText('simulator choice')
  await expect(inspect.stepSource(10)).toHaveText('observed on AWS')

  await inspect.openInvocation(0)
  await expect(inspect.detailsOutcome).toHaveText('error')
  await expect(inspect.detailsLog).toContainText(/^START RequestId: [0-9a-f-]+ Version: \$LATEST/)
  await expect(inspect.detailsLog).toContainText('poison item')
  await expect(inspect.detailsEvent).toContainText('"pk": {\n            "S": "order-5"')
})

// docs/semantics.md C7 and A4.3: each step links the rule behind it to its anchor in the docs the app serves.
test('a step of the history opens its rule in the served docs, at its anchor', async ({
  page,
  playback,
  inspect,
}) => {
  await playback.open()
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await inspect.openWhy(1)
  await expect(inspect.stepRule(4, 'C7')).toHaveText('C7 Retry spacing')
  await expect(inspect.stepRule(10, 'A4.3')).toHaveText('A4.3 How many invocations')
  await expect(inspect.stepRule(10, 'A4.3')).toHaveAttribute('href', 'docs/semantics.html#A4.3')

  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await inspect.whyPanel.screenshot({ path: test.info().outputPath(`why-rules-${width}.png`) })
  }
  const [doc] = await Promise.all([
    page.waitForEvent('popup'),
    inspect.stepRule(10, 'A4.3').click(),
  ])
  await expect(doc).toHaveURL(/\/docs\/semantics\.html#A4\.3$/)
  await expect(doc.locator('h1')).toHaveText('Semantics: how the simulator reads a DynamoDB stream')
  const rule = doc.locator('li').filter({ has: doc.locator('a[id="A4.3"]') })
  await expect(rule.locator('strong').first()).toHaveText('A4.3 How many invocations.')
  await expect(rule).toBeInViewport()
  await doc.screenshot({ path: test.info().outputPath('semantics-A4.3.png') })
})
