import { expect, test } from './fixtures/test'
import type { Timeline } from './fixtures/pages/Timeline'

/** Waits until the run shows `clock` and the slider says so, then reads the state digest. */
async function digestAt(timeline: Timeline, clock: string, valueText: string): Promise<string[]> {
  await expect(timeline.digestParts[0]).toHaveText(clock)
  await expect(timeline.slider).toHaveAttribute('aria-valuetext', valueText)
  return timeline.digest()
}

async function expectDigest(timeline: Timeline, expected: readonly string[]): Promise<void> {
  for (const [i, part] of timeline.digestParts.entries()) await expect(part).toHaveText(expected[i])
}

// docs/semantics.md D11: the run is deterministic, so the Timeline restores any moment exactly.
test('Timeline: Home and the arrows go back to earlier moments exactly, End forward to the final state (D11)', async ({
  page,
  playback,
  timeline,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await playback.open('bisect-poison-pill')
  const atStart = await digestAt(timeline, '00:00:00.000', '00:00:00 of 00:01:00')

  // Forward with the keys: the handlers run live up to 5 s.
  await timeline.press('ArrowRight', 5)
  const atFive = await digestAt(timeline, '00:00:05.000', '00:00:05 of 00:01:00')
  await timeline.press('End')
  const atEnd = await digestAt(timeline, '00:01:00.000', '00:01:00 of 00:01:00')
  await expect(timeline.legend).toHaveText(
    '5 errors · 2 retries · 2 splits · 1 destination delivery',
  )
  await page.screenshot({ path: test.info().outputPath('timeline-end-1440.png') })

  // Back to the start and to 5 s: the worker restores a snapshot and replays, no handler runs.
  await timeline.press('Home')
  await digestAt(timeline, '00:00:00.000', '00:00:00 of 00:01:00')
  await expectDigest(timeline, atStart)
  await timeline.press('ArrowRight', 3)
  await timeline.press('ArrowLeft')
  await timeline.press('PageUp')
  await timeline.press('ArrowLeft', 5)
  await digestAt(timeline, '00:00:05.000', '00:00:05 of 00:01:00')
  await expectDigest(timeline, atFive)
  await page.setViewportSize({ width: 768, height: 1000 })
  await page.screenshot({ path: test.info().outputPath('timeline-5s-768.png') })

  await timeline.press('End')
  await digestAt(timeline, '00:01:00.000', '00:01:00 of 00:01:00')
  await expectDigest(timeline, atEnd)
})

// docs/semantics.md A11: a metric point is a second of the run; clicking it moves the run there.
test('Metrics: clicking a chart point seeks the Timeline to that second (A11)', async ({
  page,
  playback,
  metrics,
  timeline,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await playback.open('poison-pill')
  await playback.runToEnd.click()
  await expect(playback.elapsed).toHaveText('00:01:00.000')
  await metrics.tab.click()
  await expect(metrics.summary('iterator-age')).toHaveText('IteratorAge max 3 s')

  // The middle of the IteratorAge chart is nearest its last point, 3 s old at 00:00:04.
  await metrics.hover('iterator-age')
  await expect(metrics.tooltip('iterator-age')).toHaveText('00:00:04IteratorAge : 3 s')
  await metrics.chart('iterator-age').locator('.recharts-surface').click()
  await expect(playback.elapsed).toHaveText('00:00:04.000')
  await expect(timeline.slider).toHaveAttribute('aria-valuetext', '00:00:04 of 00:01:00')
  await expect(playback.status).toHaveText('paused')
  await page.screenshot({ path: test.info().outputPath('metrics-seek-1440.png') })
})
