import { expect, test } from './fixtures/test'

// docs/semantics.md A5.2: a partial batch response checkpoints before the lowest reported failure and retries
// from it; A2.5: records come back, so handlers must be idempotent. The Shards panel and the pipeline's lane
// (issue 11, "The pipeline view") are checked on the same run.
test('partial batch response: the checkpoint rewinds to the lowest failure, which waits out its backoff, and #2 shows ×2 (A5.2, A4.4)', async ({
  page,
  playback,
  gallery,
  shards,
  pipeline,
}) => {
  await playback.open()
  await gallery.pick('Partial batch response: retry from the failed record')
  await expect(gallery.name).toHaveText('Partial batch response: retry from the failed record')

  // Step to the retry: mapping ×2, writes ×3, poll, invoke, partial response, fate, checkpoint, retry.
  // Step shows one whole instant at a time: the response, the fates, the checkpoint and the retry together.
  await playback.stepToEvent(11)
  await expect(playback.elapsed).toHaveText('00:00:02.020')
  await expect(shards.rewind()).toHaveText(
    '↶ checkpoint rewound to #2 (lowest reported failure) at 00:00:02.020: the response to #0–#2 ' +
      'named #2: #0–#1 count as processed, the retry starts at #2. A5.2 Reading the response',
  )
  await expect(shards.checkpoint()).toHaveAttribute('data-pos', '2')
  await expect(shards.deliveries(2)).toHaveCount(0)
  // The lane: the checkpoint stops before the failed record, which waits out its backoff.
  await expect(pipeline.positions(0)).toHaveText('checkpoint after #1 · next read: new records')
  await expect(pipeline.blocked(0)).toHaveText('blocked since 00:00:02 by record #2 (payment-3)')
  await expect(pipeline.retry(0)).toHaveText('#2 retry in 1 s · attempt 2 of 4')
  await expect(pipeline.envLast(1)).toHaveText(
    'last: invocation 1 · #0–#2 reported some records failed',
  )
  await pipeline.shootAtBothWidths('partial')
  await page.setViewportSize({ width: 1280, height: 720 })

  // The retry starts: #2 reaches the handler a second time; #0 and #1 were checkpointed and stay at one.
  await page.keyboard.press('ArrowRight')
  await expect(playback.eventCount).toHaveAttribute('data-count', '12')
  await expect(shards.deliveries(2)).toHaveText('×2')
  await expect(shards.record(2)).toHaveAccessibleName(
    'Record 2: pending, in the batch in flight, delivered 2 times. Why?',
  )
  await expect(shards.deliveries(0)).toHaveCount(0)
  await expect(shards.deliveries(1)).toHaveCount(0)
  await expect(shards.deliveredAgain()).toHaveText(
    'Record #2 was delivered again: handlers must be idempotent. A2.5 At least once',
  )
  await expect(shards.deliveredAgain().getByRole('link')).toHaveAttribute(
    'href',
    'docs/semantics.html#A2.5',
  )
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.getByRole('region', { name: 'Shards' }).screenshot({
    path: test.info().outputPath('rewind-retry-1440.png'),
  })

  // MaximumRetryAttempts 3: four deliveries in all (A4.4), then the record goes to SQS.
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(shards.deliveries(2)).toHaveText('×4')
  await expect(shards.checkpoint()).toHaveAttribute('data-pos', '3')
  await expect(shards.rewind()).toContainText('checkpoint rewound to #2 (lowest reported failure)')
  await expect(pipeline.processedCount).toHaveText('2')
  await expect(pipeline.inboxCount('sqs')).toHaveText('1')

  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await shards.rewind().scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`rewind-${width}.png`) })
  }
})
