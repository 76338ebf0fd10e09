import { expect, test } from './fixtures/test'
import { stepUntil } from './fixtures/stepUntil'

// Issue 11, "Say it in words": what a newcomer had to dig out of JSON is stated on screen.

// The bisect preset's invocations in words are pinned in bisect-tree.spec.ts, on the same run as its tree.
test('a day-long poison pill: the lane and the shard say who blocked it, and the record behind it was never processed (A4.2, A4.5)', async ({
  page,
  gallery,
  playback,
  results,
  scenario,
  inspect,
  pipeline,
}) => {
  await playback.open()
  await gallery.pick('One bad record blocks its shard for a day (default settings)')
  await expect(gallery.name).toHaveText(
    'One bad record blocks its shard for a day (default settings)',
  )
  // A write while job-1's first batch is in flight: its record waits behind job-1 (A4.2).
  while ((await results.invocationCount.getAttribute('data-count')) !== '1')
    await playback.step.click()
  await scenario.addItem('{ "pk": "job-3" }')
  await expect(scenario.lastWrite).toHaveText('PutItem made an INSERT record (#1)')
  // The pipeline's lane says since when and by which record the shard is blocked (issue 11, "The pipeline view").
  await stepUntil(playback, pipeline.retry(0))
  await expect(pipeline.blocked(0)).toHaveText('blocked since 00:00:02 by record #0 (job-1)')
  await expect(pipeline.retry(0)).toHaveText(
    '#0 retry in 1 s · attempt 2 (retried until the record expires)',
  )
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
