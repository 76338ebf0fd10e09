import { expect, test } from './fixtures/test'

// Issue 11, "The pipeline view": tokens travel between stages on the virtual clock; prefers-reduced-motion
// shows the states only.

test('bisect: the batch glides into the environment serving it, splits back in halves, and no token moves under reduced motion (A4.6, D3)', async ({
  page,
  gallery,
  playback,
  pipeline,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  // The suite runs with reduced motion (playwright.config.ts): this test is the one that watches tokens move.
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await playback.open()
  await pipeline.slowAnimations(0.02)
  await gallery.pick('Poison pill isolated by bisect')
  await expect(gallery.name).toHaveText('Poison pill isolated by bisect')

  // 00:00:02: four records are written and go out at once as one batch to environment 1.
  await playback.stepToEvent(8)
  await expect
    .poll(() => pipeline.flightsSaid())
    .toEqual([
      'write: table writes → shard 0 · #0–#3 · 0 1 2 3',
      'invoke: mapping shard 0 → environment 1 · #0–#3 · 0 1 2 3',
    ])
  await pipeline.screenshotMidFlight(0.75, test.info().outputPath('flight-invoke-1440.png'))

  // → steps (focus on the Step button, not a field): invocation 1 fails, bisect splits the batch and the
  // first half leaves at once.
  await page.setViewportSize({ width: 768, height: 900 })
  await page.keyboard.press('ArrowRight')
  await expect(playback.eventCount).toHaveAttribute('data-count', '11')
  await expect
    .poll(() => pipeline.flightsSaid())
    .toEqual([
      'split: environment 1 → mapping shard 0 · #0–#1 · 0 1',
      'split: environment 1 → mapping shard 0 · #2–#3 · 2 3',
      'invoke: mapping shard 0 → environment 1 · #0–#1 · 0 1',
    ])
  await pipeline.screenshotMidFlight(0.3, test.info().outputPath('flight-split-768.png'))

  // Reduced motion (animation speed back to normal): the next instant is drawn in place, nothing travels.
  await pipeline.slowAnimations(1)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.keyboard.press('ArrowRight')
  await expect(playback.eventCount).toHaveAttribute('data-count', '15')
  await expect(pipeline.envInvocation(1)).toHaveText(
    'invocation 3 · #2–#3 · attempt 1 of 3 (split half) · 0 ms of 3 s Timeout',
  )
  await expect(pipeline.flights).toHaveCount(0)
})
