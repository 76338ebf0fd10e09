import { describe, expect, it } from 'vitest'
import { createTestRuntime, invokeOnce, makeRequest, START_EPOCH_MS } from '../testSupport'

const sleep = 'const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))\n'

describe('virtual timers', () => {
  it('an awaited 5 s setTimeout costs exactly 5000 virtual ms and almost no wall time', async () => {
    const wallStart = performance.now()
    const outcome = await invokeOnce(
      `${sleep}export const handler = async () => { await sleep(5000); return 'done' }`,
      { timeoutMs: 10_000 },
    )
    expect(outcome).toEqual({ kind: 'returned', response: 'done', waitedMs: 5000, logs: [] })
    expect(performance.now() - wallStart).toBeLessThan(4_000) // a real 5 s timer would take 5 s
  })

  it('Date.now, new Date() and performance.now follow the virtual clock', async () => {
    const outcome = await invokeOnce(
      `${sleep}export const handler = async () => {
        const before = [Date.now(), new Date().toISOString(), performance.now()]
        await sleep(1500)
        return { before, after: [Date.now(), new Date().toISOString(), performance.now()], fixed: new Date(0).getTime() }
      }`,
    )
    expect(outcome).toMatchObject({
      kind: 'returned',
      response: {
        before: [START_EPOCH_MS, '2026-01-01T00:00:00.000Z', 0],
        after: [START_EPOCH_MS + 1500, '2026-01-01T00:00:01.500Z', 1500],
        fixed: 0,
      },
    })
  })

  it('awaiting up to timeoutMs - durationMs returns; one ms more times out', async () => {
    const code = `${sleep}export const handler = async (event) => { await sleep(event.ms); return event.ms }`
    const request = { timeoutMs: 3_000, durationMs: 20 }
    expect(await invokeOnce(code, { ...request, event: { ms: 2_980 } })).toEqual({
      kind: 'returned',
      response: 2_980,
      waitedMs: 2_980,
      logs: [],
    })
    expect(await invokeOnce(code, { ...request, event: { ms: 2_981 } })).toEqual({
      kind: 'timeout',
      logs: [],
    })
  })

  it('a timeout keeps the lines logged before it', async () => {
    const outcome = await invokeOnce(
      `${sleep}export const handler = async () => { console.log('start'); await sleep(60000) }`,
    )
    expect(outcome).toEqual({ kind: 'timeout', logs: ['req-1\tINFO\tstart'] })
  })

  it('a promise that never settles, with no timers left, times out', async () => {
    const outcome = await invokeOnce('export const handler = () => new Promise(() => {})')
    expect(outcome).toEqual({ kind: 'timeout', logs: [] })
  })

  it('timers fire in due order, ties in creation order; setTimeout(f, 0) waits 1 ms', async () => {
    const outcome = await invokeOnce(`export const handler = async () => {
      const order = []
      setTimeout(() => order.push('a@10'), 10)
      setTimeout(() => order.push('b@5'), 5)
      setTimeout(() => order.push('c@10'), 10)
      setImmediate(() => order.push('d@now'))
      setTimeout(() => order.push('e@1'), 0)
      await new Promise((resolve) => setTimeout(resolve, 10))
      return order
    }`)
    expect(outcome).toMatchObject({
      response: ['d@now', 'e@1', 'b@5', 'a@10', 'c@10'],
      waitedMs: 10,
    })
  })

  it('setInterval repeats every period until cleared', async () => {
    const outcome = await invokeOnce(`export const handler = () => new Promise((resolve) => {
      const ticks = []
      const id = setInterval(() => {
        ticks.push(Date.now() - ${START_EPOCH_MS})
        if (ticks.length === 3) { clearInterval(id); resolve(ticks) }
      }, 250)
    })`)
    expect(outcome).toMatchObject({ response: [250, 500, 750], waitedMs: 750 })
  })

  it('getRemainingTimeInMillis is timeoutMs - durationMs - waitedMs', async () => {
    const outcome = await invokeOnce(
      `${sleep}export const handler = async (event, context) => {
        const first = context.getRemainingTimeInMillis()
        await sleep(1000)
        return [first, context.getRemainingTimeInMillis()]
      }`,
      { timeoutMs: 3_000, durationMs: 20 },
    )
    expect(outcome).toMatchObject({ response: [2_980, 1_980] })
  })

  it('timers still pending when the handler settles are dropped (our choice)', async () => {
    const runtime = createTestRuntime()
    const code = `export const handler = async (event) => {
      if (event.arm) setTimeout(() => console.log('late timer'), 100)
      return 'ok'
    }`
    const first = await runtime.invoke(makeRequest({ code, event: { arm: true } }))
    const second = await runtime.invoke(makeRequest({ code, coldStart: false, event: {} }))
    expect(first).toEqual({ kind: 'returned', response: 'ok', waitedMs: 0, logs: [] })
    expect(second).toEqual({ kind: 'returned', response: 'ok', waitedMs: 0, logs: [] })
  })
})

describe('execution environment', () => {
  const counter = `let count = 0
    console.log('init')
    export const handler = async () => ++count`

  it('module state survives warm starts: 1, 2, 3', async () => {
    const runtime = createTestRuntime()
    const responses: unknown[] = []
    for (let i = 1; i <= 3; i++) {
      const outcome = await runtime.invoke(makeRequest({ code: counter, coldStart: i === 1 }))
      responses.push(outcome.kind === 'returned' ? outcome.response : outcome.kind)
    }
    expect(responses).toEqual([1, 2, 3])
  })

  it('module init runs once, its lines first with requestId undefined', async () => {
    const runtime = createTestRuntime()
    const cold = await runtime.invoke(
      makeRequest({ code: counter.replace('++count', "(console.log('run'), ++count)") }),
    )
    const warm = await runtime.invoke(
      makeRequest({
        code: counter.replace('++count', "(console.log('run'), ++count)"),
        coldStart: false,
        requestId: 'req-2',
      }),
    )
    expect(cold).toMatchObject({ logs: ['undefined\tINFO\tinit', 'req-1\tINFO\trun'] })
    expect(warm).toMatchObject({ logs: ['req-2\tINFO\trun'] })
  })

  it('a cold start re-runs module init with fresh state', async () => {
    const runtime = createTestRuntime()
    await runtime.invoke(makeRequest({ code: counter }))
    await runtime.invoke(makeRequest({ code: counter, coldStart: false }))
    const cold = await runtime.invoke(makeRequest({ code: counter, coldStart: true }))
    expect(cold).toMatchObject({ response: 1 })
  })

  it('the same request gives byte-identical outcomes (Date, Math.random, crypto seeded)', async () => {
    const code = `export const handler = async () => ({
      random: [Math.random(), Math.random()],
      uuid: crypto.randomUUID(),
      now: new Date().toISOString(),
    })`
    const first = await invokeOnce(code)
    const second = await invokeOnce(code)
    const otherSeed = await invokeOnce(code, { environmentSeed: 43 })
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
    expect(otherSeed).not.toEqual(first)
    const uuid = first.kind === 'returned' ? (first.response as { uuid: string }).uuid : ''
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
