/**
 * D20: console.log of a proxy prints its target, as Node's util.inspect does, and never runs a trap; the guest's
 * `Proxy` otherwise behaves as the real one.
 */
import { describe, expect, it } from 'vitest'
import { invokeOnce } from '../testSupport'

const THROWING = `{
  get() { throw new Error('get') }, ownKeys() { throw new Error('ownKeys') },
  getPrototypeOf() { throw new Error('getPrototypeOf') }, has() { throw new Error('has') },
  getOwnPropertyDescriptor() { throw new Error('getOwnPropertyDescriptor') },
}`

describe('D20: logging proxies', () => {
  it('D20: a proxy whose every trap throws logs its target, and the invocation goes on', async () => {
    const outcome = await invokeOnce(`
      const traps = ${THROWING}
      export const handler = async () => {
        const p = new Proxy({ a: 1, nested: [1, 2] }, traps)
        console.log(p)
        console.log('%s!', p)
        console.log({ inside: p })
        console.error('after')
        return 'done'
      }`)
    expect(outcome).toEqual({
      kind: 'returned',
      response: 'done',
      waitedMs: 0,
      logs: [
        'req-1\tINFO\t{ a: 1, nested: [ 1, 2 ] }',
        'req-1\tINFO\t{ a: 1, nested: [Array] }!',
        'req-1\tINFO\t{ inside: { a: 1, nested: [ 1, 2 ] } }',
        'req-1\tERROR\tafter',
      ],
    })
  })

  it('D20: a revoked proxy logs as <Revoked Proxy>; a function target as the function', async () => {
    const outcome = await invokeOnce(`
      export const handler = async () => {
        const { proxy, revoke } = Proxy.revocable({ a: 1 }, {})
        console.log(proxy)
        revoke()
        console.log(proxy, [proxy])
        console.log(new Proxy(function named() {}, ${THROWING}))
        return null
      }`)
    expect(outcome.logs).toEqual([
      'req-1\tINFO\t{ a: 1 }',
      'req-1\tINFO\t<Revoked Proxy> [ <Revoked Proxy> ]',
      'req-1\tINFO\t[Function: named]',
    ])
  })

  it('D20: the guest Proxy is the real one to the handler', async () => {
    const outcome = await invokeOnce(`
      export const handler = async () => {
        const errors = []
        try { Proxy({}, {}) } catch (e) { errors.push(e.constructor.name + ': ' + e.message) }
        try { new Proxy(1, {}) } catch (e) { errors.push(e.constructor.name + ': ' + e.message) }
        const p = new Proxy({}, { get: (_t, key) => 'got ' + String(key) })
        return [Proxy.name, Proxy.length, typeof Proxy.prototype, typeof Proxy.revocable, p.x, errors]
      }`)
    expect(outcome).toMatchObject({
      kind: 'returned',
      response: [
        'Proxy',
        2,
        'undefined',
        'function',
        'got x',
        [
          "TypeError: Constructor Proxy requires 'new'",
          'TypeError: Cannot create proxy with a non-object as target or handler',
        ],
      ],
    })
  })
})
