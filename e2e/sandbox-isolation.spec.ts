import type { PageGlobals } from './fixtures/pageGlobals'
import { expect, test } from './fixtures/test'
import { blockOffsiteRequests } from './fixtures/pages/offsiteGuard'

/**
 * The handler runs in a worker inside an opaque-origin iframe whose CSP forbids network access:
 * it cannot reach the network, the app's storage or cookies, or the page's DOM. The app's origin
 * holds a secret in localStorage; the handler, run by the scenario, must not get it.
 */
const SECRET = 'app-secret-7f3c'

// fetch settles on a real task: the handler yields a few virtual-timer turns to let it land.
const handlerCode = (appOrigin: string) => `const settle = (run) => {
  const box = { result: 'pending' }
  try {
    Promise.resolve(run()).then((value) => { box.result = 'read ' + String(value) }, (error) => { box.result = error.name })
  } catch (error) {
    box.result = error.name
  }
  return box
}
exports.handler = async () => {
  const attempts = {
    fetchOffsite: settle(() => fetch('https://example.com/?steal=1').then((r) => r.status)),
    fetchApp: settle(() => fetch('${appOrigin}/?steal=2').then((r) => r.text())),
    localStorage: settle(() => localStorage.getItem('playground.secret')),
    indexedDB: settle(() => indexedDB.open('playground')),
    cookie: settle(() => document.cookie),
    parentDocument: settle(() => parent.document.body.innerHTML),
  }
  for (let turn = 0; turn < 100 && Object.values(attempts).some((a) => a.result === 'pending'); turn++) {
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
  return Object.fromEntries(Object.entries(attempts).map(([name, box]) => [name, box.result]))
}`

test('a handler cannot reach the network, storage, cookies or the page', async ({
  page,
  baseURL,
  playback,
  handler,
}) => {
  const blocked = await blockOffsiteRequests(page, baseURL)
  const stealing: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('steal')) stealing.push(request.url())
  })
  await playback.open()
  await page.evaluate(
    (secret) =>
      (globalThis as unknown as PageGlobals).localStorage.setItem('playground.secret', secret),
    SECRET,
  )
  await handler.setCode(handlerCode(new URL(page.url()).origin))
  await playback.runToEnd.click()
  await expect(playback.status).toHaveText('finished')

  const report = await handler.report()
  expect(report.invocations).toHaveLength(1)
  expect(report.invocations[0]).toMatchObject({
    outcome: 'success',
    // None of these globals is in the handler's SES compartment (docs/sandbox.md): an absent global
    // reads as undefined there, so each use is a TypeError, before the CSP or the opaque origin.
    response: {
      fetchOffsite: 'TypeError',
      fetchApp: 'TypeError',
      localStorage: 'TypeError',
      indexedDB: 'TypeError',
      cookie: 'TypeError',
      parentDocument: 'TypeError',
    },
  })
  expect(JSON.stringify(report)).not.toContain(SECRET)
  const kept = await page.evaluate(() =>
    (globalThis as unknown as PageGlobals).localStorage.getItem('playground.secret'),
  )
  expect(kept).toBe(SECRET)
  expect(stealing).toEqual([])
  expect(blocked).toEqual([])
})
