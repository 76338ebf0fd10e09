import type { Page } from '@playwright/test'
import { encodeShareHash } from '../src/lib/shareLink'
import { DEFAULT_PRESET, SCENARIO_PRESETS } from '../src/scenarios'
import { expect, test } from './fixtures/test'
import { pagesOf } from './fixtures/pagesOf'
import type { PagesOf } from './fixtures/pagesOf'
import type { Playback } from './fixtures/pages/Playback'
import type { Scenario } from './fixtures/pages/Scenario'

const PRESET = SCENARIO_PRESETS[DEFAULT_PRESET]
const EDITED_NAME = `${PRESET.name} (edited)`
const TYPED = '// kept after a reload'
const ADDED = '{"pk":"order-9","note":"kept"}'
const ADDED_SHOWN = '{"pk":{"S":"order-9"},"note":{"S":"kept"}}'

/**
 * Opens the default preset, types BatchSize 7 and reloads (which saves at once, as the page goes):
 * finding BatchSize 7 again proves the work is saved.
 */
async function saveEditedWork(page: Page, playback: Playback, scenario: Scenario): Promise<void> {
  await playback.open()
  await scenario.openTab('mapping')
  await scenario.typeMappingField('BatchSize', '7')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 7')
  await page.reload()
  await scenario.openTab('mapping')
  await expect(scenario.mappingField('BatchSize')).toHaveValue('7')
}

/** Every edit of the first test, found exactly: the code, BatchSize, the added item, the name. */
async function expectTheWork({ gallery, handler, scenario }: PagesOf) {
  await expect(gallery.name).toHaveText(EDITED_NAME)
  await handler.showEditor()
  await expect(handler.lines).toContainText(TYPED)
  const { file } = await gallery.export()
  expect((file.function as { code: string }).code).toBe(`${PRESET.function.code}\n${TYPED}`)
  expect(file.mapping).toEqual({ ...PRESET.mapping, BatchSize: 7 })
  await scenario.openTab('mapping')
  await expect(scenario.mappingField('BatchSize')).toHaveValue('7')
  await scenario.openTab('table')
  await expect(scenario.rowItem(3)).toHaveText(ADDED_SHOWN)
}

test('typed code, a typed BatchSize and an added item survive a reload and open in a new tab (issue 8: a reload loses all work)', async ({
  page,
  gallery,
  handler,
  playback,
  scenario,
}) => {
  await playback.open()
  await handler.showEditor()
  await handler.lines.click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(TYPED)
  await expect(handler.lines).toContainText(TYPED)
  await scenario.openTab('mapping')
  await scenario.typeMappingField('BatchSize', '7')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 7')
  await scenario.openTab('table')
  await scenario.addItem(ADDED)
  await expect(scenario.rowItem(3)).toHaveText(ADDED_SHOWN)
  await expect(gallery.name).toHaveText(EDITED_NAME)

  await page.reload()
  await expectTheWork(pagesOf(page))

  const other = pagesOf(await page.context().newPage())
  await other.playback.open()
  await expectTheWork(other)
})

test('Reset to preset asks first (a dialog), keeps the work on Escape and brings the preset back when confirmed', async ({
  page,
  gallery,
  playback,
  scenario,
}) => {
  await playback.open()
  // Two different actions, two different names: Reset restarts the run and keeps the edits.
  await expect(playback.reset).toHaveAttribute(
    'title',
    'Restart the run at time 0, keeping your edits',
  )
  await expect(gallery.resetToBaseline).toBeDisabled()
  await scenario.openTab('mapping')
  await scenario.typeMappingField('BatchSize', '7')
  await expect(gallery.resetToBaseline).toHaveText('Reset to preset…')
  await expect(gallery.resetToBaseline).toHaveAttribute(
    'title',
    'Discard all your edits and reload the preset as it was opened',
  )

  await gallery.resetToBaseline.click()
  await expect(gallery.resetConfirm).toBeVisible()
  await expect(gallery.resetConfirm.getByRole('heading')).toHaveText('Discard all your edits?')
  await expect(gallery.resetKeep).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('reset-dialog-1440.png') })
  await page.keyboard.press('Escape')
  await expect(gallery.resetConfirm).toBeHidden()
  await expect(gallery.resetToBaseline).toBeFocused()
  await expect(scenario.mappingField('BatchSize')).toHaveValue('7')

  await gallery.resetToBaseline.click()
  await gallery.resetDiscard.click()
  await expect(gallery.resetConfirm).toBeHidden()
  await expect(scenario.mappingField('BatchSize')).toHaveValue('100')
  await expect(gallery.name).toHaveText(PRESET.name)
  await expect(gallery.resetToBaseline).toBeDisabled()
  // Focus comes back to the button, which stays focusable with nothing left to reset.
  await expect(gallery.resetToBaseline).toBeFocused()
  await page.reload()
  await scenario.openTab('mapping')
  await expect(scenario.mappingField('BatchSize')).toHaveValue('100')
  await expect(gallery.name).toHaveText(PRESET.name)
})

test('a share link opened over saved work asks which to keep, and each choice does what it says', async ({
  page,
  playback,
  scenario,
}) => {
  await saveEditedWork(page, playback, scenario)
  const link = `/?e2e=1${encodeShareHash(SCENARIO_PRESETS['day-of-traffic'])}`

  const keep = pagesOf(await page.context().newPage())
  await keep.page.setViewportSize({ width: 768, height: 900 })
  await keep.page.goto(link)
  await expect(keep.gallery.confirm.getByRole('heading')).toHaveText('Open the shared scenario?')
  await expect(keep.gallery.confirm.getByRole('paragraph')).toHaveText(
    `You have edited “${EDITED_NAME}”. Opening the shared scenario “A day of traffic” replaces your work; Export it first to keep a copy.`,
  )
  await expect(keep.gallery.keepEditing).toHaveText('Keep my work')
  await expect(keep.gallery.discard).toHaveText('Open the shared scenario')
  await keep.page.screenshot({ path: test.info().outputPath('link-over-work-768.png') })
  await keep.gallery.keepEditing.click()
  await expect(keep.gallery.confirm).toBeHidden()
  await expect(keep.gallery.name).toHaveText(EDITED_NAME)
  await keep.scenario.openTab('mapping')
  await expect(keep.scenario.mappingField('BatchSize')).toHaveValue('7')
  // The link has been read: a reload goes on with the work instead of asking again.
  await expect(keep.page).toHaveURL(/\/\?e2e=1$/)
  await keep.page.reload()
  await expect(keep.gallery.name).toHaveText(EDITED_NAME)
  await expect(keep.gallery.confirm).toHaveCount(0)

  const open = pagesOf(await page.context().newPage())
  await open.page.goto(link)
  await open.gallery.discard.click()
  await expect(open.gallery.name).toHaveText('A day of traffic')
  await expect(open.gallery.select).toHaveValue('')
  await open.page.reload()
  await expect(open.gallery.name).toHaveText('A day of traffic')
  await expect(open.gallery.confirm).toHaveCount(0)
})

test('a damaged link over saved work says the saved work is open instead, the detail one click away', async ({
  page,
  playback,
  scenario,
}) => {
  await saveEditedWork(page, playback, scenario)
  const notDeflate = Buffer.from([0xff, 0xff, 0xff, 0xff]).toString('base64url')
  const other = pagesOf(await page.context().newPage())
  await other.page.goto(`/?e2e=1#s=${notDeflate}`)
  await expect(other.gallery.shareErrorTitle).toHaveText(
    `This link is damaged or incomplete; your saved work, “${EDITED_NAME}”, is open instead.`,
  )
  await expect(other.gallery.shareErrorLines).toBeHidden()
  await other.gallery.shareErrorDetails.click()
  await expect(other.gallery.shareErrorDetails).toHaveText(
    'Details: its data could not be inflated (inflate)',
  )
  await expect(other.gallery.shareErrorLines).toHaveText([
    "The link's data is not a raw DEFLATE stream (invalid block type).",
  ])
  await other.page.screenshot({ path: test.info().outputPath('damaged-link-1440.png') })
  await other.scenario.openTab('mapping')
  await expect(other.scenario.mappingField('BatchSize')).toHaveValue('7')
})

test('an item edited before Play is in the table that the export and a copied link open (issue 8: the table the user saw)', async ({
  browser,
  gallery,
  playback,
  scenario,
}) => {
  const edited = '{"pk":"order-2","status":"cancelled","total":8}'
  const shown = '{"pk":{"S":"order-2"},"status":{"S":"cancelled"},"total":{"N":"8"}}'
  const before = SCENARIO_PRESETS['poison-pill'].table.Items
  await playback.open()
  await scenario.editRow(1)
  await scenario.itemText.click()
  await scenario.page.keyboard.press('ControlOrMeta+A')
  await scenario.page.keyboard.type(edited)
  await scenario.itemSave.click()
  await expect(scenario.lastWrite).toHaveText(
    'PutItem changed the starting table: no stream record before the run',
  )
  await expect(scenario.rowItem(1)).toHaveText(shown)

  const { file } = await gallery.export()
  expect((file.table as { Items: unknown[] }).Items).toEqual([
    before[0],
    { pk: { S: 'order-2' }, status: { S: 'cancelled' }, total: { N: '8' } },
    before[2],
  ])
  expect(file.writes).toEqual(PRESET.writes)

  await gallery.shareButton.click()
  const link = await gallery.shareLink.inputValue()
  const context = await browser.newContext()
  const fresh = pagesOf(await context.newPage())
  await fresh.page.goto(link)
  await expect(fresh.scenario.rowItem(1)).toHaveText(shown)
  await expect(fresh.playback.elapsed).toHaveAttribute('data-ms', '0')
  await expect(fresh.gallery.name).toHaveText(EDITED_NAME)
  await context.close()
})

test('with storage disabled the app works and says once that work is not kept', async ({
  page,
  gallery,
  playback,
  scenario,
}) => {
  // The browser refuses the site's storage, as with blocked cookies: reading localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(globalThis, 'localStorage', {
      get() {
        throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' })
      },
    })
  })
  await playback.open()
  await expect(gallery.storageNotice).toHaveText(
    "Your work is not kept in this browser: this browser does not allow the site's storage. Export the scenario to keep a copy.Dismiss",
  )
  await page.screenshot({ path: test.info().outputPath('storage-disabled-1440.png') })
  await page.getByTestId('storage.notice.dismiss').click()
  await scenario.openTab('mapping')
  await scenario.typeMappingField('BatchSize', '7')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 7')
  await expect(gallery.name).toHaveText(EDITED_NAME)
  await expect(gallery.storageNotice).toHaveCount(0)
})
