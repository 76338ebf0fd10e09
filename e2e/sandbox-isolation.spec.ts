import { expect, test } from './fixtures/test'
import { blockOffsiteRequests } from './fixtures/pages/offsiteGuard'
import { SandboxHarness } from './fixtures/pages/SandboxHarness'

/**
 * The handler runs in a worker inside an opaque-origin iframe whose CSP forbids network access:
 * it cannot reach the network, the app's storage or cookies, or the page's DOM. The harness page
 * stores a secret in localStorage first; the handler must not get it.
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
}) => {
  const blocked = await blockOffsiteRequests(page, baseURL)
  const stealing: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('steal')) stealing.push(request.url())
  })
  const sandbox = new SandboxHarness(page)
  await sandbox.open()
  expect(await page.evaluate("localStorage.getItem('playground.secret')")).toBe(SECRET)

  const outcome = await sandbox.invoke({ code: handlerCode(new URL(page.url()).origin) })

  expect(outcome).toMatchObject({
    kind: 'returned',
    response: {
      fetchOffsite: 'TypeError',
      fetchApp: 'TypeError',
      localStorage: 'ReferenceError',
      indexedDB: 'SecurityError',
      cookie: 'ReferenceError',
      parentDocument: 'ReferenceError',
    },
  })
  expect(JSON.stringify(outcome)).not.toContain(SECRET)
  expect(stealing).toEqual([])
  expect(blocked).toEqual([])
})
