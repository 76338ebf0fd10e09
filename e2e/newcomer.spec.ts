import { expect, test } from './fixtures/test'

// A newcomer's first minutes with real keys (issue 11): what blocked one when tried at 768 to 1440 px.

// Issue 11 "Step advances to the next visible change": the Step that reaches the end finishes the run (it said
// "paused" and Step stayed enabled, doing nothing), and focus goes on from Reset instead of falling to the page.
test('Step by keyboard through a bisect to its end: finished, and focus on Reset', async ({
  page,
  playback,
  narration,
  bisect,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await playback.open('bisect-poison-pill')
  await playback.step.focus()
  // The instants of the run: the mapping's states, the first invocation, each split, the retries, the SQS message.
  for (const events of [1, 2, 8, 11, 15, 18, 20, 21, 23, 24, 29, 32]) {
    await page.keyboard.press('Enter')
    await expect(playback.eventCount).toHaveAttribute('data-count', String(events))
    await expect(playback.step).not.toHaveAttribute('aria-disabled', 'true')
  }
  await expect(narration.texts.last()).toHaveText(
    'An SQS message about #2 (order-3) lands in the failure destination.',
  )
  await expect(bisect.isolated).toHaveCount(1)
  await expect(playback.status).toHaveText('paused')

  await page.keyboard.press('Enter')
  await expect(playback.status).toHaveText('finished')
  await expect(playback.elapsed).toHaveText('00:01:00.000')
  await expect(playback.step).toBeDisabled()
  await expect(playback.reset).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('stepped-to-end-1440.png') })
  await page.setViewportSize({ width: 768, height: 900 })
  await page.screenshot({ path: test.info().outputPath('stepped-to-end-768.png') })
})

test.describe('offline', () => {
  // The only spec that lets the service worker run (playwright.config.ts blocks it for the others).
  test.use({ serviceWorkers: 'allow' })

  // Issue 11's promise of ease: "works offline, keeps their work". A reload without network after a first visit
  // opened Chromium's "No internet" page; the service worker now serves the whole build.
  test('after a first visit, a reload offline opens the app with the edited item, and it runs', async ({
    app,
    page,
    context,
    playback,
    scenario,
  }) => {
    await page.setViewportSize({ width: 768, height: 900 })
    await playback.open()
    await scenario.editButton(0).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type(', "note": "offline"')
    await page.keyboard.press('Enter')
    await scenario.itemSave.focus()
    await page.keyboard.press('Enter')
    const edited =
      '{"pk":{"S":"order-1"},"status":{"S":"new"},"total":{"N":"42"},"note":{"S":"offline"}}'
    await expect(scenario.rowItem(0)).toHaveText(edited)
    await app.offlineReady()

    await context.setOffline(true)
    await page.reload()
    await expect(scenario.rowItem(0)).toHaveText(edited)
    await playback.runToEnd.focus()
    await page.keyboard.press('Enter')
    await expect(playback.status).toHaveText('finished')
    await expect(playback.eventCount).toHaveAttribute('data-count', '17')
    await expect(playback.reset).toBeFocused()
    await page.screenshot({ path: test.info().outputPath('offline-768.png') })
    await context.setOffline(false)
  })
})
