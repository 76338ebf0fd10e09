import { expect, test } from './fixtures/test'

// day-of-traffic: 1,440 writes, 1,440 invocations, 8,642 events; the event log keeps the newest 500.
const LISTS = [
  { name: 'invocations', newest: 'invocation.1439', rows: 1440, visible: 8 },
  { name: 'records', newest: 'records.1439', rows: 1440, visible: 6 },
  { name: 'events', newest: 'event.8641', rows: 500, visible: 10 },
] as const

// Issue 8, item 6: the lists follow the newest rows; scrolling up stops that and says what is hidden.
test('each list shows its newest row, stops following when scrolled up and jumps back to the latest', async ({
  page,
  playback,
  results,
}) => {
  await playback.open('day-of-traffic')
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished', { timeout: 60_000 })
  await expect(results.invocationCount).toHaveText('1,440 invocations')

  for (const list of LISTS) {
    const newest = page.getByTestId(list.newest)
    await results.scrollTo(list.name)
    await expect(newest, `${list.name}: newest row while following`).toBeInViewport()
    await expect(results.jumpToLatest(list.name)).toBeHidden()

    // Wheel all the way up: every row below the first screenful is hidden, counted exactly.
    await results.wheel(list.name, -100_000)
    await expect(results.hiddenBelow(list.name)).toHaveText(
      `${(list.rows - list.visible).toLocaleString('en-US')} newer rows below`,
    )
    await expect(newest).toBeHidden()

    await results.jumpToLatest(list.name).click()
    await expect(newest, `${list.name}: newest row after Jump to latest`).toBeInViewport()
    await expect(results.jumpToLatest(list.name)).toBeHidden()
    await expect(results.hiddenBelow(list.name)).toBeHidden()
  }
})

test('a list scrolled up stays put while the run goes on, counts the rows that arrive, and Reset follows again', async ({
  playback,
  results,
}) => {
  const stepUntil = async (events: number) => {
    while ((await playback.events()) < events) {
      const before = await playback.events()
      await playback.step.click()
      await expect.poll(() => playback.events()).toBeGreaterThan(before)
    }
    // Clicking Step scrolled the page up to the playback bar: scroll back down to the log.
    await results.scrollTo('events')
    return playback.events()
  }
  await playback.open('day-of-traffic')
  const first = await stepUntil(14)
  await expect(results.event(first - 1)).toBeInViewport()

  // Scrolled to the top (10 rows in view), the rows below are counted, and more arrive below.
  await results.wheel('events', -10_000)
  await expect(results.hiddenBelow('events')).toHaveText(`${first - 10} newer rows below`)
  const second = await stepUntil(first + 4)
  await expect(results.hiddenBelow('events')).toHaveText(`${second - 10} newer rows below`)
  await expect(results.event(0)).toBeInViewport()
  await expect(results.event(second - 1)).not.toBeInViewport()

  // Reset empties the list: it follows again.
  await playback.reset.click()
  await expect(results.jumpToLatest('events')).toBeHidden()
  const third = await stepUntil(14)
  await expect(results.event(third - 1)).toBeInViewport()
})
