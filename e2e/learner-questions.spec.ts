import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test'
import type { Gallery } from './fixtures/pages/Gallery'
import type { Playback } from './fixtures/pages/Playback'

/**
 * Issue 11, acceptance: the questions a learner asks after a run, each answered as plain text on screen within
 * three clicks, without opening raw JSON. Each test counts its clicks after "Run to end" in `clicks`.
 */

async function runExample(playback: Playback, gallery: Gallery, name: string): Promise<void> {
  await playback.open()
  await gallery.pick(name)
  await expect(gallery.name).toHaveText(name)
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
}

async function shoot(
  page: Page,
  name: string,
  target: { scrollIntoViewIfNeeded(): Promise<void> },
) {
  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await target.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`) })
  }
}

// Bisect (A4.6, A6.2: which record failed, and what reached the destination) is asked in bisect-tree.spec.ts,
// on the same run as its tree.

// docs/semantics.md A5.2: the retry starts at the lowest reported failure; A6.2: SNS gets a pointer.
test('a rewind and a retried batch sent to SNS: which records came again, why, and what reached the topic (A5.2, A6.2)', async ({
  page,
  gallery,
  playback,
  results,
  inspect,
}) => {
  await runExample(
    playback,
    gallery,
    'Partial batch response: a failure mid-batch rewinds the checkpoint, then SNS',
  )
  // Which records were delivered again? The second invocation names them, attempt 2 (0 clicks).
  await expect(results.invocationPart(1, 'keys')).toHaveText('#1–#2 · payment-2, payment-3')
  await expect(results.invocationPart(1, 'attempt')).toHaveText('2')
  // What reached the destination? The SNS message in words, its Message parsed (0 clicks).
  await expect(results.destinationPart(0, 'covers')).toHaveText(
    'Covers 2 records of shard 0: #1 payment-2 #2 payment-3',
  )
  await expect(results.destinationPart(0, 'note')).toHaveText(
    'An SNS destination receives a pointer to the records (their shard and sequence numbers), not their data: read them from the stream within 24 h, before they are trimmed.',
  )
  await expect(results.destinationPart(0, 'inner')).toContainText(
    '"condition": "RetryAttemptsExhausted",\n    "approximateInvokeCount": 2\n  },',
  )
  await expect(results.destinationPart(0, 'inner')).toContainText('"batchSize": 2,')
  await expect(results.destinationMessage(0)).toBeHidden()
  await shoot(page, 'sns-message', results.destination(0))

  // Why did payment-3 come again although the handler succeeded on it? (1 click)
  await results.destinationRecord(0, 2).click()
  await expect(inspect.whyFate).toHaveText('destination')
  await expect(inspect.stepNote(3)).toHaveText(
    'Partial batch response: the lowest failure the handler reported is #1 (payment-2). The checkpoint rewound to it, so this record, later in the batch, is delivered again whether it succeeded or not: handlers must be idempotent. A5.2 Reading the response',
  )
  await shoot(page, 'why-rewind', inspect.whyPanel)

  // The exact notification stays one click away, its escaped Message wrapped inside the panel (2 clicks).
  await results.destinationPart(0, 'raw').click()
  await expect(results.destinationMessage(0)).toContainText('"Message": "{\\"requestContext\\"')
  const panel = await results.destination(0).boundingBox()
  const raw = await results.destinationMessage(0).boundingBox()
  expect(raw !== null && panel !== null && raw.x + raw.width <= panel.x + panel.width).toBe(true)
  await shoot(page, 'sns-raw', results.destinationPart(0, 'raw'))
})

// docs/semantics.md A4.2: a failing batch blocks its shard while it is retried.
test('a poison pill: how long the shard was blocked, and by which record (A4.2)', async ({
  gallery,
  results,
  playback,
  inspect,
}) => {
  await runExample(playback, gallery, 'Poison pill: retried twice, then sent to SQS')
  // 0 clicks: the shard says it, and the SQS message names the batch it gave up on.
  await expect(inspect.shardBlocking(0)).toHaveText('blocked 3 s by #0 (order-4), 3 attempts')
  await expect(results.destinationPart(0, 'covers')).toHaveText(
    'Covers 3 records of shard 0: #0 order-4 #1 order-5 #2 order-1',
  )
})

// docs/semantics.md A8.2: records matching no filter pattern never reach the function.
test('a filter: which records reached the handler, and why the others did not (A8.2)', async ({
  page,
  gallery,
  playback,
  results,
  inspect,
}) => {
  await runExample(playback, gallery, 'Filter criteria: only new urgent tickets reach the function')
  // Which reached the handler? The invocations name them (0 clicks).
  await expect(results.invocationCount).toHaveAttribute('data-count', '2')
  await expect(results.invocationPart(0, 'keys')).toHaveText('#0 · t1')
  await expect(results.invocationPart(1, 'keys')).toHaveText('#1 · t1')
  // Why did #2 not? Its chip, then its history says the filter's exact reason (1 click).
  await expect(inspect.shardChip(0, 2)).toHaveAccessibleName('Record 2: filtered. Why?')
  await inspect.shardChip(0, 2).click()
  await expect(inspect.whyFate).toHaveText('filtered')
  await expect(inspect.stepNote(2)).toHaveText(
    'Filtered out: it matches none of the 3 filter patterns. Pattern 0: eventName: "MODIFY" is not one of ["INSERT"]. Pattern 1: dynamodb.NewImage.status.S: "open" is not one of ["urgent"]. Pattern 2: dynamodb.NewImage.priority.N: "500" matches none of [numeric > 100] (numeric matches only JSON numbers; a DynamoDB N value is a string). Open record #2 in the Filter lab',
  )
  await shoot(page, 'why-filtered', inspect.whyPanel)
  // The Filter lab opens on that record (2 clicks).
  await inspect.stepFilterLab(2).click()
  await expect(page.getByTestId('tab.filters')).toHaveAttribute('aria-selected', 'true')
  await expect(inspect.filterLabRecord(2)).toHaveAttribute('aria-current', 'true')
  await expect(inspect.filterLabRecord(2)).toBeInViewport()
})
