import { expect, test } from './fixtures/test'
import { pagesOf } from './fixtures/pagesOf'

const UUID = 'a06662b4-82f9-43df-b1e1-fe0a4615e92a'
const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

// docs/semantics.md D21: a destination removed mid-run is one request, sent when the field is left; a record that
// fails after it is dropped without a failure record, and the shared link replays exactly that run.
test('D21: Backspace the destination away mid-run: later failures are dropped, the inbox stays at 1, the link replays it', async ({
  browser,
  page,
  cli,
  gallery,
  handler,
  pipeline,
  playback,
  scenario,
  timeline,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await playback.open()
  await timeline.press('ArrowRight', 5)
  await expect(playback.elapsed).toHaveAttribute('data-ms', '5000')
  await expect(pipeline.inboxCount('sqs')).toHaveText('1')

  await scenario.openTab('mapping')
  await scenario.mappingField('DestinationConfig').click()
  await page.keyboard.press('End')
  for (let i = 0; i < QUEUE.length; i++) await page.keyboard.press('Backspace')
  await expect(scenario.mappingField('DestinationConfig')).toHaveValue('')
  // Still typing: "…:orders-dl", "…:orders-d" … were never requests.
  await expect(scenario.pendingConfig).toBeHidden()
  await page.keyboard.press('Tab')
  await expect(scenario.pendingConfig).toHaveText(
    'Updating: batches use the settings below until the update takes effect (DestinationConfig → {"OnFailure":{}}).',
  )

  // The echo of "no destination" is not a request AWS takes.
  await cli.open()
  await cli.run(
    `aws lambda update-event-source-mapping --uuid ${UUID} --destination-config '{"OnFailure":{}}'`,
  )
  await expect(cli.answer(0)).toHaveText(
    '\nAn error occurred (InvalidParameterValueException) when calling the UpdateEventSourceMapping operation: The Destination field is required for an OnFailure configuration.',
  )

  await scenario.openTab('table')
  await scenario.addItem('{"pk": "order-9", "poison": true}')
  await expect(scenario.lastWrite).toContainText('PutItem')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(pipeline.inboxCount('sqs')).toHaveText('1')
  const report = await handler.report()
  expect(report.records.map((r) => r.fate)).toEqual([
    'destination',
    'destination',
    'destination',
    'dropped',
  ])
  expect(report.destinations.map((d) => d.atMs)).toEqual([4_060])

  await gallery.shareButton.click()
  const link = await gallery.shareLink.inputValue()
  const { file } = await gallery.downloadFromShare()
  expect(file.actions).toEqual([
    {
      atMs: 5_000,
      UpdateEventSourceMapping: { DestinationConfig: { OnFailure: { Destination: '' } } },
    },
  ])
  expect((file.writes as unknown[]).at(-1)).toEqual({
    atMs: 5_000,
    PutItem: { Item: { pk: { S: 'order-9' }, poison: { BOOL: true } } },
  })
  await page.keyboard.press('Escape')

  const context = await browser.newContext()
  const fresh = pagesOf(await context.newPage())
  await fresh.page.goto(link)
  await expect(fresh.gallery.shareError).toBeHidden()
  await fresh.playback.runToEnd.click()
  await expect(fresh.playback.status).toHaveText('finished')
  await expect(fresh.pipeline.inboxCount('sqs')).toHaveText('1')
  const replayed = await fresh.handler.report()
  expect({ ...replayed, scenario: report.scenario }).toEqual(report)
  await context.close()
})
