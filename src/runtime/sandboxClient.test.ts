import { describe, expect, it } from 'vitest'
import type { InvokeRequest } from '../engine'
import { SANDBOX_PROTOCOL_VERSION } from '../sandbox/protocol'
import { createSandboxClient } from './sandboxClient'
import { createFakeWorker } from './testDoubles'

function setup() {
  const workers: ReturnType<typeof createFakeWorker>[] = []
  const timers: { fn: () => void; ms: number }[] = []
  const client = createSandboxClient({
    spawn: () => {
      const worker = createFakeWorker()
      workers.push(worker)
      return worker
    },
    timers: {
      setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
      clearTimeout: () => undefined,
    },
  })
  return { client, workers, timers }
}

const request = (environmentId: number, coldStart: boolean) =>
  ({ invocationId: 1, requestId: 'r', environmentId, coldStart }) as InvokeRequest
const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('sandboxClient', () => {
  it('reuses a warm environment’s worker and validates what it sends', async () => {
    const { client, workers } = setup()
    const first = client.invoke(request(1, true))
    workers[0].emit({ type: 'ready', version: SANDBOX_PROTOCOL_VERSION })
    await flush()
    workers[0].emit({
      type: 'outcome',
      invocationId: 1,
      outcome: { kind: 'returned', response: 1, waitedMs: 0, logs: [] },
    })
    expect(await first).toMatchObject({ kind: 'returned', response: 1 })

    const second = client.invoke(request(1, false))
    await flush()
    workers[0].emit({ type: 'outcome', invocationId: 1, outcome: { nonsense: true } })
    expect(await second).toMatchObject({ kind: 'crashed' })
    expect(workers).toHaveLength(1)
    expect(workers[0].terminated).toBe(true)
  })

  it('kills a handler that never answers when the wall-clock guard fires: a timeout', async () => {
    const { client, workers, timers } = setup()
    const pending = client.invoke(request(2, true))
    workers[0].emit({ type: 'ready', version: SANDBOX_PROTOCOL_VERSION })
    await flush()
    const guard = timers.find((t) => t.ms === 2_000)
    guard?.fn()
    expect(await pending).toEqual({ kind: 'timeout', logs: [] })
    expect(workers[0].terminated).toBe(true)
  })
})
