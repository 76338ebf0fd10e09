import { seriousAxeFindings } from './fixtures/axe'
import { expect, test } from './fixtures/test'
import type { ExportFormatId } from './fixtures/pages/ExportToAws'

// Copy takes the clipboard path; the test reads the clipboard back.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** What the page offers in `evaluate` (the e2e files are typed without the DOM). */
interface Clipboarded {
  navigator: { clipboard: { readText: () => Promise<string> } }
}

/** The tabs in order, each with the exact lines that carry BatchSize and BisectBatchOnFunctionError. */
const TABS: readonly [ExportFormatId, readonly string[]][] = [
  ['cli', ['  --batch-size 3 \\', '  --bisect-batch-on-function-error \\']],
  ['sam', ['            BatchSize: 3', '            BisectBatchOnFunctionError: true']],
  ['cloudformation', ['      BatchSize: 3', '      BisectBatchOnFunctionError: true']],
  ['cdk', ['        batchSize: 3,', '        bisectBatchOnError: true,']],
  [
    'terraform',
    ['  batch_size                     = 3', '  bisect_batch_on_function_error = true'],
  ],
]

// Issue 12, "Export to real infrastructure": each export names every configured setting (here one the user typed).
test('Export to AWS: arrow keys move between formats, each names the typed BatchSize, Copy fills the clipboard', async ({
  page,
  playback,
  gallery,
  scenario,
  exportAws,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await playback.open()
  await gallery.pick('Poison pill isolated by bisect')
  await expect(gallery.name).toHaveText('Poison pill isolated by bisect')
  await scenario.openTab('mapping')
  await scenario.typeMappingField('BatchSize', '3')
  await expect(scenario.currentConfig).toContainText('"BatchSize": 3')

  await exportAws.openButton.click()
  await expect(exportAws.dialog).toBeVisible()
  await expect(exportAws.tab('cli')).toBeFocused()
  for (const [id, lines] of TABS) {
    await expect(exportAws.tab(id)).toBeFocused()
    await expect(exportAws.tab(id)).toHaveAttribute('aria-selected', 'true')
    for (const line of lines) await expect.poll(() => exportAws.lines()).toContain(line)
    await page.keyboard.press('ArrowRight')
  }
  // → wrapped around from the last tab; End and Home jump to the ends.
  await expect(exportAws.tab('cli')).toBeFocused()
  await page.keyboard.press('End')
  await expect(exportAws.tab('terraform')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(exportAws.tab('cli')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(exportAws.tab('sam')).toHaveAttribute('aria-selected', 'true')
  await page.screenshot({ path: test.info().outputPath('export-aws-1440.png') })
  // WAI-ARIA dialog and tabs: no serious or critical axe-core finding with the dialog open.
  expect(await seriousAxeFindings(page)).toEqual([])

  await exportAws.copy.click()
  await expect(exportAws.status).toHaveText('SAM copied to the clipboard.')
  const clipboard = await page.evaluate(() =>
    (globalThis as unknown as Clipboarded).navigator.clipboard.readText(),
  )
  expect(clipboard).toBe(await exportAws.code.textContent())
  expect(clipboard.split('\n')).toContain('            BatchSize: 3')

  await page.setViewportSize({ width: 768, height: 900 })
  await expect(exportAws.dialog).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('export-aws-768.png') })

  // Escape closes the dialog and focus returns to the button that opened it.
  await exportAws.tab('sam').focus()
  await page.keyboard.press('Escape')
  await expect(exportAws.dialog).toBeHidden()
  await expect(exportAws.openButton).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('export-aws-header-768.png') })
})
