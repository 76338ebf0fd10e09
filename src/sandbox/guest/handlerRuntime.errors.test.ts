import { describe, expect, it } from 'vitest'
import { createTestRuntime, invokeOnce, makeRequest } from '../testSupport'

describe('handler errors', () => {
  it('D6: a thrown Error gives errorType = name, errorMessage, trace = the stack lines, and an Invoke Error line', async () => {
    const outcome = await invokeOnce(`export const handler = async () => {
  throw new TypeError('boom')
}`)
    expect(outcome).toEqual({
      kind: 'error',
      error: {
        errorType: 'TypeError',
        errorMessage: 'boom',
        trace: ['TypeError: boom', '    at handler (/var/task/index.js:2:9)'],
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

  it('D6: a rejected string gives errorType "string", the string and an empty trace; the log wraps it in an Error', async () => {
    const outcome = await invokeOnce("export const handler = async () => { throw 'plain string' }")
    expect(outcome).toEqual({
      kind: 'error',
      error: { errorType: 'string', errorMessage: 'plain string', trace: [] },
      waitedMs: 0,
      logs: [
        'req-1\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"plain string","stack":["Error: plain string"]}',
      ],
    })
  })

  it('D6: other non-Error values: typeof and String(value), thrown, rejected or passed to the callback', async () => {
    const cases = [
      ['export const handler = async () => { throw { code: 7 } }', 'object', '[object Object]'],
      ['export const handler = () => Promise.reject(42)', 'number', '42'],
      ['export const handler = async () => { throw null }', 'object', 'null'],
      ['export const handler = async () => { throw undefined }', 'undefined', 'undefined'],
      ["exports.handler = (event, context, callback) => callback('nope')", 'string', 'nope'],
      ["export const handler = async () => { throw Symbol('s') }", 'symbol', 'Symbol(s)'],
    ]
    const errors: unknown[] = []
    for (const [code] of cases) {
      const outcome = await invokeOnce(code)
      errors.push(outcome.kind === 'error' ? outcome.error : outcome.kind)
    }
    expect(errors).toEqual(
      cases.map(([, errorType, errorMessage]) => ({ errorType, errorMessage, trace: [] })),
    )
  })

  it('D6: an object whose toString throws gives the runtime\'s "handled" document', async () => {
    const outcome = await invokeOnce(
      "export const handler = async () => { throw { toString() { throw new Error('no') } } }",
    )
    expect(outcome).toMatchObject({
      kind: 'error',
      error: {
        errorType: 'handled',
        errorMessage:
          'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
        trace: [],
      },
    })
  })

  it("D6: the Invoke Error line adds the error's code and own enumerable properties, nested errors too", async () => {
    const outcome = await invokeOnce(`export const handler = async () => {
  const error = new Error('denied')
  error.code = 'E_DENIED'
  error.details = { table: 'Orders', cause: new RangeError('inner') }
  throw error
}`)
    expect(outcome).toMatchObject({
      error: {
        errorType: 'Error',
        errorMessage: 'denied',
        trace: ['Error: denied', '    at handler (/var/task/index.js:2:17)'],
      },
    })
    const logged = outcome.logs[0].split('Invoke Error \t')[1]
    expect(JSON.parse(logged)).toEqual({
      errorType: 'Error',
      errorMessage: 'denied',
      code: 'E_DENIED',
      details: {
        table: 'Orders',
        cause: {
          errorType: 'RangeError',
          errorMessage: 'inner',
          stack: ['RangeError: inner', '    at handler (/var/task/index.js:4:45)'],
        },
      },
      stack: ['Error: denied', '    at handler (/var/task/index.js:2:17)'],
    })
  })

  it('D6: an error that cannot be serialised is logged as the response document (trace, not stack)', async () => {
    const outcome = await invokeOnce(`export const handler = async () => {
  const error = new Error('loop')
  error.self = error
  throw error
}`)
    expect(outcome.logs).toEqual([
      'req-1\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"loop","trace":["Error: loop","    at handler (/var/task/index.js:2:17)"]}',
    ])
  })

  it('D6: DEL characters are escaped as %7F in the response document', async () => {
    const outcome = await invokeOnce(
      "export const handler = async () => { throw new Error('a\\x7Fb') }",
    )
    expect(outcome).toMatchObject({
      error: {
        errorType: 'Error',
        errorMessage: 'a%7Fb',
        trace: ['Error: a%7Fb', expect.any(String)],
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

  it('D19: a response nested deeper than 1,000 levels fails the same way (a clone of it overflowed the stack)', async () => {
    const nested = (levels: number) =>
      `export const handler = async () => { let o = 'leaf'; for (let i = 0; i < ${levels}; i++) o = [o]; return o }`
    const deep = await invokeOnce(nested(2500))
    expect(deep).toMatchObject({
      kind: 'error',
      error: { errorType: 'Error', errorMessage: 'Unable to stringify response body' },
    })
    const deepest = await invokeOnce(nested(1000))
    expect(deepest).toMatchObject({ kind: 'returned' })
  })

  it('A12: a response of exactly 6,291,556 bytes of JSON is handed back whole', async () => {
    const outcome = await invokeOnce("export const handler = async () => 'x'.repeat(6_291_554)")
    const response = outcome.kind === 'returned' ? (outcome.response as string) : ''
    expect([outcome.kind, response.length, /^x+$/.test(response), outcome.logs]).toEqual([
      'returned',
      6_291_554,
      true,
      [],
    ])
  })

  it('D20: one byte over, the service refuses it: the sandbox answers so without copying it, logging nothing', async () => {
    const outcome = await invokeOnce("export const handler = async () => 'x'.repeat(6_291_555)")
    expect(outcome).toEqual({
      kind: 'error',
      error: {
        errorType: 'Function.ResponseSizeTooLarge',
        errorMessage:
          'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
      },
      waitedMs: 0,
      logs: [],
    })
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
        trace: ['Runtime.HandlerNotFound: index.handler is undefined or not exported'],
      },
      waitedMs: 0,
      logs: [
        'undefined\tERROR\tUncaught Exception \t{"errorType":"Runtime.HandlerNotFound","errorMessage":"index.handler is undefined or not exported","stack":["Runtime.HandlerNotFound: index.handler is undefined or not exported"]}',
      ],
      environmentLost: true,
      initFailed: true,
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
      initFailed: true,
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
