import { expect, test } from './fixtures/test'

// Issue 11, "Say it in words": what a newcomer had to dig out of JSON is stated on screen.

test('bisect: each invocation names its records by key, and a split half starts again at attempt 1 (A4.6)', async ({
  page,
  gallery,
  playback,
  results,
  inspect,
}) => {
  await playback.open()
  await gallery.pick('Poison pill isolated by bisect')
  await expect(gallery.name).toHaveText('Poison pill isolated by bisect')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(results.invocationCount).toHaveAttribute('data-count', '7')

  const rows = [
    ['#0–#3 · order-1, order-2, order-3 (+1)', '1'],
    ['#0–#1 · order-1, order-2', '1 · split half'],
    ['#2–#3 · order-3, order-4', '1 · split half'],
    ['#2 · order-3', '1 · split half'],
    ['#2 · order-3', '2 · split half'],
    ['#2 · order-3', '3 · split half'],
    ['#3 · order-4', '1 · split half'],
  ]
  for (const [i, [keys, attempt]] of rows.entries()) {
    await expect(results.invocationPart(i, 'keys')).toHaveText(keys)
    await expect(results.invocationPart(i, 'attempt')).toHaveText(attempt)
  }
  // A4.2: the poison record held its shard over 5 attempts, and nothing expired undelivered.
  await expect(inspect.shardBlocking(0)).toHaveText('blocked 3 s by #2 (order-3), 5 attempts')
  await expect(inspect.shardLost(0)).toHaveCount(0)

  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await results.scrollTo('invocations')
    await page.screenshot({ path: test.info().outputPath(`bisect-${width}.png`), fullPage: true })
  }
})

test('a day-long poison pill: the shard says who blocked it, and the record behind it was never processed (A4.2, A4.5)', async ({
  page,
  gallery,
  playback,
  results,
  scenario,
  inspect,
}) => {
  await playback.open()
  await gallery.pick('One bad record blocks its shard for a day (default settings)')
  // A write while job-1's first batch is in flight: its record waits behind job-1 (A4.2).
  while ((await results.invocationCount.getAttribute('data-count')) !== '1')
    await playback.step.click()
  await scenario.addItem('{ "pk": "job-3" }')
  await expect(scenario.lastWrite).toHaveText('PutItem made an INSERT record (#1)')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished', { timeout: 20_000 })
  await expect(inspect.shardBlocking(0)).toHaveText(
    'blocked 23 h 59 m by #0 (job-1), 1,445 attempts',
  )
  await expect(inspect.shardLost(0)).toHaveText([
    'job-3 was never processed: it expired behind job-1',
  ])
  // A long history opens on its summary; its steps are one click away, the trim's two instants told apart (A1.5).
  await inspect.shardChip(0, 0).click()
  await expect(inspect.whySummary).toHaveText(
    'Sent to the handler 1,445 times from 00:00:02.000 to 23:59:33.880 (1,444 retries; every invocation ended: error). Final fate: expired.',
  )
  await expect(inspect.whySteps).toHaveCount(0)
  await expect(inspect.whyExpand).toHaveText('Show the 4,338 steps')
  await inspect.whyExpand.click()
  await expect(inspect.whyExpand).toHaveAttribute('aria-expanded', 'true')
  await expect(inspect.stepNote(4337)).toHaveText(
    'Trimmed at 24 h (1d 00:00:02.000); the poller found it gone at 1d 00:00:33.900.',
  )
  await inspect.whyPanel.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('day-why-1440.png') })
  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await inspect.shardBlocking(0).scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`day-${width}.png`), fullPage: true })
  }
})
