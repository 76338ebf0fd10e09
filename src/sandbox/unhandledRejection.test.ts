/**
 * D20: a promise the handler leaves rejected with nobody to handle it, in the runner's real worker-thread sandbox.
 * Lambda's Node.js runtime (18, 20, 22: the runtime interface client's `unhandledRejection` listener) logs it,
 * answers `Runtime.UnhandledPromiseRejection` and exits, so the environment is lost.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { isEnvironmentLost } from '../engine'
import { createNodeExecutor } from './host/node/createNodeExecutor'
import { makeRequest } from './testSupport'

const executor = createNodeExecutor()
afterAll(() => executor.dispose())
let environmentId = 0
const run = (code: string) => executor.invoke(makeRequest({ code, environmentId: ++environmentId }))

const ERROR = {
  errorType: 'Runtime.UnhandledPromiseRejection',
  errorMessage: 'Error: x',
  trace: ['Runtime.UnhandledPromiseRejection: Error: x'],
}
const REASON_X =
  '"reason":{"errorType":"Error","errorMessage":"x","stack":["Error: x","    at handler (/var/task/index.js:1:140)"]}'
const line = (requestId: string, reason: string, message = 'Error: x') =>
  `${requestId}\tERROR\tUnhandled Promise Rejection \t{"errorType":"Runtime.UnhandledPromiseRejection",` +
  `"errorMessage":"${message}",${reason},"promise":{},"stack":["Runtime.UnhandledPromiseRejection: ${message}"]}`

describe('D20: unhandled promise rejections', () => {
  it('D20: an async handler that leaves a rejection fails before its timer, and loses its environment', async () => {
    const outcome = await run(
      `export const handler = async () => { Promise.reject(new Error('x')); await new Promise((r) => setTimeout(r, 10)); return {} }`,
    )
    expect(outcome).toEqual({
      kind: 'error',
      error: ERROR,
      waitedMs: 0,
      logs: [line('req-1', REASON_X)],
      environmentLost: true,
    })
  }, 60_000)

  it('D20: a plain (non-async) handler that rejects a promise fails the same way', async () => {
    const outcome = await run(`exports.handler = () => { Promise.reject(new Error('x')) }`)
    expect(outcome.kind === 'error' && outcome.error).toEqual(ERROR)
    expect(isEnvironmentLost(outcome)).toBe(true)
  }, 60_000)

  it('D20: an answer posted in the same microtasks stands, and the environment is lost all the same', async () => {
    const outcome = await run(
      `async function hello() { throw new Error('x') }\nexport const handler = async () => { hello(); return 'Hello' }`,
    )
    expect(outcome).toMatchObject({ kind: 'returned', response: 'Hello', environmentLost: true })
    expect(outcome.logs).toHaveLength(1)
    expect(outcome.logs[0]).toContain('req-1\tERROR\tUnhandled Promise Rejection \t')
    expect(isEnvironmentLost(outcome)).toBe(true)
  }, 60_000)

  it('D20: module code that leaves a rejection fails init, logged with request id undefined', async () => {
    const outcome = await run(`Promise.reject('boom')\nexport const handler = async () => 'never'`)
    expect(outcome).toEqual({
      kind: 'error',
      error: {
        errorType: 'Runtime.UnhandledPromiseRejection',
        errorMessage: 'boom',
        trace: ['Runtime.UnhandledPromiseRejection: boom'],
      },
      waitedMs: 0,
      logs: [line('undefined', '"reason":"boom"', 'boom')],
      environmentLost: true,
      initFailed: true,
    })
  }, 60_000)

  it('D20: a rejection handled in the same microtasks is no failure', async () => {
    const outcome = await run(
      `export const handler = async () => { const p = Promise.reject(new Error('x')); await null; p.catch(() => {}); return 1 }`,
    )
    expect(outcome).toEqual({ kind: 'returned', response: 1, waitedMs: 0, logs: [] })
  }, 60_000)

  it('D20: a reason that cannot become a string throws in the runtime: an uncaught TypeError', async () => {
    const outcome = await run(
      `export const handler = async () => { Promise.reject(Symbol('s')); return 1 }`,
    )
    expect(outcome).toMatchObject({
      kind: 'returned',
      response: 1,
      environmentLost: true,
    })
    expect(outcome.logs[0]).toMatch(
      /^req-1\tERROR\tUncaught Exception \t\{"errorType":"TypeError","errorMessage":"Cannot convert a Symbol value to a string"/,
    )
  }, 60_000)
})
