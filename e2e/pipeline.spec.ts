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

/** Eight shards; a batch with an odd job waits 10 minutes, the others end at once (docs/semantics.md D4). */
const MANY_ENVIRONMENTS = {
  format: 'dynamodb-lambda-playground/scenario',
  version: 1,
  name: 'Many environments at once',
  seed: 1,
  clock: { start: '2026-01-01T00:00:00.000Z' },
  durationSeconds: 1200,
  table: {
    TableName: 'Jobs',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    shards: 8,
  },
  writes: [{ atMs: 0, every: { intervalMs: 1, count: 12 }, put: { pk: 'job-{{i}}', n: '{{i}}' } }],
  function: {
    FunctionName: 'slow-jobs',
    Timeout: 900,
    code: [
      'export const handler = async (event) => {',
      '  if (event.Records.some((r) => Number(r.dynamodb.NewImage.n.S) % 2 === 1))',
      '    await new Promise((resolve) => setTimeout(resolve, 600_000))',
      '}',
    ].join('\n'),
  },
  mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 100 },
}

test('time-lapse: environments in one state are counted in one box, each drawn again on pause (D3, issue 11 "at most a few hundred tokens")', async ({
  gallery,
  playback,
  pipeline,
}) => {
  await playback.open()
  await gallery.import('many-environments.json', JSON.stringify(MANY_ENVIRONMENTS))
  await expect(gallery.name).toHaveText('Many environments at once')
  await playback.speedTo('real time ×10')
  await playback.play.click()
  // From 00:00:01 to 00:10:01 (a minute at ×10): five batches wait, three ended at once.
  await expect(pipeline.envSummary).toHaveText('8 environments: 5 busy · 3 warm')
  await expect(pipeline.envGroup('cold')).toHaveText('5 environments · cold start, busy')
  await expect(pipeline.envGroup('warm')).toHaveText('3 environments · warm, idle')
  await expect(pipeline.envState(1)).toHaveCount(0)
  await pipeline.shootAtBothWidths('environments-time-lapse')
  await playback.play.click()
  await expect(playback.status).toHaveText('paused')
  await expect(pipeline.envSummary).toHaveCount(0)
  await expect(pipeline.envState(1)).toHaveText('cold start, busy')
  await expect(pipeline.envState(2)).toHaveText('warm, idle')
})
