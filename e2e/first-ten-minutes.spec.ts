import { expect, test } from './fixtures/test'

// A newcomer's first ten minutes (issue 11), tried with real keys at 768 to 1280 px: what stopped them, each
// pinned by what they do and see.

// D19: the rows show DynamoDB JSON, so that is what a newcomer types first, with Plain JSON chosen. AWS's
// message blamed the key ("actual: M"), and choosing DynamoDB JSON then replaced the typed item by a template.
test('D19: DynamoDB JSON typed as plain JSON says which format it is; choosing it by arrow key keeps the text and writes it', async ({
  page,
  playback,
  scenario,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 })
  await playback.open()
  await page.getByTestId('table.add').focus()
  await page.keyboard.press('Enter')
  await expect(scenario.itemText).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  const typed = '{"pk": {"S": "order-9"}, "status": {"S": "new"}}'
  await page.keyboard.type(typed)
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('itemEditor.format.plain')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(scenario.itemSave).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('itemEditor.errors').getByRole('listitem')).toHaveText([
    'ValidationException: One or more parameter values were invalid: Type mismatch for key pk expected: S actual: M',
    'This is DynamoDB JSON (each value inside {"S": …}, {"N": …}…): choose DynamoDB JSON under Format, or write plain values.',
  ])
  await page.screenshot({ path: test.info().outputPath('format-hint-768.png') })

  await page.keyboard.press('Shift+Tab')
  await expect(page.getByTestId('itemEditor.format.plain')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('itemEditor.format.dynamodb')).toBeChecked()
  await expect(scenario.itemText).toHaveValue(typed)
  await expect(page.getByTestId('itemEditor.errors')).toHaveCount(0)
  await page.keyboard.press('Tab')
  await expect(scenario.itemSave).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(scenario.lastWrite).toHaveText(
    'PutItem changed the starting table: no stream record before the run',
  )
  await expect(page.getByTestId('table.count')).toHaveText('4 items')
  await expect(page.locator('[data-testid^="table.row."] code')).toHaveText([
    '{"pk":{"S":"order-1"},"status":{"S":"new"},"total":{"N":"42"}}',
    '{"pk":{"S":"order-2"},"status":{"S":"new"},"total":{"N":"7"}}',
    '{"pk":{"S":"order-3"},"status":{"S":"shipped"},"total":{"N":"19"}}',
    '{"pk":{"S":"order-9"},"status":{"S":"new"}}',
  ])
})

// D15: after the run ended, a fix typed and deployed said "update in progress … invocations that start now still
// use the old version" for good: no invocation starts again. It now says to Reset, and Reset runs the fix.
test('D15: a handler fixed after the run ended says to press Reset; Reset runs the fixed code', async ({
  page,
  playback,
  handler,
  pipeline,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await playback.open()
  await playback.runToEnd.focus()
  await page.keyboard.press('Enter')
  await expect(playback.status).toHaveText('finished')
  await expect(pipeline.processedCount).toHaveText('0')

  // Line 8 is the throw: comment it out, key by key.
  await handler.showEditor()
  await handler.lines.click()
  await page.keyboard.press('Control+Home')
  for (let line = 1; line < 8; line++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Home')
  await page.keyboard.type('// ')
  const ended = page.getByTestId('liveUpdate.ended')
  const endedText =
    'The run has ended, so no invocation will run this code: press Reset to run the scenario again from 00:00:00 with it. Reset now'
  await expect(ended).toHaveText(endedText)
  await expect(handler.undeployed).toHaveCount(0)
  await page.keyboard.press('Control+S')
  // No "invocations that start now" once none will: the notice above says to Reset.
  await expect(handler.updateStatus).toHaveText(
    "Function update in progress since 00:01:00.000, after the run's end",
  )
  await expect(ended).toHaveText(endedText)
  await page.screenshot({ path: test.info().outputPath('ended-deploy-1280.png') })

  // The notice's own Reset: the playback bar's is a screen up at 1280 × 800.
  await ended.getByRole('button', { name: 'Reset now' }).click()
  await expect(ended).toHaveCount(0)
  await expect(playback.elapsed).toHaveText('00:00:00.000')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(pipeline.processedCount).toHaveText('3')
})

// A1.2: the First stream guide ends with "Change the table's StreamViewType … and Reset to compare", and the
// Table tab only printed it. It is a select: mid-run from the next Reset, as a stream keeps its view type on AWS.
test('A1.2: after the First stream guide, StreamViewType changed by keys applies from the next Reset: a KEYS_ONLY record', async ({
  page,
  playback,
  guide,
  inspect,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await page.goto('/?e2e=1&guide=first-stream')
  await expect(guide.calloutButton).toHaveText('Start')
  await guide.calloutButton.click()
  await expect(guide.calloutTitle).toHaveText('An INSERT')
  await guide.calloutButton.click()
  await expect(guide.calloutTitle).toHaveText('No record for a write that changed nothing')
  await guide.calloutButton.click()
  await expect(guide.calloutText).toHaveText(
    'The REMOVE carried only OldImage: three changes, three records, in order. Change the table’s StreamViewType (KEYS_ONLY, NEW_IMAGE, OLD_IMAGE) and Reset to compare.',
  )
  await guide.calloutButton.click()
  await expect(guide.callout).toHaveCount(0)

  const viewType = page.getByTestId('table.streamViewType')
  await expect(viewType).toHaveValue('NEW_AND_OLD_IMAGES')
  await viewType.focus()
  await page.keyboard.press('Home')
  await expect(viewType).toHaveValue('KEYS_ONLY')
  await expect(page.getByTestId('table.streamViewType.next')).toHaveText(
    'from the next Reset (now NEW_AND_OLD_IMAGES)',
  )
  await page.screenshot({ path: test.info().outputPath('view-type-next-1024.png') })

  await playback.reset.click()
  await expect(page.getByTestId('table.streamViewType.next')).toHaveCount(0)
  await expect(viewType).toHaveValue('KEYS_ONLY')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await inspect.openInvocation(0)
  await expect(inspect.detailsEvent).toContainText('"StreamViewType": "KEYS_ONLY"')
  await expect(inspect.detailsEvent).not.toContainText('NewImage')
})
