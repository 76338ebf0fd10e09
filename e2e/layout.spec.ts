import type { Locator, Page } from '@playwright/test'
import type { PageGlobals } from './fixtures/pageGlobals'
import { expect, test } from './fixtures/test'

// Copy link takes the clipboard path; the link is read back from its text field.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

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

/** Each width, and how many lines the title may take there (it is 1.4rem × 1.4 ≈ 27 px a line). */
const WIDTHS = [
  { width: 1920, titleLines: 1 },
  { width: 1440, titleLines: 1 },
  { width: 1280, titleLines: 1 },
  { width: 1024, titleLines: 1 },
  { width: 900, titleLines: 1 },
  { width: 768, titleLines: 1 },
  { width: 390, titleLines: 2 },
]

// One run, then the window resized through every width (as a user drags it): a fresh page and run per width
// cost CI a minute and pinned nothing more.
test('at every width from 1920 to 390 px nothing scrolls sideways, the header and Play stay reachable and the tabs keep one row', async ({
  page,
  playback,
}) => {
  await page.setViewportSize({ width: WIDTHS[0].width, height: 900 })
  await playback.open('poison-pill')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')

  for (const { width, titleLines } of WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    await playback.frames(2)
    const o = await overflow(page)
    expect(o, `document overflow at ${width} px`).toBe(o.replace(/: false$/, ': true'))
    for (const [name, control] of essentials(page)) {
      await control.scrollIntoViewIfNeeded()
      await expect(control, `${name} at ${width} px`).toBeVisible()
      expect(await insideViewport(page, control), `${name} inside the ${width} px viewport`).toBe(
        true,
      )
    }
    const title = await page.getByRole('heading', { level: 1 }).boundingBox()
    expect(title?.height, `title height at ${width} px`).toBeLessThan(titleLines * 27 + 13)
    await page.screenshot({ path: test.info().outputPath(`layout-${width}.png`), fullPage: true })
  }

  // The seven tabs stay whole on one row from 768 px up ("Console" wrapped onto a second row at 1101-1439 px).
  const tabList = page.getByRole('tablist', { name: 'Scenario' })
  for (const width of [1440, 1439, 1280, 1101, 1024, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await playback.frames(2)
    const tabs = await tabList.getByRole('tab').all()
    const tops = await Promise.all(
      tabs.map(async (tab) => Math.round((await tab.boundingBox())?.y ?? -1)),
    )
    expect(tops, `tab rows at ${width} px`).toEqual(Array<number>(7).fill(tops[0]))
    expect(
      await tabList.evaluate(
        (l: { scrollWidth: number; clientWidth: number }) => l.scrollWidth - l.clientWidth,
      ),
      `tabs cut at ${width} px`,
    ).toBe(0)
    await tabList.screenshot({ path: test.info().outputPath(`tabs-${width}.png`) })
  }
})

test('at 768 px the handler editor keeps a usable size', async ({ page, playback, handler }) => {
  await page.setViewportSize({ width: 768, height: 900 })
  await playback.open()
  await handler.showEditor()
  const box = await page.getByTestId('handler.editor').boundingBox()
  // Usable: most of the window's width, and the same 20 rem (280 px) of height as on a desktop.
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(600)
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(280)
})

test('on a 390 px phone a shared link opens, runs and its record history reads without sideways scrolling', async ({
  page,
  playback,
  gallery,
  inspect,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await playback.open('poison-pill-day')
  await gallery.shareButton.click()
  const link = await gallery.shareLink.inputValue()
  expect(await overflow(page)).toBe('scrollWidth 390 <= clientWidth 390: true')

  await page.goto(link)
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished', { timeout: 60_000 })
  await inspect.openWhy(0)
  // A long history opens on its summary; its steps are one click away.
  await inspect.whyExpand.click()
  await expect(inspect.whyGroups).toHaveText([
    'retried 1,444 times between 00:00:03.020 and 23:59:33.900',
  ])
  await inspect.whyPanel.scrollIntoViewIfNeeded()
  expect(await insideViewport(page, inspect.whyGroups.first())).toBe(true)
  expect(await overflow(page)).toBe('scrollWidth 390 <= clientWidth 390: true')
  await page.screenshot({ path: test.info().outputPath('phone-shared-why.png') })
})
