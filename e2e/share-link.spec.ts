import { readFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { DEFAULT_PRESET, SCENARIO_PRESETS } from '../src/scenarios'
import { seriousAxeFindings } from './fixtures/axe'
import { expect, test } from './fixtures/test'
import { pagesOf } from './fixtures/pagesOf'
import { runInNode, whatHappened } from './fixtures/runReport'

const DEFAULT_NAME = SCENARIO_PRESETS[DEFAULT_PRESET].name

// Granted so that Copy link takes the clipboard path; the link is read back from its text field.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** What the page offers in `evaluate` (the e2e files are typed without the DOM). */
interface Clipboarded {
  navigator: { clipboard: { readText: () => Promise<string> } }
}

type ScenarioJson = Record<string, unknown>

function example(name: string): ScenarioJson {
  return JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as ScenarioJson
}

/** A link made the way another tool would (docs/scenario-format.md §5): Node's zlib, not the app's fflate. */
function linkBuiltOutside(file: ScenarioJson): string {
  return `/?e2e=1#s=${deflateRawSync(JSON.stringify(file)).toString('base64url')}`
}

/** "1,234 characters", as the Share dialog counts a link. */
function characters(link: string): string {
  return `${link.length.toLocaleString('en-US')} characters`
}

test('issue 12: edit, Share, open the link in a fresh browser: Run to end gives the identical run report', async ({
  browser,
  page,
  gallery,
  handler,
  playback,
  results,
  scenario,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await playback.open()
  await handler.showEditor()
  await handler.typeAtEnd('\n// geteilt über ✓')
  await expect(handler.lines).toContainText('geteilt über ✓')
  await scenario.openTab('mapping')
  await scenario.typeMappingField('BatchSize', '1')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 1')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  const report = await handler.report()
  expect(report.invocations.length).toBeGreaterThan(1)
  await expect(results.invocationCount).toHaveAttribute(
    'data-count',
    String(report.invocations.length),
  )

  // Opened from the keyboard: the Share button, then Enter.
  await gallery.shareButton.focus()
  await page.keyboard.press('Enter')
  await expect(gallery.shareDialog).toBeVisible()
  // The link is selected in its field at once (Ctrl+C works), with its length and no warning.
  await expect(gallery.shareLink).toBeFocused()
  const link = await gallery.shareLink.inputValue()
  expect(link).toMatch(/\?e2e=1#s=[A-Za-z0-9_-]+$/)
  await expect(gallery.shareLength).toHaveText(characters(link))
  await expect(gallery.shareWarning).toBeHidden()
  await gallery.shareCopy.click()
  await expect(gallery.shareStatus).toHaveText(`Link copied (${characters(link)}).`)
  const clipboard = await page.evaluate(() =>
    (globalThis as unknown as Clipboarded).navigator.clipboard.readText(),
  )
  expect(clipboard).toBe(link)
  await page.screenshot({ path: test.info().outputPath('share-dialog-1440.png') })
  // WAI-ARIA dialog: Escape closes it and focus goes back to the button that opened it.
  await page.keyboard.press('Escape')
  await expect(gallery.shareDialog).toBeHidden()
  await expect(gallery.shareButton).toBeFocused()

  const context = await browser.newContext()
  const fresh = pagesOf(await context.newPage())
  await fresh.page.goto(link)
  await fresh.handler.showEditor()
  await expect(fresh.handler.lines).toContainText('geteilt über ✓')
  await expect(fresh.gallery.shareError).toBeHidden()
  await fresh.scenario.openTab('mapping')
  await expect(fresh.scenario.mappingField('BatchSize')).toHaveValue('1')
  await fresh.playback.runToEnd.click()
  await expect(fresh.playback.status).toHaveText('finished')
  // The same run; only the name says the link carries edited work (docs/scenario-format.md §5).
  expect(await fresh.handler.report()).toEqual({ ...report, scenario: `${DEFAULT_NAME} (edited)` })
  await expect(fresh.results.invocationCount).toHaveAttribute(
    'data-count',
    String(report.invocations.length),
  )
  await context.close()
})

// docs/semantics.md D16: a setting changed mid-run is a timed action in the link; the mapping stays as the run began.
test('D16: Step twice, BatchSize 2 mid-run, Share: the link replays the same run, events and report', async ({
  browser,
  page,
  gallery,
  handler,
  playback,
  scenario,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await playback.open()
  await playback.stepOnce()
  await playback.stepOnce()
  const changedAtMs = await playback.simTimeMs()
  await scenario.openTab('mapping')
  await scenario.typeMappingField('BatchSize', '2')
  await page.keyboard.press('Tab')
  await expect(scenario.mappingField('BatchSize')).toHaveValue('2')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  const report = await handler.report()
  const events = await playback.events()

  await gallery.shareButton.focus()
  await page.keyboard.press('Enter')
  const link = await gallery.shareLink.inputValue()
  const { file } = await gallery.downloadFromShare()
  expect(file.mapping).toEqual(SCENARIO_PRESETS[DEFAULT_PRESET].mapping)
  expect(file.actions).toEqual([{ atMs: changedAtMs, UpdateEventSourceMapping: { BatchSize: 2 } }])
  await page.keyboard.press('Escape')

  const context = await browser.newContext()
  const fresh = pagesOf(await context.newPage())
  await fresh.page.goto(link)
  await expect(fresh.gallery.shareError).toBeHidden()
  await fresh.scenario.openTab('mapping')
  await expect(fresh.scenario.mappingField('BatchSize')).toHaveValue('100')
  await fresh.playback.runToEnd.click()
  await expect(fresh.playback.status).toHaveText('finished')
  await expect(fresh.playback.eventCount).toHaveAttribute('data-count', String(events))
  expect(await fresh.handler.report()).toEqual({ ...report, scenario: `${DEFAULT_NAME} (edited)` })
  await context.close()
})

test('issue 12: a link built by Node zlib opens that exact scenario, warns above 2,000 characters and runs as the headless runner does', async ({
  page,
  gallery,
  handler,
  playback,
  results,
  scenario,
}) => {
  // retries-to-sqs with 80 starting items of scrambled text (a Lehmer generator): past 2,000 characters,
  // and the run is unchanged (starting items make no stream records).
  const file = example('retries-to-sqs')
  let scramble = 7
  const items = Array.from({ length: 80 }, (_, i) => {
    scramble = (scramble * 48271) % 2147483647
    const note = scramble.toString(36) + (scramble % 65521).toString(16)
    return { pk: { S: `stock-${i}` }, note: { S: note } }
  })
  file.table = { ...(file.table as ScenarioJson), Items: items }
  const link = linkBuiltOutside(file)

  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(link)
  await expect(gallery.name).toHaveText('A failing batch retried twice, then sent to SQS')
  await expect(gallery.shareError).toBeHidden()
  await expect(page.getByTestId('table.count')).toHaveText('80 items')
  await scenario.openTab('mapping')
  await expect(scenario.mappingField('MaximumRetryAttempts')).toHaveValue('2')
  await expect(scenario.mappingField('StartingPosition')).toHaveValue('TRIM_HORIZON')
  // Not in the file: left empty, AWS's default shown as its placeholder.
  await expect(scenario.mappingField('BatchSize')).toHaveValue('')
  await expect(scenario.mappingField('BatchSize')).toHaveAttribute('placeholder', '100')

  await gallery.shareButton.click()
  const shared = await gallery.shareLink.inputValue()
  expect(shared.length).toBeGreaterThan(2000)
  await expect(gallery.shareLength).toHaveText(characters(shared))
  await expect(gallery.shareWarning).toHaveText(
    'This link is longer than 2,000 characters: chat and issue trackers cut longer links. Share the scenario file instead.',
  )
  expect(await seriousAxeFindings(page)).toEqual([])
  await page.screenshot({ path: test.info().outputPath('share-dialog-long-1440.png') })
  await page.setViewportSize({ width: 768, height: 900 })
  await page.screenshot({ path: test.info().outputPath('share-dialog-long-768.png') })
  // The file offered instead is the very scenario the link carried.
  const { fileName, file: downloaded } = await gallery.downloadFromShare()
  expect(fileName).toBe('a-failing-batch-retried-twice-then-sent-to-sqs.json')
  expect(downloaded).toEqual(file)
  await gallery.shareClose.click()
  await expect(gallery.shareDialog).toBeHidden()

  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  const node = await runInNode(file)
  expect(whatHappened(await handler.report())).toEqual(whatHappened(node))
  await expect(results.invocationCount).toHaveAttribute(
    'data-count',
    String(node.invocations.length),
  )
})

test('issue 12: a link or file from a newer playground says which version it is, and the work stays', async ({
  page,
  gallery,
  playback,
  scenario,
}) => {
  await playback.open()
  await scenario.openTab('mapping')
  await scenario.typeMappingField('BatchSize', '7')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 7')

  const newer = { ...example('timeout'), version: 2 }
  // Pasted into the address bar of the open tab, then opened as a new page (a clicked link).
  await page.goto(linkBuiltOutside(newer))
  const said =
    'This link was made by a newer version of the playground: it holds a scenario of version 2, and this playground reads version 1.'
  await expect(gallery.shareErrorLines).toHaveText([said])
  await page.reload()
  await expect(gallery.shareErrorTitle).toHaveText(
    `This link needs a newer version of the playground; your saved work, “${DEFAULT_NAME} (edited)”, is open instead.`,
  )
  await expect(gallery.shareErrorLines).toHaveText([said])
  await expect(gallery.name).toHaveText(`${DEFAULT_NAME} (edited)`)
  await scenario.openTab('mapping')
  await expect(scenario.mappingField('BatchSize')).toHaveValue('7')

  await gallery.import('timeout-v2.json', JSON.stringify(newer, null, 2))
  await expect(gallery.importErrorLines).toHaveText([
    'This file was made by a newer version of the playground: it holds a scenario of version 2, and this playground reads version 1.',
  ])
  await expect(scenario.mappingField('BatchSize')).toHaveValue('7')
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
  await expect(gallery.shareErrorLines).toHaveText([
    'This link was made by a newer version of the playground: it uses the link format #s2=, and this playground reads #s= links (scenario version 1).',
  ])
  await expect(gallery.name).toHaveText(DEFAULT_NAME)
  await expect(gallery.select).toHaveValue(DEFAULT_PRESET)
})
