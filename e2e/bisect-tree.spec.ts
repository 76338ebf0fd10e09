import { seriousAxeFindings } from './fixtures/axe'
import { expect, test } from './fixtures/test'

// docs/semantics.md A4.6: a failing batch is split in two, each half retried on its own, down to the poison record.
// One run of the preset answers the tree, "say it in words" (issue 11) and the learner's questions about it.
test('bisect preset: the tree ends in the isolated record, each invocation names its records, exactly one SQS message names the failed one (A4.6, A4.2, A6.2)', async ({
  page,
  playback,
  gallery,
  bisect,
  results,
  inspect,
}) => {
  await playback.open()
  await gallery.pick('Poison pill isolated by bisect')
  await expect(gallery.name).toHaveText('Poison pill isolated by bisect')
  await expect(bisect.empty).toHaveText('No batch has been split yet.')

  // Live: Step shows whole instants. At 00:00:02.020 invocation 1 fails, the batch splits, and the first half
  // goes out at once (11 events): the root and two halves, the first running, the second waiting.
  await playback.stepToEvent(11)
  await expect(playback.elapsed).toHaveText('00:00:02.020')
  await expect(bisect.items).toHaveCount(3)
  await expect(bisect.label(1)).toHaveText('#0–#1 · order-1, order-2 · attempt 1 · running')
  await expect(bisect.label(2)).toHaveText(
    '#2–#3 · order-3, order-4 · not invoked yet · waiting for its turn',
  )
  await expect(bisect.isolated).toHaveCount(0)

  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(bisect.tree).toHaveAccessibleName('Bisect 1: batch #0–#3 of shard 0')
  await expect(bisect.items).toHaveCount(5)
  await expect(bisect.label(0)).toHaveText(
    '#0–#3 · order-1, order-2, order-3 (+1) · attempt 1 · failed → split into #0–#1 and #2–#3',
  )
  await expect(bisect.label(1)).toHaveText('#0–#1 · order-1, order-2 · attempt 1 · succeeded')
  await expect(bisect.label(2)).toHaveText(
    '#2–#3 · order-3, order-4 · attempt 1 · failed → split into #2 and #3',
  )
  await expect(bisect.label(3)).toHaveText('#2 · order-3 · attempts 1–3 · failed → sent to SQS')
  await expect(bisect.label(4)).toHaveText('#3 · order-4 · attempt 1 · succeeded')
  await expect(bisect.isolated).toHaveText(['#2 (order-3) isolated → sent to SQS'])
  await expect(results.destinationMessage(0)).toContainText('"batchSize": 1')
  await expect(results.destinationMessage(1)).toHaveCount(0)

  // Say it in words: each invocation names its records by key, and a split half starts again at attempt 1.
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
  // A learner's question, within three clicks after Run to end: which record failed? The SQS message covers
  // one record, named by key (0 clicks); A6.2: it is a pointer, not the data.
  await expect(results.destinationPart(0, 'covers')).toHaveText(
    'Covers 1 record of shard 0: #2 order-3',
  )
  await expect(results.destinationPart(0, 'note')).toHaveText(
    'An SQS destination receives a pointer to the records (their shard and sequence numbers), not their data: read them from the stream within 24 h, before they are trimmed.',
  )

  // WAI-ARIA tree view: one node in the Tab order, arrows move, Left folds then climbs, Right unfolds.
  await bisect.label(0).click()
  await expect(bisect.node(0)).toBeFocused()
  await expect(bisect.node(0)).toHaveAttribute('aria-level', '1')
  await page.keyboard.press('ArrowDown')
  await expect(bisect.node(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(bisect.node(4)).toBeFocused()
  await expect(bisect.node(4)).toHaveAttribute('aria-level', '3')
  await page.keyboard.press('ArrowLeft')
  await expect(bisect.node(2)).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(bisect.node(2)).toHaveAttribute('aria-expanded', 'false')
  await expect(bisect.items).toHaveCount(3)
  await page.keyboard.press('ArrowRight')
  await expect(bisect.node(2)).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(bisect.node(3)).toBeFocused()
  // The tree keeps its keys: → moved focus, it did not step the simulation.
  await expect(playback.status).toHaveText('finished')
  // WCAG 2.1 AA on the tree, the ×n badges and the notes (contrast, names, roles).
  expect(await seriousAxeFindings(page)).toEqual([])

  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await bisect.tree.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`bisect-tree-${width}.png`) })
    await page
      .getByRole('region', { name: 'Bisect' })
      .screenshot({ path: test.info().outputPath(`bisect-panel-${width}.png`) })
    await results.scrollTo('invocations')
    await page.screenshot({ path: test.info().outputPath(`bisect-${width}.png`), fullPage: true })
  }

  // The learner's next question: clicking the failed record opens its history with its fate (1 click).
  await results.destinationRecord(0, 2).click()
  await expect(inspect.whyPanel).toBeInViewport()
  await expect(page.getByTestId('why.title')).toHaveText('Why? Record #2 · INSERT pk=order-3')
  await expect(inspect.whyFate).toHaveText('destination')
})
