import { seriousAxeFindings } from './fixtures/axe'
import { expect, test } from './fixtures/test'

/** WCAG 2.1 AA, checked by axe-core: no serious or critical finding on any main screen. */
test('axe finds no serious or critical issue on the main screens, light and dark', async ({
  page,
  playback,
  scenario,
}) => {
  // Seven full axe passes over a large DOM: about 26 s on a quiet 2-core machine, more beside the other worker.
  test.setTimeout(150_000)
  await playback.open()
  await expect(page.getByTestId('table.definition')).toBeVisible()
  expect(await seriousAxeFindings(page)).toEqual([])

  for (const tab of ['mapping', 'function', 'filters', 'metrics'] as const) {
    await scenario.openTab(tab)
    await expect(page.getByRole('tab', { selected: true })).toHaveAttribute('id', `tab-${tab}`)
    expect(await seriousAxeFindings(page), `tab ${tab}`).toEqual([])
  }

  // After a run: invocations, records, destinations, the event log and the Metrics charts are filled.
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  expect(await seriousAxeFindings(page), 'after Run to end').toEqual([])

  await page.getByTestId('ui.theme').click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await seriousAxeFindings(page), 'dark theme').toEqual([])
})

/** WAI-ARIA tabs pattern: one tab stop for the list; ← → Home End move and select; never the clock. */
test('the tab list is operated with arrow keys and never steps the simulation', async ({
  page,
  playback,
}) => {
  await playback.open()
  const selected = page.getByRole('tab', { selected: true })
  await page.getByRole('tab', { name: 'Table' }).click()
  await expect(selected).toHaveText('Table')

  await page.keyboard.press('ArrowRight')
  await expect(selected).toHaveText('Mapping settings')
  await expect(selected).toBeFocused()
  await page.keyboard.press('End')
  await expect(selected).toHaveText('Console')
  await page.keyboard.press('ArrowRight')
  await expect(selected).toHaveText('Table')
  await page.keyboard.press('ArrowLeft')
  await expect(selected).toHaveText('Console')
  await page.keyboard.press('Home')
  await expect(selected).toHaveText('Table')
  await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Table')

  // Only the selected tab is in the Tab order: Tab goes from it into its panel.
  await expect(page.getByRole('tab', { name: 'Mapping settings' })).toHaveAttribute(
    'tabindex',
    '-1',
  )
  await page.keyboard.press('Tab')
  await expect(page.getByRole('tabpanel')).toBeFocused()

  // None of those arrow keys stepped the simulation.
  await expect(playback.eventCount).toHaveAttribute('data-count', '0')
  await expect(playback.status).toHaveText('idle')
})

/** The Speed slider moves one step per arrow key (it used to snap back to 1×); Event-paced is the first stop. */
test('arrow keys on the Speed slider move the speed step by step', async ({ page, playback }) => {
  await playback.open()
  const slider = page.getByRole('slider', { name: 'Speed' })
  const label = page.getByTestId('playback.speedValue')
  await slider.focus()
  await expect(label).toHaveText('Event-paced')

  await page.keyboard.press('ArrowRight')
  await expect(label).toHaveText('real time ×0.25')
  await expect(slider).toHaveAttribute('aria-valuetext', 'real time ×0.25')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowUp')
  await expect(label).toHaveText('real time ×1')
  await page.keyboard.press('ArrowLeft')
  await expect(label).toHaveText('real time ×0.5')
  await page.keyboard.press('End')
  await expect(label).toHaveText('real time ×10,000')
  await page.keyboard.press('Home')
  await expect(label).toHaveText('Event-paced')
  await page.keyboard.press('ArrowDown')
  await expect(label).toHaveText('Event-paced')

  // Arrow keys on the slider are the slider's: the simulation did not step.
  await expect(playback.eventCount).toHaveAttribute('data-count', '0')
})

/** While "Run to end" runs the clock ignores the speed setting, and the label says so. */
test('the speed label reads "full speed" during Run to end', async ({ page, playback }) => {
  // A day of traffic: its Run to end lasts seconds, so the label is on screen long enough to be read (a short
  // preset can finish between two animation frames, and the label then never shows).
  await playback.open('day-of-traffic')
  const label = page.getByTestId('playback.speedValue')
  await expect(label).toHaveText('Event-paced')
  await playback.runToEnd.click()
  await expect(label).toHaveText('full speed (Run to end)')
  await expect(playback.status).toHaveText('finished')
  await expect(label).toHaveText('Event-paced')
})

/** Space plays and pauses when focus is on the page, not in a field. */
test('Space plays and pauses from the page', async ({ page, playback }) => {
  await playback.open()
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Space')
  await expect(playback.status).toHaveText('running')
  await page.keyboard.press('Space')
  await expect(playback.status).toHaveText('paused')
})

// WCAG 2.4.3 (focus order): the header's top row (Guided scenarios, theme) sits above the scenario picker, so Tab
// reaches it first; before, Tab went through the picker's row below and then jumped back up.
test('Tab walks the header in the order it is drawn: Guided scenarios, theme, then the scenario picker', async ({
  page,
  playback,
}) => {
  await playback.open()
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('guide.gallery.open')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('ui.theme')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('scenario.select')).toBeFocused()
})
