import { describe, expect, it } from 'vitest'
import { createTestRuntime, invokeOnce, makeRequest } from './node/testSupport'

describe('handler errors', () => {
  it('a thrown Error gives errorType = name, errorMessage, trimmed frames, and an Invoke Error line', async () => {
    const outcome = await invokeOnce(`export const handler = async () => {
  throw new TypeError('boom')
}`)
    expect(outcome).toEqual({
      kind: 'error',
      error: {
        errorType: 'TypeError',
        errorMessage: 'boom',
        stackTrace: ['at handler (/var/task/index.js:2:9)'],
      },
      waitedMs: 0,
      logs: [
        'req-1\tERROR\tInvoke Error \t{"errorType":"TypeError","errorMessage":"boom","stack":["TypeError: boom","    at handler (/var/task/index.js:2:9)"]}',
      ],
    })
  })

  it('a synchronous throw from a non-async handler is an error too', async () => {
    const outcome = await invokeOnce("exports.handler = () => { throw new Error('sync') }")
    expect(outcome).toMatchObject({
      kind: 'error',
      error: { errorType: 'Error', errorMessage: 'sync' },
    })
  })

  it('a rejected non-Error value gives Runtime.UnhandledPromiseRejection', async () => {
    const outcome = await invokeOnce("export const handler = async () => { throw 'plain string' }")
    expect(outcome).toMatchObject({
      kind: 'error',
      error: {
        errorType: 'Runtime.UnhandledPromiseRejection',
        errorMessage: 'plain string',
        stackTrace: [],
      },
    })
  })

  it('an error keeps the environment: module state carries on', async () => {
    const runtime = createTestRuntime()
    const code = `let n = 0
      export const handler = async () => { n++; if (n === 1) throw new Error('first'); return n }`
    const first = await runtime.invoke(makeRequest({ code }))
    const second = await runtime.invoke(makeRequest({ code, coldStart: false }))
    expect(first).toMatchObject({ kind: 'error' })
    expect(first).not.toHaveProperty('environmentLost')
    expect(second).toMatchObject({ kind: 'returned', response: 2 })
  })

  it('an exception thrown by a timer is uncaught: reported, and the environment is lost', async () => {
    const outcome = await invokeOnce(`export const handler = () => new Promise(() => {
      setTimeout(() => { throw new Error('in timer') }, 50)
    })`)
    expect(outcome).toMatchObject({
      kind: 'error',
      error: { errorType: 'Error', errorMessage: 'in timer' },
      waitedMs: 50,
      environmentLost: true,
    })
    expect(outcome.logs[0]).toMatch(/^req-1\tERROR\tUncaught Exception \t\{"errorType":"Error"/)
  })

  it('a response that cannot be serialised fails with the runtime message', async () => {
    const outcome = await invokeOnce(
      'export const handler = async () => { const a = {}; a.a = a; return a }',
    )
    expect(outcome).toMatchObject({
      kind: 'error',
      error: { errorType: 'Error', errorMessage: 'Unable to stringify response body' },
    })
  })

  it('A12: a response over 6 MB is handed back whole; the service (the engine) refuses it, not the runtime', async () => {
    const outcome = await invokeOnce("export const handler = async () => 'x'.repeat(6_291_556)")
    const response = outcome.kind === 'returned' ? (outcome.response as string) : ''
    expect([outcome.kind, response.length, /^x+$/.test(response), outcome.logs]).toEqual([
      'returned',
      6_291_556,
      true,
      [],
    ])
  })
})

describe('init errors lose the environment', () => {
  it('a syntax error gives Runtime.UserCodeSyntaxError', async () => {
    const outcome = await invokeOnce('export const handler = async () => {')
    expect(outcome).toMatchObject({
      kind: 'error',
      error: {
        errorType: 'Runtime.UserCodeSyntaxError',
        // Sucrase parses the module first, so the message is its own, with line:column.
        errorMessage: 'SyntaxError: Unexpected token (1:37)',
      },
      waitedMs: 0,
      environmentLost: true,
    })
  })

  it('no exported handler gives Runtime.HandlerNotFound', async () => {
    const outcome = await invokeOnce('export const other = async () => 1')
    expect(outcome).toEqual({
      kind: 'error',
      error: {
        errorType: 'Runtime.HandlerNotFound',
        errorMessage: 'index.handler is undefined or not exported',
        stackTrace: [],
      },
      waitedMs: 0,
      logs: [
        'undefined\tERROR\tUncaught Exception \t{"errorType":"Runtime.HandlerNotFound","errorMessage":"index.handler is undefined or not exported","stack":["Runtime.HandlerNotFound: index.handler is undefined or not exported"]}',
      ],
      environmentLost: true,
    })
  })

  it("require of any module gives Runtime.ImportModuleError: Error: Cannot find module 'x'", async () => {
    const outcome = await invokeOnce(
      "import { marshall } from '@aws-sdk/util-dynamodb'\nexport const handler = async () => marshall({})",
    )
    expect(outcome).toMatchObject({
      kind: 'error',
      error: {
        errorType: 'Runtime.ImportModuleError',
        errorMessage: "Error: Cannot find module '@aws-sdk/util-dynamodb'",
      },
      environmentLost: true,
    })
  })

  it('an error thrown by module code is reported by name, and the next invocation re-runs init', async () => {
    const runtime = createTestRuntime()
    const code =
      "console.log('loading')\nthrow new Error('bad config')\nexport const handler = async () => 1"
    const first = await runtime.invoke(makeRequest({ code }))
    const again = await runtime.invoke(makeRequest({ code, coldStart: false, requestId: 'req-2' }))
    expect(first).toMatchObject({
      kind: 'error',
      error: { errorType: 'Error', errorMessage: 'bad config' },
      environmentLost: true,
    })
    expect(first.logs[0]).toBe('undefined\tINFO\tloading')
    expect(again.logs[0]).toBe('undefined\tINFO\tloading')
  })
})

describe('process.exit crashes the environment (Runtime.ExitError)', () => {
  it('process.exit(2) in the handler', async () => {
    const outcome = await invokeOnce(
      "export const handler = async () => { console.log('bye'); try { process.exit(2) } catch {} return 'not reached' }",
    )
    expect(outcome).toEqual({
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited with error: exit status 2',
      logs: ['req-1\tINFO\tbye'],
    })
  })

  it('process.exit() with code 0 gives no reason', async () => {
    const outcome = await invokeOnce('process.exit()\nexport const handler = async () => 1')
    expect(outcome).toEqual({
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited without providing a reason',
      logs: [],
    })
  })
})
