import { expect, test } from './fixtures/test'

// Issue 11, "Narration" and "Pacing": what just happened, in words, with the rule behind it, slow enough to see.

const BISECT = 'Poison pill isolated by bisect'

const STORY = [
  ['The event source mapping is Creating.', 'A9.1 States'],
  ['The event source mapping is Enabled.', 'A9.1 States'],
  [
    'Invocation 1 starts with #0–#3 (order-1, order-2, order-3 +1), the first batch Lambda read from shard 0.',
    'A2.1 Poll rate and batches',
  ],
  [
    'Invocation 1 failed; BisectBatchOnFunctionError splits the batch into #0–#1 (order-1, order-2) and #2–#3 (order-3, order-4).',
    'A4.6 Bisect on error',
  ],
  [
    'Invocation 3 failed; BisectBatchOnFunctionError splits the batch into #2 (order-3) and #3 (order-4).',
    'A4.6 Bisect on error',
  ],
  [
    'Invocation 4 failed; MaximumRetryAttempts lets Lambda retry #2 (order-3) at 00:00:03.080.',
    'A4.3 How many invocations',
  ],
  [
    'Invocation 5 failed; MaximumRetryAttempts lets Lambda retry #2 (order-3) at 00:00:05.100.',
    'A4.3 How many invocations',
  ],
  [
    'Invocation 6 failed; retries are used up, so #2 (order-3) goes to the on-failure destination.',
    'A4.3 How many invocations',
  ],
  [
    'An SQS message about #2 (order-3) lands in the failure destination.',
    'A6.2 The failure record (SQS and SNS)',
  ],
]

/** The instants of the bisect at which something significant happens (the clock must show each). */
const PACE_STOPS = [
  1_000, 2_000, 2_020, 2_040, 2_060, 2_080, 3_080, 3_100, 5_100, 5_120, 5_140,
].map((ms) => `00:00:0${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}`)

test('bisect, played event-paced: one sentence per event with its rule (A4.6, A4.3, A6.2); Speed by arrow keys', async ({
  page,
  gallery,
  playback,
  narration,
}) => {
  await playback.open()
  await gallery.pick(BISECT)
  await expect(gallery.name).toHaveText(BISECT)
  await expect(playback.speed).toHaveAttribute('aria-valuetext', 'Event-paced')
  await playback.play.click()

  // Event-paced: every instant with an invocation, split, retry or delivery is on screen long enough to be
  // seen by a look every 50 ms (at 1× the bisect is over in 140 ms), then the idle rest of the minute hurries by.
  const seen: string[] = []
  await expect
    .poll(
      async () => {
        const shown = await playback.elapsed.innerText()
        if (seen.at(-1) !== shown) seen.push(shown)
        return shown
      },
      { intervals: [50], timeout: 30_000 },
    )
    .toBe('00:01:00.000')
  expect(seen.filter((shown) => PACE_STOPS.includes(shown))).toEqual(PACE_STOPS)
  await expect(playback.status).toHaveText('finished')

  // The newest four sentences show beside the playback bar at any width; "Show all" opens the rest.
  await expect(narration.texts).toHaveText(STORY.slice(-4).map(([text]) => text))
  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: test.info().outputPath(`narration-${width}.png`) })
  }
  await expect(narration.toggle).toHaveText(`Show all ${STORY.length}`)
  await narration.toggle.click()
  await expect(narration.toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(narration.texts).toHaveText(STORY.map(([text]) => text))
  await expect(narration.rules).toHaveText(STORY.map(([, rule]) => rule))
  for (const [i, [, rule]] of STORY.entries()) {
    await expect(narration.rules.nth(i)).toHaveAttribute(
      'href',
      `docs/semantics.html#${rule.split(' ')[0]}`,
    )
  }
  // The anchors exist in the docs page the app serves.
  const docs = await (await page.request.get('/docs/semantics.html')).text()
  expect(
    ['A9.1', 'A2.1', 'A4.6', 'A4.3', 'A6.2'].filter((id) => !docs.includes(`id="${id}"`)),
  ).toEqual([])
  await page.screenshot({ path: test.info().outputPath('narration-all-768.png') })

  // Speed: arrow keys move one stop at a time.
  await playback.speed.focus()
  await page.keyboard.press('ArrowRight')
  await expect(playback.speed).toHaveAttribute('aria-valuetext', 'real time ×0.25')
  await page.keyboard.press('End')
  await expect(playback.speed).toHaveAttribute('aria-valuetext', 'real time ×10,000')
  await expect(playback.speedValue).toHaveText('real time ×10,000')
  await page.keyboard.press('ArrowLeft')
  await expect(playback.speed).toHaveAttribute('aria-valuetext', 'real time ×5,000')
  await page.keyboard.press('Home')
  await expect(playback.speed).toHaveAttribute('aria-valuetext', 'Event-paced')
  await expect(narration.texts).toHaveCount(STORY.length)
})

test('bisect, stepped: each Step shows one instant, and the header, chips and narration agree', async ({
  gallery,
  playback,
  narration,
  inspect,
}) => {
  await playback.open()
  await gallery.pick(BISECT)
  await expect(gallery.name).toHaveText(BISECT)
  const chips = async (names: string[]) => {
    for (const [i, name] of names.entries())
      await expect(inspect.shardChip(0, i)).toHaveAccessibleName(`Record ${i}: ${name}. Why?`)
  }
  const inflight = 'pending, in the batch in flight'

  await playback.step.click()
  await expect(playback.elapsed).toHaveText('00:00:00.000')
  await expect(narration.texts).toHaveText([STORY[0][0]])
  await expect(inspect.shardSummary(0)).toHaveText('0 records · 0 settled')

  await playback.step.click()
  await expect(playback.elapsed).toHaveText('00:00:01.000')
  await expect(narration.texts.last()).toHaveText(STORY[1][0])

  await playback.step.click()
  await expect(playback.elapsed).toHaveText('00:00:02.000')
  await expect(narration.texts.last()).toHaveText(STORY[2][0])
  await expect(inspect.shardSummary(0)).toHaveText('4 records · 0 settled · invocation 1 in flight')
  await chips([inflight, inflight, inflight, inflight])

  await playback.step.click()
  await expect(playback.elapsed).toHaveText('00:00:02.020')
  await expect(narration.texts.last()).toHaveText(STORY[3][0])
  await expect(inspect.shardSummary(0)).toHaveText('4 records · 0 settled · invocation 2 in flight')
  // The first half goes out again: its chips count a second delivery (A2.5).
  await chips([
    `${inflight}, delivered 2 times`,
    `${inflight}, delivered 2 times`,
    'pending',
    'pending',
  ])

  // "2 settled" and the green chips arrive in the same step (they used to be a step apart).
  await playback.step.click()
  await expect(playback.elapsed).toHaveText('00:00:02.040')
  await expect(inspect.shardSummary(0)).toHaveText('4 records · 2 settled · invocation 3 in flight')
  const twice = ', delivered 2 times'
  await chips([
    `processed${twice}`,
    `processed${twice}`,
    `${inflight}${twice}`,
    `${inflight}${twice}`,
  ])
  await expect(narration.texts).toHaveCount(4)
})
