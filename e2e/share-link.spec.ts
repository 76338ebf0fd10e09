import { DEFAULT_PRESET, SCENARIO_PRESETS } from '../src/scenarios'
import { expect, test } from './fixtures/test'
import { pagesOf } from './fixtures/pagesOf'

const DEFAULT_NAME = SCENARIO_PRESETS[DEFAULT_PRESET].name

// Granted so that Copy link takes the clipboard path; the link is read back from its text field.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** What the page offers in `evaluate` (the e2e files are typed without the DOM). */
interface Clipboarded {
  navigator: { clipboard: { readText: () => Promise<string> } }
}

test('a copied link opens the edited scenario, which runs the same', async ({
  page,
  gallery,
  handler,
  playback,
  results,
  scenario,
}) => {
  await playback.open()
  await expect(handler.ready).toBeAttached()
  await handler.typeAtEnd('\n// geteilt über ✓')
  await expect(handler.lines).toContainText('geteilt über ✓')
  await scenario.openTab('mapping')
  await scenario.mappingField('BatchSize').fill('1')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 1')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  const count = await results.invocationCount.getAttribute('data-count')
  expect(Number(count)).toBeGreaterThan(0)

  await gallery.shareButton.click()
  await expect(gallery.shareStatus).toHaveText(/^Link copied \(\d+ characters\)\.$/)
  const link = await gallery.shareLink.inputValue()
  expect(link).toMatch(/\?e2e=1#s=[A-Za-z0-9_-]+$/)
  const clipboard = await page.evaluate(() =>
    (globalThis as unknown as Clipboarded).navigator.clipboard.readText(),
  )
  expect(clipboard).toBe(link)

  const other = pagesOf(await page.context().newPage())
  await other.page.goto(link)
  await expect(other.handler.ready).toBeAttached()
  await expect(other.handler.lines).toContainText('geteilt über ✓')
  await expect(other.gallery.select).toHaveValue('')
  await expect(other.gallery.shareError).toBeHidden()
  await other.scenario.openTab('mapping')
  await expect(other.scenario.mappingField('BatchSize')).toHaveValue('1')
  await other.playback.runToEnd.click()
  await expect(other.playback.status).toHaveText('finished')
  await expect(other.results.invocationCount).toHaveAttribute('data-count', String(count))
})

test('bad links open the default scenario with a banner naming the failed stage', async ({
  page,
  gallery,
}) => {
  await page.goto('/?e2e=1#s=not-base64!!')
  await expect(gallery.shareError).toHaveAttribute('data-stage', 'decode')
  // The banner says what the user can do; which stage failed is one click away.
  await expect(gallery.shareErrorTitle).toHaveText(
    `This link is damaged or incomplete; “${DEFAULT_NAME}” is open instead.`,
  )
  await gallery.shareErrorDetails.click()
  await expect(gallery.shareErrorDetails).toHaveText(
    'Details: its data could not be decoded (decode)',
  )
  await expect(gallery.shareErrorLines).toHaveText([
    'The link\'s data is not base64url: unexpected character "!" at position 11.',
  ])
  await expect(gallery.name).toHaveText(DEFAULT_NAME)
  await expect(gallery.select).toHaveValue(DEFAULT_PRESET)

  // Bytes that are base64url but no DEFLATE stream: block type 3 does not exist.
  const notDeflate = Buffer.from([0xff, 0xff, 0xff, 0xff]).toString('base64url')
  await page.goto(`/?e2e=1#s=${notDeflate}`)
  await page.reload()
  await expect(gallery.shareError).toHaveAttribute('data-stage', 'inflate')
  await gallery.shareErrorDetails.click()
  await expect(gallery.shareErrorDetails).toHaveText(
    'Details: its data could not be inflated (inflate)',
  )
  await expect(gallery.shareErrorLines).toHaveText([
    "The link's data is not a raw DEFLATE stream (invalid block type).",
  ])
  await expect(gallery.name).toHaveText(DEFAULT_NAME)
  await expect(gallery.select).toHaveValue(DEFAULT_PRESET)
  await page.getByTestId('share.error.dismiss').click()
  await expect(gallery.shareError).toBeHidden()

  await page.goto('/?e2e=1#s2=AAAA')
  await page.reload()
  await expect(gallery.shareErrorTitle).toHaveText(
    `This link needs a newer version of the playground; “${DEFAULT_NAME}” is open instead.`,
  )
  await gallery.shareErrorDetails.click()
  await expect(gallery.shareErrorLines).toHaveText([
    'This link (#s2=) needs a newer version of the playground.',
  ])
  await expect(gallery.name).toHaveText(DEFAULT_NAME)
  await expect(gallery.select).toHaveValue(DEFAULT_PRESET)
})
