import type { Locator } from '@playwright/test'
import type { Playback } from './fixtures/pages/Playback'
import { expect, test } from './fixtures/test'

/** Presses Step until `counter` shows (it appears with the first row) with a data-count of `count`. */
async function stepUntil(playback: Playback, counter: Locator, count: number): Promise<void> {
  const shown = async () =>
    (await counter.isVisible()) && Number(await counter.getAttribute('data-count')) >= count
  while (!(await shown())) await playback.step.click()
}

// The minor items of issue 8, each pinned by what the user sees.

test('counts read "1 record" and "1 invocation" in the singular', async ({
  page,
  playback,
  results,
  inspect,
}) => {
  await playback.open('poison-pill-day')
  const records = page.getByTestId('records.count')
  await stepUntil(playback, records, 1)
  await expect(records).toHaveText('1 record')
  await expect(page.getByTestId('shard.0.summary')).toHaveText(
    '1 record · 0 settled · invocation 1 in flight',
  )

  await stepUntil(playback, results.invocationCount, 1)
  await expect(results.invocationCount).toHaveText('1 invocation')
  await inspect.openInvocation(0)
  await expect(page.getByText('Event (1 record)')).toBeVisible()
})

test('a write that went through is a green status, not a red alert', async ({
  page,
  playback,
  scenario,
}) => {
  await playback.open()
  // A write during the run makes a stream record (before it, edits change the starting table).
  await playback.step.click()
  await expect(playback.eventCount).toHaveAttribute('data-count', '1')
  await scenario.editRow(0)
  await expect(scenario.itemText).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('{ "pk": "order-1", "status": "cancelled", "total": 42 }')
  await scenario.itemSave.click()
  await expect(scenario.lastWrite).toHaveText('PutItem made a MODIFY record (#0)')
  await expect(scenario.lastWrite).toHaveRole('status')
  // --ok of the light theme, on the left border; no alert in the table's tab.
  await expect(scenario.lastWrite).toHaveCSS('border-left-color', 'rgb(26, 127, 55)')
  await expect(page.getByRole('tabpanel').getByRole('alert')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('write-status.png') })
  // The next write starts clean: the old status does not stay beside the new form.
  await page.getByTestId('table.add').click()
  await expect(scenario.lastWrite).toHaveCount(0)
})

test('the item form names the item, takes focus, and gives it back on Escape and Cancel', async ({
  page,
  playback,
  scenario,
}) => {
  await playback.open()
  await scenario.editRow(0)
  await expect(scenario.itemTitle).toHaveText('Editing item pk = order-1')
  await expect(page.getByRole('form', { name: 'Editing item pk = order-1' })).toBeVisible()
  await expect(scenario.itemText).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(scenario.itemText).toBeHidden()
  await expect(scenario.editButton(0)).toBeFocused()

  await scenario.editRow(1)
  await expect(scenario.itemTitle).toHaveText('Editing item pk = order-2')
  await scenario.itemCancel.click()
  await expect(scenario.editButton(1)).toBeFocused()
})

test('a folded scenario explanation can be opened again, also after a reload', async ({
  page,
  playback,
  gallery,
}) => {
  await playback.open()
  await expect(gallery.hintToggle).toHaveAttribute('aria-expanded', 'true')
  await gallery.hintDismiss.click()
  await expect(gallery.hintToggle).toHaveAttribute('aria-expanded', 'false')
  await expect(gallery.hint).toBeHidden()
  await page.screenshot({ path: test.info().outputPath('hint-folded.png') })

  await page.reload()
  await expect(gallery.hintToggle).toHaveAttribute('aria-expanded', 'false')
  await gallery.hintToggle.click()
  await expect(gallery.hintToggle).toHaveAttribute('aria-expanded', 'true')
  await expect(gallery.hint).toHaveText(
    'One item in the batch makes the handler throw. With MaximumRetryAttempts 2 the batch is invoked 3 times, then its failure record goes to the SQS queue and the shard moves on.',
  )
})

test('the Shards panel of a loaded scenario without records says how to get some', async ({
  playback,
  scenario,
}) => {
  await playback.open()
  await expect(scenario.shardsEmpty).toHaveText('No records yet: press Play or write an item.')
})

test('the legend is words beside swatches, with no control look-alikes', async ({
  playback,
  scenario,
}) => {
  await playback.open()
  await expect(scenario.legend.getByRole('listitem')).toHaveText([
    'pending',
    'processed',
    'filtered',
    'destination',
    'dropped',
    'expired',
    'skipped',
    'in flight',
    'batching',
    'checkpoint',
    '×2 delivered 2 times',
    'click a record for its history',
  ])
  await expect(scenario.legend.getByRole('button')).toHaveCount(0)
  await scenario.legend.screenshot({ path: test.info().outputPath('legend.png') })
  const inflight = scenario.legend.getByTestId('shards.legend.inflight').locator('.swatch')
  await expect(inflight).toHaveCSS('outline-style', 'none')
})

test('a day of retries folds into one line, with times in the clock format', async ({
  playback,
  inspect,
}) => {
  await playback.open('poison-pill-day')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished', { timeout: 60_000 })
  await inspect.openWhy(0)
  await expect(inspect.whyFate).toHaveText('expired')
  // A long history opens on its summary (say-it-in-words.spec.ts); the steps are one click away.
  await inspect.whyExpand.click()
  await expect(inspect.whySteps).toHaveText([
    'written to shard 0 by write 0',
    'read by a poll of shard 0, lane 0',
    'sent in invocation 1 (batch of 1, attempt 1, cold start)',
    'invocation 1 ended: error',
    'retry scheduled at 00:00:03.020',
    'final fate: expired',
  ])
  await expect(inspect.whyGroups).toHaveText([
    'retried 1,444 times between 00:00:03.020 and 23:59:33.900',
  ])
  await inspect.whyPanel.screenshot({ path: test.info().outputPath('why-folded.png') })

  await inspect.whyGroups.first().click()
  await expect(inspect.whyGroups.first()).toHaveAttribute('aria-expanded', 'true')
  await expect(inspect.whySteps).toHaveCount(4338)
  await expect(inspect.whySteps.nth(5)).toHaveText('sent in invocation 2 (batch of 1, attempt 2)')
  await expect(inspect.whySteps.nth(7)).toHaveText('retry scheduled at 00:00:05.040')
})
