import { measureClickLatency } from './fixtures/inputLatency'
import { expect, test } from './fixtures/test'

/**
 * The page answers input within 100 ms while a 24-hour run fast-forwards at 10,000×. Latency is measured in
 * the page, from the click's own timestamp (when Chromium received the input) to the DOM update it causes.
 */
test(
  'the page answers input within 100 ms while a 24-hour run fast-forwards',
  { tag: '@times-input' },
  async ({ page, playback }) => {
    await playback.open('day-of-traffic')
    await playback.setSpeed(10_000)
    await playback.play.click()
    await expect.poll(() => playback.simTimeMs()).toBeGreaterThan(60 * 60_000)

    const latencies: number[] = []
    for (let i = 0; i < 6; i++) latencies.push(await measureClickLatency(page, 'ui.theme'))
    console.log(
      `input latency during fast-forward (ms): ${latencies.map((l) => l.toFixed(1)).join(', ')}`,
    )

    // Still fast-forwarding while we measured, and it gets to the end of the day.
    await expect(playback.status).toHaveText('running')
    expect(Math.max(...latencies)).toBeLessThan(100)
    await expect(playback.status).toHaveText('finished', { timeout: 120_000 })
    await expect(playback.elapsed).toHaveText('1d 00:00:00.000')
  },
)
