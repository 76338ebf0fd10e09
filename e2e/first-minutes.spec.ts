import { expect, test } from './fixtures/test'

// A newcomer's first minutes, with real keys at 768 px (and 1280 px where the two columns are narrowest):
// the blockers found by trying the app as one, each pinned by what the user does and sees.

test.use({ viewport: { width: 768, height: 900 } })

test('before the run, typing code and writing an item restart it without blanking the table, focus goes back to Edit; Console answers help', async ({
  page,
  playback,
  scenario,
  handler,
  cli,
}) => {
  await playback.open()
  await handler.showEditor()
  // Every key before Play restarts the run: the table panel stays the same element (no "Loading…" per key).
  const definition = await page.getByTestId('table.definition').elementHandle()
  await handler.typeAtEnd('// rush')
  await expect.poll(async () => (await handler.code()).split('\n').at(-1)).toBe('// rush')
  expect(await definition?.evaluate((el: { isConnected: boolean }) => el.isConnected)).toBe(true)

  // Issue 8 "the item form manages focus": Write item gives focus back to the Edit button that opened it.
  await scenario.editButton(0).focus()
  await page.keyboard.press('Enter')
  await expect(scenario.itemText).toBeFocused()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type(', "note": "rush"')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(scenario.itemSave).toBeFocused()
  await page.keyboard.press('Enter')
  const row = '{"pk":{"S":"order-1"},"status":{"S":"new"},"total":{"N":"42"},"note":{"S":"rush"}}'
  await expect(scenario.rowItem(0)).toHaveText(row)
  // A row cut with "…" at this width shows the whole item on hover.
  await expect(scenario.rowItem(0)).toHaveAttribute('title', row)
  await expect(scenario.lastWrite).toHaveText(
    'PutItem changed the starting table: no stream record before the run',
  )
  await expect(scenario.editButton(0)).toBeFocused()
  expect(await definition?.evaluate((el: { isConnected: boolean }) => el.isConnected)).toBe(true)
  await page.screenshot({ path: test.info().outputPath('item-saved-768.png') })

  // The first thing a newcomer types into the Console: the shell's answer, then what this console runs.
  await cli.open()
  await cli.run('help')
  await expect(cli.answer(0)).toHaveText('bash: help: command not found')
  await expect(cli.hint).toHaveText(
    'This console runs the five aws lambda …-event-source-mapping commands: type aws lambda  and press Tab to list them.',
  )
})

test('a record picked in the pipeline opens its history in view with focus, Close gives it back; at 1280 px Details is whole', async ({
  page,
  playback,
  pipeline,
  inspect,
  guide,
}) => {
  await playback.open()
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')

  // At 768 px the history is a screen below the pipeline: it scrolls to its top and takes focus.
  const token = pipeline.laneRecord(0, 0)
  await token.focus()
  await page.keyboard.press('Enter')
  await expect(inspect.whyTitle).toBeFocused()
  await expect(inspect.whyTitle).toHaveText('Why? Record #0 · INSERT pk=order-4')
  await expect(inspect.whySteps.first()).toHaveText('written to shard 0 by write 0')
  await expect(inspect.whySteps.first()).toBeInViewport()
  await page.screenshot({ path: test.info().outputPath('why-from-pipeline-768.png') })
  await page.keyboard.press('Tab')
  await expect(inspect.whyClose).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(inspect.whyPanel).toHaveCount(0)
  await expect(token).toBeFocused()

  // 1280 px: the right column is narrow; the invocation row keeps Details whole (it was cut to "Detai").
  await page.setViewportSize({ width: 1280, height: 900 })
  const details = inspect.detailsButton(0)
  await details.scrollIntoViewIfNeeded()
  await expect(details).toBeInViewport({ ratio: 1 })
  await details.focus()
  await page.keyboard.press('Enter')
  await expect(inspect.detailsTitle).toBeFocused()
  await expect(inspect.detailsTitle).toHaveText('Invocation 1 · 00:00:01.000 · shard 0 · attempt 1')
  await page.keyboard.press('Tab')
  await expect(inspect.detailsClose).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(details).toBeFocused()
  // Guided scenarios sits on the title row beside the theme toggle, not stretched on a row of its own.
  const guideBox = await guide.galleryButton.boundingBox()
  const themeBox = await page.getByTestId('ui.theme').boundingBox()
  expect(Math.round(guideBox?.y ?? -1)).toBe(Math.round(themeBox?.y ?? -2))
  await page.screenshot({ path: test.info().outputPath('details-1280.png') })
})
