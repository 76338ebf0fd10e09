import { expect, test } from './fixtures/test'
import { stepUntil } from './fixtures/stepUntil'

// Issue 11, "The pipeline view": what happened is drawn and said in the region named "Pipeline".

test('bisect: the lane names the record blocking its shard, the SQS inbox ends with its one message (A4.2, A4.6)', async ({
  gallery,
  playback,
  pipeline,
  results,
}) => {
  await playback.open()
  await gallery.pick('Poison pill isolated by bisect')
  await expect(gallery.name).toHaveText('Poison pill isolated by bisect')
  await stepUntil(playback, pipeline.envInvocation(1))
  await expect(pipeline.envInvocation(1)).toHaveText(
    'invocation 1 · #0–#3 · attempt 1 of 3 · 0 ms of 3 s Timeout',
  )
  await expect(pipeline.laneReason(0)).toHaveText(
    'last batch sent: no batching window: sent at once',
  )
  // Before bisect has narrowed it down, the whole failing batch holds the shard.
  await stepUntil(playback, pipeline.blocked(0))
  await expect(pipeline.blocked(0)).toHaveText('blocked since 00:00:02 by batch #0–#3')
  await stepUntil(playback, pipeline.blocked(0).filter({ hasText: 'record' }))
  await expect(pipeline.blocked(0)).toHaveText('blocked since 00:00:02 by record #2 (order-3)')
  await stepUntil(playback, pipeline.retry(0))
  await expect(pipeline.retry(0)).toHaveText('#2 retry in 1 s · attempt 2 of 3')
  await pipeline.shootAtBothWidths('bisect')

  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(pipeline.inboxCount('sqs')).toHaveText('1')
  await expect(pipeline.processedCount).toHaveText('3')
  await expect(pipeline.blocked(0)).toHaveCount(0)
  // Clicking the message shows exactly the JSON the queue received.
  await pipeline.inboxMessage('sqs', 1).click()
  await expect(pipeline.inboxMessage('sqs', 1)).toHaveAttribute('aria-expanded', 'true')
  await expect(pipeline.inboxJson('sqs')).toHaveText(
    await results.destinationMessage(0).innerText(),
  )
})

// Partial batch response's lane (A4.4, A5.2) is pinned in rewind.spec.ts, on the same run as its Shards panel.

test('throttling: the batch bounces back without spending an attempt until the reservation is lifted (D7)', async ({
  gallery,
  playback,
  pipeline,
}) => {
  await playback.open()
  await gallery.pick('A throttled function: retried without spending retries')
  await expect(gallery.name).toHaveText('A throttled function: retried without spending retries')
  await stepUntil(playback, pipeline.throttle(1))
  await stepUntil(playback, pipeline.retry(0))
  await expect(pipeline.concurrency).toHaveText('0 busy of 0 reserved')
  await expect(pipeline.throttle(0)).toHaveText(
    '↩ #0 throttled at 00:00:03: reserved concurrency is 0; the batch goes back to shard 0',
  )
  await expect(pipeline.retry(0)).toHaveText(
    '#0 retry in 2 s · a throttle spends no attempt · next: attempt 1 of 1',
  )
  await pipeline.shootAtBothWidths('throttling')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(pipeline.processedCount).toHaveText('1')
  await expect(pipeline.concurrency).toHaveText('0 busy · unreserved concurrency')
})

// A day-long poison pill's lane (A4.2) is pinned in say-it-in-words.spec.ts, on the same run as its shard.
