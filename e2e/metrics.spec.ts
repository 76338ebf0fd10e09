import { expect, test } from './fixtures/test'

/** docs/semantics.md A11: the run's metric series, charted like CloudWatch, with their values in words. */
test('Metrics charts the poison pill run (A11): IteratorAge rises while the shard retries', async ({
  page,
  playback,
  metrics,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await playback.open('poison-pill')
  await metrics.tab.click()
  await expect(metrics.region).toBeVisible()
  await expect(metrics.summary('iterator-age')).toHaveText('IteratorAge: no data')

  // The charts follow the run: the open tab fills in as the frames arrive.
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')
  await expect(metrics.summary('iterator-age')).toHaveText('IteratorAge max 3 s')
  // The batch is retried at 00:00:02 and 00:00:04 while the shard is blocked: each try finds it older.
  await expect(metrics.trend('iterator-age')).toHaveText('from 0 ms at 00:00:01 to 3 s at 00:00:04')
  await expect(metrics.chart('iterator-age')).toHaveAttribute('data-points', '3')
  await expect(metrics.summary('invocations')).toHaveText('Invocations 3 · Errors 3 · Throttles 0')
  await expect(metrics.summary('concurrency')).toHaveText('ConcurrentExecutions max 1')
  // MetricsConfig is off in this scenario: no event-count chart.
  await expect(metrics.chart('event-counts')).toHaveCount(0)

  await metrics.hover('iterator-age')
  await expect(metrics.tooltip('iterator-age')).toHaveText('00:00:04IteratorAge : 3 s')
  await page.screenshot({ path: test.info().outputPath('metrics-1440.png') })

  await page.setViewportSize({ width: 768, height: 1000 })
  await expect(metrics.chart('concurrency')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('metrics-768.png'), fullPage: true })
})
