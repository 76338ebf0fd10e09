import type { Page } from '@playwright/test'
import { GUIDES } from '../src/guides'
import type { Guide as GuideDefinition } from '../src/guides'
import { seriousAxeFindings } from './fixtures/axe'
import { pagesOf } from './fixtures/pagesOf'
import { expect, test } from './fixtures/test'

/**
 * Opens each guide from the gallery with the keyboard (Tab to it, Enter), starts it and presses Continue at
 * every stop: each stop appears (the run paused at its trigger) and the last states the guide's outcome.
 */
async function playGuides(
  page: Page,
  guides: readonly GuideDefinition[],
  look?: (page: Page, g: GuideDefinition, stop: number) => Promise<void>,
) {
  const { guide } = pagesOf(page)
  for (const g of guides) {
    await guide.galleryButton.click()
    await expect(guide.gallery).toBeVisible()
    const index = GUIDES.indexOf(g)
    // The dialog focuses its first entry; Tab walks the list.
    for (let i = 0; i < index; i++) await page.keyboard.press('Tab')
    await expect(guide.pick(g.title)).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(guide.calloutText).toHaveText(g.intro)
    await expect(guide.calloutButton).toBeFocused()
    await page.keyboard.press('Enter')
    for (const [stop, step] of g.steps.entries()) {
      // A stop after the day-long fast-forward waits on ~1,400 handler runs: on a loaded machine, long.
      await expect(guide.calloutTitle).toHaveText(step.title, { timeout: 90_000 })
      await look?.(page, g, stop)
      if (stop < g.steps.length - 1) await guide.calloutButton.click()
    }
    await expect(guide.calloutText).toHaveText(g.steps[g.steps.length - 1].text)
    await guide.calloutButton.click()
    await expect(guide.callout).toHaveCount(0)
  }
}

/** The callout over the Bisect panel it points at: its first stop at 1440 px wide, its second at 768. */
async function screenshotBisectStops(page: Page, g: GuideDefinition, stop: number) {
  if (g.id !== 'bisect' || stop > 1) return
  const { guide } = pagesOf(page)
  await expect(page.locator('section[aria-labelledby="bisect-title"]')).toHaveCSS(
    'outline-style',
    'solid',
  )
  await expect(guide.callout).toBeInViewport()
  expect(await seriousAxeFindings(page)).toEqual([])
  const width = stop === 0 ? 1440 : 768
  await page.screenshot({ path: test.info().outputPath(`guide-callout-${width}.png`) })
  // The next stop shows at 768 px; after it, back to the default size.
  await page.setViewportSize(
    stop === 0 ? { width: 768, height: 1000 } : { width: 1280, height: 720 },
  )
}

// README "Guided scenarios": the gallery lists each guide with its summary and watch time; Escape closes it.
test('the guide gallery lists every guide with its stops and watch time', async ({
  page,
  app,
  guide,
}) => {
  await app.open()
  await expect(app.ready).toBeVisible()
  await guide.galleryButton.click()
  await expect(guide.gallery.getByRole('listitem')).toHaveCount(GUIDES.length)
  await expect(guide.pick(GUIDES[1].title)).toHaveText(
    `${GUIDES[1].title}${GUIDES[1].summary}5 stops · about 4 s to watch, plus a fast-forward`,
  )
  expect(await seriousAxeFindings(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(guide.gallery).toBeHidden()
  await expect(guide.galleryButton).toBeFocused()
})

// README "Guided scenarios": each guide runs to its narrated outcome (one test each, so the two browsers share them).
for (const g of GUIDES) {
  test(`guide "${g.title}" runs to its narrated outcome`, async ({ page, app }) => {
    test.setTimeout(180_000)
    await page.setViewportSize({ width: 1440, height: 900 })
    await app.open()
    await expect(app.ready).toBeVisible()
    await playGuides(page, [g], screenshotBisectStops)
  })
}
