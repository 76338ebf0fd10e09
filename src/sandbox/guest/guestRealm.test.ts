/**
 * The SES compartment's deliberate differences from Lambda's Node.js (docs/sandbox.md, "Fidelity"),
 * pinned so that each stays a choice: strict mode, the rejected source patterns, frozen intrinsics,
 * absent host globals. And what must NOT differ: console output and error stacks.
 */
import { describe, expect, it } from 'vitest'
import { invokeOnce } from '../testSupport'

const handler = (body: string) => `export const handler = async () => {\n${body}\n}\n`

async function returned(body: string): Promise<unknown> {
  const outcome = await invokeOnce(handler(body))
  if (outcome.kind !== 'returned') throw new Error(JSON.stringify(outcome))
  return outcome.response
}

async function failure(code: string) {
  const outcome = await invokeOnce(code)
  if (outcome.kind !== 'error') throw new Error(JSON.stringify(outcome))
  return outcome.error
}

describe('strict mode: the module runs as strict code', () => {
  it('assigning an undeclared name throws ReferenceError (Node would create a global)', async () => {
    expect(await failure(handler('undeclaredName = 1'))).toEqual({
      errorType: 'ReferenceError',
      errorMessage: 'undeclaredName is not defined',
      trace: [
        'ReferenceError: undeclaredName is not defined',
        '    at handler (/var/task/index.js:2:16)',
      ],
    })
  })

  it('`this` in a plain function call is undefined', async () => {
    expect(await returned('return typeof (function () { return this })()')).toBe('undefined')
  })
})

describe('rejected source patterns', () => {
  it('`import(` and HTML comment tokens in comments and strings run unchanged', async () => {
    const body = "/** @type {import('aws-lambda').Handler} */\nreturn ['import(x)', 'a <!-- b -->']"
    expect(await returned(body)).toEqual(['import(x)', 'a <!-- b -->'])
  })

  it('`-->` in code is a Runtime.UserCodeSyntaxError that names the line', async () => {
    const error = await failure(handler('let i = 3\nwhile (i-->0) {}\nreturn i'))
    expect(error).toEqual({
      errorType: 'Runtime.UserCodeSyntaxError',
      errorMessage:
        "SyntaxError: '<!--' and '-->' are not allowed in code in the sandbox (write 'a-- > b') (/var/task/index.js:3)",
      trace: [
        "Runtime.UserCodeSyntaxError: SyntaxError: '<!--' and '-->' are not allowed in code in the sandbox (write 'a-- > b') (/var/task/index.js:3)",
      ],
    })
  })

  it('`import()` in code becomes a require, which finds no module', async () => {
    // Column 67: sucrase's rewrite of `import('fs')` into a require (as before the compartment).
    expect(await failure(handler("return await import('fs')"))).toEqual({
      errorType: 'Error',
      errorMessage: "Cannot find module 'fs'",
      trace: [
        "Error: Cannot find module 'fs'",
        '    at /var/task/index.js:2:67',
        '    at async handler (/var/task/index.js:2:8)',
      ],
    })
  })

  it('`eval(code)` runs, as an indirect eval in the compartment', async () => {
    expect(await returned("const local = 1\nreturn eval('typeof local + 1')")).toBe('undefined1')
  })
})

describe('frozen intrinsics', () => {
  it('a polyfill on Array.prototype fails at init', async () => {
    const code =
      '// a polyfill\nArray.prototype.last = function () {}\nexport const handler = async () => 1'
    expect(await failure(code)).toEqual({
      errorType: 'TypeError',
      errorMessage: 'Cannot add property last, object is not extensible',
      trace: [
        'TypeError: Cannot add property last, object is not extensible',
        '    at Object.<anonymous> (/var/task/index.js:2:22)',
      ],
    })
  })

  it('instances still override inherited properties (this.name, toString)', async () => {
    const body = [
      "class MyError extends Error { constructor(m) { super(m); this.name = 'MyError' } }",
      "const o = {}; o.toString = () => 'mine'",
      "return [String(new MyError('boom')), String(o), Object.isFrozen(JSON)]",
    ].join('\n')
    expect(await returned(body)).toEqual(['MyError: boom', 'mine', true])
  })
})

describe('globals: only what the guest is given', () => {
  it('an absent host global reads as undefined, so using it is a TypeError', async () => {
    expect(await failure(handler("await fetch('http://127.0.0.1/')"))).toEqual({
      errorType: 'TypeError',
      errorMessage: 'fetch is not a function',
      trace: ['TypeError: fetch is not a function', '    at handler (/var/task/index.js:2:7)'],
    })
    const kinds = 'Buffer fetch WebAssembly SharedArrayBuffer Atomics postMessage self require'
    const body = `return ${JSON.stringify(kinds.split(' '))}.map((name) => typeof globalThis[name])`
    expect(await returned(body)).toEqual(Array(8).fill('undefined'))
  })

  it('the pure globals Lambda code uses are there and work', async () => {
    const body = [
      'return [',
      "  new Intl.NumberFormat('en-US').format(1234.5),",
      "  (1234.5).toLocaleString('en-US'),",
      "  new TextDecoder().decode(new TextEncoder().encode('é')),",
      "  new URL('https://example.com/a?b=1').searchParams.get('b'),",
      "  new URLSearchParams('x=2').get('x'),",
      '  structuredClone({ a: [1] }).a[0],',
      "  atob(btoa('hi')),",
      '  global === globalThis,',
      '  Object.getPrototypeOf(globalThis) === Object.prototype,',
      ']',
    ].join('\n')
    expect(await returned(body)).toEqual(['1,234.5', '1,234.5', 'é', '1', '2', 1, 'hi', true, true])
  })

  it('process.env is writable, as in Lambda; the rest of process is frozen', async () => {
    const body = "process.env.STAGE = 'dev'\nreturn [process.env.STAGE, Object.isFrozen(process)]"
    expect(await returned(body)).toEqual(['dev', true])
  })

  it('the virtual Date behaves as Date', async () => {
    const body = [
      'class Later extends Date {}',
      'return [new Date() instanceof Date, new Later(0) instanceof Date, Date(), Date.now(),',
      '  new Date(Date.UTC(2020, 1, 2)).toISOString(), Date.parse("2026-01-01T00:00:01Z"), Date.name]',
    ].join('\n')
    expect(await returned(body)).toEqual([
      true,
      true,
      'Thu Jan 01 2026 00:00:00 GMT+0000 (Coordinated Universal Time)',
      Date.UTC(2026, 0, 1),
      '2020-02-02T00:00:00.000Z',
      Date.UTC(2026, 0, 1, 0, 0, 1),
      'Date',
    ])
  })
})

describe('what does not differ', () => {
  it("console.log of the guest's own objects prints as Node's util.format", async () => {
    const outcome = await invokeOnce(
      handler(`class Order { constructor() { this.id = 7; this.items = [{ sku: 'a', qty: 2 }] } }
console.log({ a: 1, b: 'x', c: [1, 2, { d: null, e: [undefined, -0] }] }, new Map([[1, { a: 1 }]]), new Set(['s']))
console.log(new Order(), Object.create(null), [[[[1]]]], { deep: { deeper: { deepest: { gone: 1 } } } })
console.log('%s=%d', 'n', 42, { k: true })`),
    )
    // Node 20's util.format of the same values, printed by a realm without lockdown (Node's own
    // util.inspect misnames Map and Set once SES has turned `constructor` into an accessor).
    expect(outcome.logs).toEqual([
      "req-1\tINFO\t{ a: 1, b: 'x', c: [ 1, 2, { d: null, e: [Array] } ] } Map(1) { 1 => { a: 1 } } Set(1) { 's' }",
      "req-1\tINFO\tOrder { id: 7, items: [ { sku: 'a', qty: 2 } ] } [Object: null prototype] {} [ [ [ [Array] ] ] ] { deep: { deeper: { deepest: [Object] } } }",
      'req-1\tINFO\tn=42 { k: true }',
    ])
  })

  it('an error keeps V8’s message and Node’s stack shape; SES’s evaluator frames are dropped', async () => {
    const code = `// line 1
function inner() { throw new TypeError('bad ' + 42) }
function outer() { inner() }
export const handler = async () => {
  Function('return 1')()
  outer()
}
`
    const outcome = await invokeOnce(code)
    expect(outcome).toMatchObject({
      kind: 'error',
      error: {
        errorType: 'TypeError',
        errorMessage: 'bad 42',
        trace: [
          'TypeError: bad 42',
          '    at inner (/var/task/index.js:2:26)',
          '    at outer (/var/task/index.js:3:20)',
          '    at handler (/var/task/index.js:6:3)',
        ],
      },
    })
    expect(outcome.logs).toEqual([
      'req-1\tERROR\tInvoke Error \t{"errorType":"TypeError","errorMessage":"bad 42","stack":["TypeError: bad 42","    at inner (/var/task/index.js:2:26)","    at outer (/var/task/index.js:3:20)","    at handler (/var/task/index.js:6:3)"]}',
    ])
  })
})
