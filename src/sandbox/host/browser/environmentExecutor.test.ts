/**
 * The executor and its environments, driven through in-process transports (Node MessageChannels)
 * instead of iframes: a fake "worker" end runs the real handlerRuntime, or misbehaves on purpose.
 * The iframe + worker path itself is covered by e2e/sandbox-*.spec.ts in Chromium.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { HandlerExecutor } from '../../../engine'
import { parseSandboxRequest } from '../../../protocol/sandboxProtocol'
import { createTestRuntime, makeRequest } from '../../testSupport'
import { createEnvironmentExecutor } from './environmentExecutor'
import type { EnvironmentExecutorOptions } from './environmentExecutor'
import type { SandboxTransport } from './isolatedEnvironment'

/** `dead`: the iframe's process died mid-invocation (out of memory): neither the worker nor the iframe answers. */
type WorkerBehaviour = 'runtime' | 'silent' | 'dead' | 'forged' | 'never-ready' | 'load-error'

interface FakeTransport extends SandboxTransport {
  readonly destroyed: () => boolean
}

/** The app's ends of two channels; the far ends act as the iframe and its worker would. */
function fakeTransport(behaviour: WorkerBehaviour): FakeTransport {
  const toWorker = new MessageChannel()
  const control = new MessageChannel()
  const worker = toWorker.port2
  let destroyed = false
  const runtime = createTestRuntime()
  worker.on('message', (data: unknown) => {
    const message = parseSandboxRequest(data)
    if (message === undefined) return
    const { request } = message
    if (behaviour === 'forged') worker.postMessage({ type: 'outcome', outcome: 'pwned' })
    if (behaviour !== 'runtime') return
    void runtime.invoke(request).then((outcome) => {
      if (!destroyed)
        worker.postMessage({ type: 'outcome', invocationId: request.invocationId, outcome })
    })
  })
  if (behaviour === 'load-error') {
    control.port2.postMessage({ type: 'workerError', message: 'SyntaxError: Unexpected token' })
  } else if (behaviour !== 'never-ready') {
    worker.postMessage({ type: 'ready', version: 1 })
  }
  control.port2.on('message', (data: { type?: string }) => {
    if (data.type === 'ping' && behaviour !== 'dead') control.port2.postMessage({ type: 'pong' })
  })
  return {
    send: (message) => toWorker.port1.postMessage(message),
    sendControl: (message) => control.port1.postMessage(message),
    onWorkerMessage: (listener) => toWorker.port1.on('message', listener),
    onControlMessage: (listener) => control.port1.on('message', listener),
    destroy() {
      destroyed = true
      toWorker.port1.close()
      control.port1.close()
    },
    destroyed: () => destroyed,
  }
}

const counter = 'let count = 0\nexports.handler = async () => ++count'

let executor: HandlerExecutor | undefined
let opened: Array<{ environmentId: number; transport: FakeTransport }> = []

function useExecutor(
  behaviour: (environmentId: number) => WorkerBehaviour = () => 'runtime',
  options: Omit<EnvironmentExecutorOptions, 'openTransport'> = {},
): HandlerExecutor {
  executor = createEnvironmentExecutor({
    ...options,
    openTransport: (environmentId) => {
      const transport = fakeTransport(behaviour(environmentId))
      opened.push({ environmentId, transport })
      return Promise.resolve(transport)
    },
  })
  return executor
}

afterEach(async () => {
  await executor?.dispose()
  executor = undefined
  opened = []
})

describe('environment executor (the isolated sandbox minus its iframe)', () => {
  it('keeps one environment per id while warm: module state counts 1, 2, 3', async () => {
    const run = useExecutor()
    const responses: unknown[] = []
    for (let i = 1; i <= 3; i++) {
      const outcome = await run.invoke(
        makeRequest({ code: counter, coldStart: i === 1, invocationId: i }),
      )
      responses.push(outcome.kind === 'returned' ? outcome.response : outcome.kind)
    }
    expect(responses).toEqual([1, 2, 3])
    expect(opened).toHaveLength(1)
  })

  // Issue 11: after a seek back (the sim worker's timeline) and a change, the run goes on from a past moment; a
  // sandbox that already ran invocations after it holds module state from a future that is gone.
  it('an invocation id the environment already passed starts a fresh sandbox replaying its past: 3, then 4 again', async () => {
    const run = useExecutor(() => 'runtime', { timeline: true })
    const count = async (invocationId: number) => {
      const outcome = await run.invoke(
        makeRequest({ code: counter, coldStart: invocationId === 1, invocationId }),
      )
      return outcome.kind === 'returned' ? outcome.response : outcome.kind
    }
    const firstRun = [await count(1), await count(2), await count(3), await count(4)]
    expect(firstRun).toEqual([1, 2, 3, 4])
    expect([await count(3), await count(4)]).toEqual([3, 4])
    expect(opened.map(({ transport }) => transport.destroyed())).toEqual([true, false])
  })

  it('a cold start for the same id replaces the environment and frees the old one', async () => {
    const run = useExecutor()
    await run.invoke(makeRequest({ code: counter }))
    const cold = await run.invoke(makeRequest({ code: counter, coldStart: true, invocationId: 2 }))
    expect(cold).toMatchObject({ kind: 'returned', response: 1 })
    expect(opened.map(({ transport }) => transport.destroyed())).toEqual([true, false])
  })

  it('an invocation for an environment still running one (a seek took that one back) waits its turn: 1, then 2', async () => {
    const run = useExecutor()
    const first = run.invoke(makeRequest({ code: counter }))
    const second = run.invoke(makeRequest({ code: counter, coldStart: false, invocationId: 2 }))
    expect(await Promise.all([first, second])).toMatchObject([
      { kind: 'returned', response: 1 },
      { kind: 'returned', response: 2 },
    ])
    expect(opened).toHaveLength(1)
  })

  it('discard and dispose free the environments', async () => {
    const run = useExecutor()
    await run.invoke(makeRequest({ code: counter, environmentId: 1 }))
    await run.invoke(makeRequest({ code: counter, environmentId: 2, invocationId: 2 }))
    run.discard(1)
    expect(opened.map(({ transport }) => transport.destroyed())).toEqual([true, false])
    await run.dispose()
    expect(opened.map(({ transport }) => transport.destroyed())).toEqual([true, true])
  })

  it('a worker that never answers is stopped by the guard; the next call starts fresh', async () => {
    const run = useExecutor((id) => (id === 1 ? 'silent' : 'runtime'), { guardMs: 50 })
    const outcome = await run.invoke(makeRequest({ code: counter }))
    expect(outcome).toEqual({ kind: 'timeout', logs: [] })
    expect(opened[0]?.transport.destroyed()).toBe(true)
    const fresh = await run.invoke(
      makeRequest({ code: counter, environmentId: 2, coldStart: true, invocationId: 2 }),
    )
    expect(fresh).toMatchObject({ kind: 'returned', response: 1 })
  })

  it('D14: an environment whose iframe stops answering too was killed: Runtime.ExitError "signal: killed"', async () => {
    const run = useExecutor(() => 'dead', { guardMs: 50 })
    const outcome = await run.invoke(makeRequest({ code: counter }))
    expect(outcome).toEqual({
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited with error: signal: killed',
      logs: [],
      outOfMemory: true,
    })
    expect(opened[0]?.transport.destroyed()).toBe(true)
  })

  it('a virtual-time timeout ends the environment: module state starts over', async () => {
    const run = useExecutor()
    const code = `let count = 0
exports.handler = async (event) => {
  count++
  if (event.wait) await new Promise((resolve) => setTimeout(resolve, 60_000))
  return count
}`
    await run.invoke(makeRequest({ code }))
    const late = await run.invoke(
      makeRequest({ code, coldStart: false, event: { wait: true }, invocationId: 2 }),
    )
    expect(late).toEqual({ kind: 'timeout', logs: [] })
    const next = await run.invoke(makeRequest({ code, coldStart: false, invocationId: 3 }))
    expect(next).toMatchObject({ kind: 'returned', response: 1 })
  })

  it('a malformed report counts as a crash of the environment', async () => {
    const run = useExecutor(() => 'forged')
    const outcome = await run.invoke(makeRequest({ code: counter }))
    expect(outcome).toEqual({
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited without providing a reason',
      logs: [],
    })
    expect(opened[0]?.transport.destroyed()).toBe(true)
  })

  it('a worker that fails to load is reported as crashed with the reason', async () => {
    const run = useExecutor(() => 'load-error')
    const outcome = await run.invoke(makeRequest({ code: counter }))
    expect(outcome).toEqual({
      kind: 'crashed',
      message: 'RequestId: req-1 Error: Runtime exited with error: SyntaxError: Unexpected token',
      logs: [],
    })
  })

  it('a worker that never gets ready is given up after the start-up limit', async () => {
    const run = useExecutor(() => 'never-ready', { startupMs: 50 })
    const outcome = await run.invoke(makeRequest({ code: counter }))
    expect(outcome).toMatchObject({ kind: 'crashed' })
    expect(opened[0]?.transport.destroyed()).toBe(true)
  })
})
