import { afterEach, describe, expect, it, vi } from 'vitest'
import type { InvocationOutcome } from '../../engine'
import { SANDBOX_PROTOCOL_VERSION } from '../../protocol/sandboxProtocol'
import type { SandboxRequest } from '../../protocol/sandboxProtocol'
import { makeRequest } from '../testSupport'
import { createEnvironmentHost, NO_REASON } from './environmentHost'

const GUARD_MS = 2_000
const returned: InvocationOutcome = { kind: 'returned', response: null, waitedMs: 0, logs: [] }

function setup() {
  const sent: SandboxRequest[] = []
  const host = createEnvironmentHost(
    { send: (message) => sent.push(message), destroy: () => undefined },
    { guardMs: GUARD_MS, startupMs: 15_000 },
  )
  host.receive({ type: 'ready', version: SANDBOX_PROTOCOL_VERSION })
  const answer = () =>
    host.receive({
      type: 'outcome',
      invocationId: sent.at(-1)?.request.invocationId,
      outcome: returned,
    })
  return { host, answer }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('environmentHost, the wall-clock guard (docs/semantics.md D5)', () => {
  it('stops an invocation at its own deadline, though it started while the guard ran for an earlier one', async () => {
    vi.useFakeTimers()
    const { host, answer } = setup()
    const first = host.invoke(makeRequest({ invocationId: 1 }))
    await vi.advanceTimersByTimeAsync(10)
    answer()
    expect(await first).toEqual(returned)
    await vi.advanceTimersByTimeAsync(1_490)
    const second = host.invoke(makeRequest({ invocationId: 2, requestId: 'req-2' }))
    let outcome: InvocationOutcome | undefined
    void second.then((o) => (outcome = o))
    // The guard armed for the first fires at 2,000 ms: the second has run 500 ms of its 2,000.
    await vi.advanceTimersByTimeAsync(1_999)
    expect(outcome).toBeUndefined()
    expect(host.isAlive()).toBe(true)
    await vi.advanceTimersByTimeAsync(1)
    expect(outcome).toEqual({ kind: 'timeout', logs: [] })
    expect(host.isAlive()).toBe(false)
  })

  it('lets a stream of short invocations run past the guard time in total', async () => {
    vi.useFakeTimers()
    const { host, answer } = setup()
    for (let id = 1; id <= 10; id++) {
      const run = host.invoke(makeRequest({ invocationId: id }))
      await vi.advanceTimersByTimeAsync(GUARD_MS / 4)
      answer()
      expect(await run).toEqual(returned)
    }
    expect(host.isAlive()).toBe(true)
    host.die(NO_REASON)
    expect(vi.getTimerCount()).toBe(0)
  })
})
