/**
 * The sim worker's direct line to the sandboxes (issue 11, performance), with Node MessageChannels for the
 * iframe's ports: the far end acts as the sandbox worker would, or as a hostile one.
 */
import { describe, expect, it, vi } from 'vitest'
import type { InvocationOutcome } from '../engine'
import type { DirectSandboxReport } from '../protocol/directSandboxProtocol'
import { parseSandboxRequest, SANDBOX_PROTOCOL_VERSION } from '../protocol/sandboxProtocol'
import type { PortLike } from '../sandbox/host/browser/portTransport'
import { makeRequest } from '../sandbox/testSupport'
import { createDirectSandbox, OPEN_SANDBOX_MS } from './directSandbox'

const returned: InvocationOutcome = { kind: 'returned', response: 1, waitedMs: 0, logs: [] }

/** A sandbox worker at the far end of fresh ports: answers each invocation with `answer`. */
function farEnd(answer: (invocationId: number) => unknown) {
  const worker = new MessageChannel()
  const control = new MessageChannel()
  worker.port2.on('message', (data: unknown) => {
    const message = parseSandboxRequest(data)
    if (message !== undefined) worker.port2.postMessage(answer(message.request.invocationId))
  })
  worker.port2.postMessage({ type: 'ready', version: SANDBOX_PROTOCOL_VERSION })
  // Node's ports have `onmessage` too, but its types do not say so.
  const ports = [worker.port1, control.port1] as unknown as PortLike[]
  return { ports, close: () => worker.port2.close() }
}

function setup(
  answer: (invocationId: number) => unknown,
  { expects = () => true }: { expects?: (invocationId: number, ticket: number) => boolean } = {},
) {
  const posted: DirectSandboxReport[] = []
  const settled: Array<[number, InvocationOutcome]> = []
  const ends: Array<ReturnType<typeof farEnd>> = []
  let settledOne: () => void = () => undefined
  const sandbox = createDirectSandbox({
    post(report) {
      posted.push(report)
      if (report.type !== 'openSandbox') return
      const end = farEnd(answer)
      ends.push(end)
      // The main thread answers in a later task.
      setTimeout(() =>
        sandbox.opened({ type: 'sandboxOpened', sandboxId: report.sandboxId }, end.ports),
      )
    },
    settle(invocationId, outcome) {
      settled.push([invocationId, outcome])
      settledOne()
    },
    expects,
    now: () => 0,
  })
  const nextSettle = () => new Promise<void>((resolve) => (settledOne = resolve))
  return { sandbox, posted, settled, nextSettle, close: () => ends.forEach((e) => e.close()) }
}

describe('direct sandbox (sim worker ↔ sandbox worker)', () => {
  it('opens an environment through the main thread, then invokes over its ports and settles', async () => {
    const t = setup((invocationId) => ({ type: 'outcome', invocationId, outcome: returned }))
    t.sandbox.load(1)
    const done = t.nextSettle()
    t.sandbox.invoke(1, makeRequest({ invocationId: 5 }), 1)
    await done
    expect(t.settled).toEqual([[5, returned]])
    // Its worker's first message ends the cold start the playback bar shows.
    expect(t.posted).toEqual([
      { type: 'openSandbox', sandboxId: 1, environmentId: 1 },
      { type: 'sandboxStarted', sandboxId: 1 },
    ])
    t.close()
  })

  it('a forged report kills the environment (its iframe is removed) and the failure follows the next frame', async () => {
    const t = setup(() => ({ type: 'outcome', outcome: 'pwned' }))
    t.sandbox.load(1)
    const done = t.nextSettle()
    t.sandbox.invoke(1, makeRequest({ invocationId: 5 }), 1)
    await done
    const crashed: InvocationOutcome = {
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited without providing a reason',
      logs: [],
    }
    expect(t.settled).toEqual([[5, crashed]])
    expect(t.posted.slice(2)).toEqual([{ type: 'closeSandbox', sandboxId: 1 }])
    t.sandbox.afterFrame([])
    expect(t.posted.slice(3)).toEqual([
      { type: 'invocationFailed', loadId: 1, invocationId: 5, outcome: crashed, wallMs: 0 },
    ])
    t.close()
  })

  it('a new scenario frees the environments and drops the old outcomes', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const t = setup((invocationId) => ({ type: 'outcome', invocationId, outcome: returned }))
    t.sandbox.load(1)
    t.sandbox.invoke(1, makeRequest({ invocationId: 5 }), 1)
    t.sandbox.load(2)
    setTimeout(release, 20)
    await held
    expect(t.settled).toEqual([])
    expect(t.posted).toContainEqual({ type: 'closeSandbox', sandboxId: 1 })
    t.close()
  })

  it('environments the engine no longer has (retired by an update, D15) are freed after the frame', async () => {
    const t = setup((invocationId) => ({ type: 'outcome', invocationId, outcome: returned }))
    t.sandbox.load(1)
    for (const environmentId of [1, 2]) {
      const done = t.nextSettle()
      t.sandbox.invoke(1, makeRequest({ invocationId: environmentId, environmentId }), 1)
      await done
    }
    t.sandbox.afterFrame([1, 2])
    t.sandbox.afterFrame([2, 3])
    expect(t.posted.filter((r) => r.type === 'closeSandbox')).toEqual([
      { type: 'closeSandbox', sandboxId: 1 },
    ])
    t.close()
  })

  it('an answer the simulation no longer expects (a stale ticket) is neither settled nor reported', async () => {
    const crash = { type: 'outcome', outcome: 'pwned' }
    const t = setup(() => crash, { expects: (_, ticket) => ticket === 2 })
    t.sandbox.load(1)
    const done = t.nextSettle()
    t.sandbox.invoke(1, makeRequest({ invocationId: 5 }), 1)
    t.sandbox.invoke(1, makeRequest({ invocationId: 6, environmentId: 2 }), 2)
    await done
    t.sandbox.afterFrame([1, 2])
    expect(t.settled.map(([id]) => id)).toEqual([6])
    expect(
      t.posted.flatMap((r) => (r.type === 'invocationFailed' ? [r.invocationId] : [])),
    ).toEqual([6])
    t.close()
  })

  it('an environment the frame no longer lists is freed only once its invocation has ended (a seek back)', async () => {
    const t = setup((invocationId) => ({ type: 'outcome', invocationId, outcome: returned }))
    t.sandbox.load(1)
    const done = t.nextSettle()
    t.sandbox.invoke(1, makeRequest({ invocationId: 5 }), 1)
    t.sandbox.afterFrame([])
    expect(t.posted.filter((r) => r.type === 'closeSandbox')).toEqual([])
    await done
    t.sandbox.afterFrame([])
    expect(t.posted.filter((r) => r.type === 'closeSandbox')).toEqual([
      { type: 'closeSandbox', sandboxId: 1 },
    ])
    expect(t.settled).toEqual([[5, returned]])
    t.close()
  })

  it('a sandbox the main thread never opens crashes its invocation after the bound, with why', async () => {
    vi.useFakeTimers()
    const posted: DirectSandboxReport[] = []
    const settled: InvocationOutcome[] = []
    const sandbox = createDirectSandbox({
      post: (report) => posted.push(report),
      settle: (_, outcome) => settled.push(outcome),
      expects: () => true,
      now: () => 0,
    })
    sandbox.load(1)
    sandbox.invoke(1, makeRequest(), 1)
    await vi.advanceTimersByTimeAsync(OPEN_SANDBOX_MS)
    vi.useRealTimers()
    expect(settled).toEqual([
      {
        kind: 'crashed',
        message:
          'RequestId: req-1 Error: Runtime exited with error: the sandbox did not open within 15 s',
        logs: [],
      },
    ])
    expect(posted).toEqual([
      { type: 'openSandbox', sandboxId: 1, environmentId: 1 },
      { type: 'closeSandbox', sandboxId: 1 },
    ])
  })

  it('ports nobody waits for are closed and their iframe removed', () => {
    const t = setup(() => null)
    const stray = new MessageChannel()
    t.sandbox.opened({ type: 'sandboxOpened', sandboxId: 9 }, [
      stray.port1,
      stray.port2,
    ] as unknown as PortLike[])
    expect(t.posted).toEqual([{ type: 'closeSandbox', sandboxId: 9 }])
  })

  it('a sandbox that could not open crashes its invocation with the load error', async () => {
    const posted: DirectSandboxReport[] = []
    const settled: InvocationOutcome[] = []
    let done: () => void = () => undefined
    const finished = new Promise<void>((resolve) => (done = resolve))
    const sandbox = createDirectSandbox({
      post(report) {
        posted.push(report)
        if (report.type === 'openSandbox')
          sandbox.opened(
            { type: 'sandboxOpened', sandboxId: report.sandboxId, error: 'chunk 404' },
            [],
          )
      },
      settle: (_, outcome) => {
        settled.push(outcome)
        done()
      },
      expects: () => true,
      now: () => 0,
    })
    sandbox.load(1)
    sandbox.invoke(1, makeRequest(), 1)
    await finished
    expect(settled).toEqual([
      {
        kind: 'crashed',
        message: 'RequestId: req-1 Error: Runtime exited with error: chunk 404',
        logs: [],
      },
    ])
  })

  it('spares open ahead of need (issue 11): a cold start takes one that has started; none opens during the run', async () => {
    const t = setup((invocationId) => ({ type: 'outcome', invocationId, outcome: returned }))
    t.sandbox.load(1)
    t.sandbox.prewarm(2)
    expect(t.posted).toEqual([
      { type: 'openSandbox', sandboxId: 1, environmentId: null },
      { type: 'openSandbox', sandboxId: 2, environmentId: null },
    ])
    // The main thread answers and the spares' workers say `ready`, kept for their claim.
    await new Promise((resolve) => setTimeout(resolve, 20))
    const done = t.nextSettle()
    t.sandbox.invoke(1, makeRequest({ invocationId: 5, environmentId: 7 }), 1)
    await done
    expect(t.settled).toEqual([[5, returned]])
    expect(t.posted.slice(2)).toEqual([
      { type: 'claimSandbox', sandboxId: 1, environmentId: 7, started: true },
      { type: 'sandboxStarted', sandboxId: 1 },
    ])
    t.close()
  })

  it('a spare claimed before it opened is waited for, and says when its worker starts', async () => {
    const t = setup((invocationId) => ({ type: 'outcome', invocationId, outcome: returned }))
    t.sandbox.load(1)
    t.sandbox.prewarm(1)
    const done = t.nextSettle()
    t.sandbox.invoke(1, makeRequest({ invocationId: 5, environmentId: 3 }), 1)
    await done
    expect(t.settled).toEqual([[5, returned]])
    expect(t.posted).toEqual([
      { type: 'openSandbox', sandboxId: 1, environmentId: null },
      { type: 'claimSandbox', sandboxId: 1, environmentId: 3, started: false },
      { type: 'sandboxStarted', sandboxId: 1 },
    ])
    t.close()
  })

  it('spares outlive a new scenario (no user code ran in them); fewer wanted closes the extra ones', async () => {
    const t = setup(() => null)
    t.sandbox.load(1)
    t.sandbox.prewarm(3)
    await new Promise((resolve) => setTimeout(resolve, 20))
    t.sandbox.load(2)
    t.sandbox.prewarm(1)
    expect(t.posted.slice(3)).toEqual([
      { type: 'closeSandbox', sandboxId: 2 },
      { type: 'closeSandbox', sandboxId: 3 },
    ])
    t.close()
  })

  it('a sandbox killed for its memory takes the spares with it (its renderer may have hosted them)', async () => {
    const oom: InvocationOutcome = {
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited with error: signal: killed',
      logs: [],
      outOfMemory: true,
    }
    const t = setup((invocationId) => ({ type: 'outcome', invocationId, outcome: oom }))
    t.sandbox.load(1)
    t.sandbox.prewarm(2)
    const done = t.nextSettle()
    t.sandbox.invoke(1, makeRequest({ invocationId: 5 }), 1)
    await done
    expect(t.settled).toEqual([[5, oom]])
    expect(t.posted.filter((r) => r.type === 'closeSandbox')).toEqual([
      { type: 'closeSandbox', sandboxId: 1 },
      { type: 'closeSandbox', sandboxId: 2 },
    ])
    t.close()
  })
})
