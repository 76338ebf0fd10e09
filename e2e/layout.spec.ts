import type { Locator, Page } from '@playwright/test'
import type { PageGlobals } from './fixtures/pageGlobals'
import { expect, test } from './fixtures/test'

/** The header and playback controls a user needs at every width (issue 8, item 5). */
function essentials(page: Page): [string, Locator][] {
  return [
    ['theme toggle', page.getByTestId('ui.theme')],
    ['Scenario picker', page.getByTestId('scenario.select')],
    ['Export', page.getByTestId('scenario.export')],
    ['Share', page.getByTestId('scenario.share')],
    ['Play', page.getByTestId('playback.play')],
  ]
}

/** Horizontal overflow of the document, in CSS pixels (0 when nothing sticks out). */
async function overflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { scrollWidth, clientWidth } = (globalThis as unknown as PageGlobals).document
      .documentElement
    return `scrollWidth ${scrollWidth} <= clientWidth ${clientWidth}: ${scrollWidth <= clientWidth}`
  })
}

async function insideViewport(page: Page, control: Locator): Promise<boolean> {
  const box = await control.boundingBox()
  const width = page.viewportSize()?.width ?? 0
  return box !== null && box.x >= 0 && box.x + box.width <= width && box.width > 0
}

for (const width of [1920, 1440, 1024, 900, 768, 390]) {
  test(`at ${width} px wide nothing scrolls sideways and the header and Play stay reachable`, async ({
    page,
    playback,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await playback.open('poison-pill')
    await playback.runToEnd.click()
    await expect(playback.status).toHaveText('finished')

    const o = await overflow(page)
    expect(o, `document overflow at ${width} px`).toBe(o.replace(/: false$/, ': true'))
    for (const [name, control] of essentials(page)) {
      await control.scrollIntoViewIfNeeded()
      await expect(control, `${name} at ${width} px`).toBeVisible()
      expect(await insideViewport(page, control), `${name} inside the ${width} px viewport`).toBe(
        true,
      )
    }
    await page.screenshot({ path: test.info().outputPath(`layout-${width}.png`), fullPage: true })
  })
}

test('at 768 px the handler editor keeps a usable size', async ({ page, playback, handler }) => {
  await page.setViewportSize({ width: 768, height: 900 })
  await playback.open()
  await expect(handler.ready).toBeAttached()
  const box = await page.getByTestId('handler.editor').boundingBox()
  // Usable: most of the window's width, and the same 20 rem (280 px) of height as on a desktop.
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(600)
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(280)
})
