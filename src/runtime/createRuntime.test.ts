import { describe, expect, it } from 'vitest'
import type { HandlerExecutor, InvocationOutcome, InvokeRequest, RunReport } from '../engine'
import type { SimReport } from '../protocol/simProtocol'
import { createRuntime } from './createRuntime'
import { createFakeFrames, createFakeWorker } from './testDoubles'
import type { RuntimeBatch } from './types'

const returned: InvocationOutcome = { kind: 'returned', response: null, waitedMs: 0, logs: [] }

function setup() {
  const frames = createFakeFrames()
  const simWorker = createFakeWorker()
  const invoked: InvokeRequest[] = []
  const sandbox: HandlerExecutor = {
    invoke: (request) => {
      invoked.push(request)
      return Promise.resolve(returned)
    },
    discard: () => undefined,
    dispose: () => Promise.resolve(),
  }
  const runtime = createRuntime({ simWorker, sandbox, frames, now: () => 0 })
  const batches: RuntimeBatch[] = []
  runtime.subscribe((b) => batches.push(b))
  return { frames, simWorker, invoked, runtime, batches }
}

const request = (invocationId: number) => ({ invocationId, environmentId: 1 }) as InvokeRequest

describe('createRuntime', () => {
  it('routes invocation requests to the sandbox and the outcome back to the sim worker', async () => {
    const { simWorker, invoked, runtime, frames, batches } = setup()
    const loadId = runtime.load({ any: 'scenario' })
    simWorker.emit({ type: 'invocationRequested', loadId, request: request(7) } satisfies SimReport)
    await Promise.resolve()
    await Promise.resolve()
    expect(invoked.map((r) => r.invocationId)).toEqual([7])
    expect(simWorker.sent.at(-1)).toEqual({
      type: 'settleInvocation',
      invocationId: 7,
      outcome: returned,
    })
    frames.tick(16)
    expect(batches[0].outcomes).toMatchObject([{ invocationId: 7, outcome: returned }])
  })

  it('drops reports and requests of a scenario that was replaced', async () => {
    const { simWorker, invoked, runtime, frames, batches } = setup()
    const first = runtime.load({})
    runtime.load({})
    simWorker.emit({
      type: 'invocationRequested',
      loadId: first,
      request: request(1),
    } satisfies SimReport)
    simWorker.emit({
      type: 'writeResult',
      loadId: first,
      requestId: 1,
      atMs: 0,
      result: { kind: 'noop' },
    } satisfies SimReport)
    await Promise.resolve()
    frames.tick(16)
    expect(invoked).toEqual([])
    expect(batches).toEqual([])
  })

  it('delivers every report of a frame in one batch', () => {
    const { simWorker, runtime, frames, batches } = setup()
    const loadId = runtime.load({})
    for (let requestId = 1; requestId <= 3; requestId++) {
      simWorker.emit({
        type: 'writeResult',
        loadId,
        requestId,
        atMs: 0,
        result: { kind: 'noop' },
      } satisfies SimReport)
    }
    frames.tick(16)
    expect(batches).toHaveLength(1)
    expect(batches[0].reports).toHaveLength(3)
  })

  it('turns play into advanceTo commands and pause into hold', () => {
    const { simWorker, runtime, frames } = setup()
    runtime.load({})
    runtime.play(10)
    frames.tick(0)
    frames.tick(16)
    runtime.pause()
    frames.tick(32)
    expect(simWorker.sent.slice(1)).toEqual([
      { type: 'advanceTo', simTimeMs: 160 },
      { type: 'hold' },
    ])
  })

  it("answers a report request with the sim worker's run report", async () => {
    const { simWorker, runtime } = setup()
    const loadId = runtime.load({ any: 'scenario' })
    const pending = runtime.requestReport()
    const command = simWorker.sent.at(-1) as { type: string; requestId: number }
    expect(command.type).toBe('report')
    const report = { scenario: 'x' } as unknown as RunReport
    simWorker.emit({
      type: 'runReport',
      loadId,
      requestId: command.requestId,
      report,
    } satisfies SimReport)
    await expect(pending).resolves.toBe(report)
  })

  it('runs a test invocation in the same executor', async () => {
    const { invoked, runtime } = setup()
    await expect(runtime.testInvoke(request(-1))).resolves.toEqual(returned)
    expect(invoked.map((r) => r.invocationId)).toEqual([-1])
  })
})
