import { describe, expect, it } from 'vitest'
import type {
  HandlerExecutor,
  InvocationOutcome,
  InvokeRequest,
  RunReport,
  WriteRequest,
} from '../engine'
import type { DirectSandboxReport } from '../protocol/directSandboxProtocol'
import type { SimReport } from '../protocol/simProtocol'
import { SIM_PROTOCOL_VERSION } from '../protocol/simProtocol'
import { LOAD_QUIET_MS, createRuntime } from './createRuntime'
import { createFakeFrames, createFakeWorker } from './testDoubles'
import type { Runtime, RuntimeBatch, SandboxFrames } from './types'

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
  const iframes = {
    open: [] as number[],
    claimed: [] as number[],
    closed: [] as number[],
    closedAll: 0,
  }
  const sandboxFrames: SandboxFrames = {
    open(sandboxId) {
      iframes.open.push(sandboxId)
      return Promise.resolve(
        sandboxId === 13
          ? { error: 'chunk failed' }
          : { worker: `w${sandboxId}`, control: `c${sandboxId}` },
      )
    },
    claim: (sandboxId) => void iframes.claimed.push(sandboxId),
    close: (sandboxId) => void iframes.closed.push(sandboxId),
    closeAll: () => void iframes.closedAll++,
  }
  const runtime = createRuntime({ simWorker, sandbox, sandboxFrames, frames })
  const batches: RuntimeBatch[] = []
  runtime.subscribe((b) => batches.push(b))
  return { frames, simWorker, invoked, iframes, runtime, batches }
}

const failed: InvocationOutcome = { kind: 'timeout', logs: [] }
const request = (invocationId: number) => ({ invocationId, environmentId: 1 }) as InvokeRequest

describe('createRuntime', () => {
  it("opens and removes the sim worker's sandbox iframes and hands it their ports", async () => {
    const { simWorker, iframes, runtime } = setup()
    runtime.load({})
    simWorker.emit({
      type: 'openSandbox',
      sandboxId: 12,
      environmentId: 1,
    } satisfies DirectSandboxReport)
    simWorker.emit({
      type: 'openSandbox',
      sandboxId: 13,
      environmentId: 2,
    } satisfies DirectSandboxReport)
    simWorker.emit({ type: 'closeSandbox', sandboxId: 12 } satisfies DirectSandboxReport)
    await Promise.resolve()
    await Promise.resolve()
    expect(iframes).toEqual({ open: [12, 13], claimed: [], closed: [12], closedAll: 1 })
    expect(simWorker.sent.slice(-2)).toEqual([
      { message: { type: 'sandboxOpened', sandboxId: 12 }, transfer: ['w12', 'c12'] },
      { type: 'sandboxOpened', sandboxId: 13, error: 'chunk failed' },
    ])
    runtime.load({})
    expect(iframes.closedAll).toBe(2)
  })

  // Issue 11: the first Step waited ~2.5 s on a sandbox's cold start with nothing on screen.
  it('says a sandbox is starting from openSandbox until its worker has spoken or it is closed', () => {
    const { simWorker, runtime, frames, batches } = setup()
    runtime.load({})
    frames.tick(16)
    const open = (sandboxId: number) =>
      simWorker.emit({
        type: 'openSandbox',
        sandboxId,
        environmentId: sandboxId,
      } satisfies DirectSandboxReport)
    open(12)
    open(14)
    frames.tick(32)
    simWorker.emit({ type: 'sandboxStarted', sandboxId: 12 } satisfies DirectSandboxReport)
    frames.tick(48)
    simWorker.emit({ type: 'closeSandbox', sandboxId: 14 } satisfies DirectSandboxReport)
    frames.tick(64)
    expect(batches.map((b) => b.sandboxStarting)).toEqual([true, false])
    open(15)
    runtime.load({})
    frames.tick(80)
    expect(batches.at(-1)?.sandboxStarting).toBe(false)
  })

  it('a spare opening is no wait; claimed before its worker spoke, it is one until it speaks (issue 11)', () => {
    const { simWorker, runtime, frames, batches, iframes } = setup()
    runtime.load({})
    frames.tick(16)
    const report = (r: DirectSandboxReport) => simWorker.emit(r)
    report({ type: 'openSandbox', sandboxId: 12, environmentId: null })
    report({ type: 'openSandbox', sandboxId: 14, environmentId: null })
    frames.tick(32)
    expect(batches.map((b) => b.sandboxStarting)).toEqual([])
    report({ type: 'claimSandbox', sandboxId: 12, environmentId: 1, started: true })
    report({ type: 'claimSandbox', sandboxId: 14, environmentId: 2, started: false })
    frames.tick(48)
    report({ type: 'sandboxStarted', sandboxId: 14 })
    frames.tick(64)
    expect(batches.map((b) => b.sandboxStarting)).toEqual([true, false])
    expect(iframes.claimed).toEqual([12, 14])
  })

  it('passes a failure the sim worker reports on to the store with the frame, for the current scenario only', () => {
    const { simWorker, runtime, frames, batches } = setup()
    const first = runtime.load({})
    const loadId = runtime.load({})
    for (const id of [first, loadId]) {
      simWorker.emit({
        type: 'invocationFailed',
        loadId: id,
        invocationId: 7,
        outcome: failed,
        wallMs: 3,
      } satisfies DirectSandboxReport)
    }
    simWorker.emit({
      type: 'writeResult',
      loadId: first,
      requestId: 1,
      atMs: 0,
      result: { kind: 'noop' },
    } satisfies SimReport)
    frames.tick(16)
    expect(batches).toEqual([
      { reports: [], outcomes: [{ loadId, invocationId: 7, outcome: failed, wallMs: 3 }] },
    ])
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

  it('sends the loads typed within the pause as one, with the last file, after the pause', () => {
    const { simWorker, runtime, frames } = setup()
    runtime.load({ code: 'a' })
    const ids = [1, 2, 3].map((n) => runtime.load({ code: 'a'.repeat(n + 1) }, { coalesce: true }))
    expect(ids).toEqual([2, 2, 2])
    frames.tick(0)
    frames.tick(LOAD_QUIET_MS - 1)
    expect(simWorker.sent).toHaveLength(1)
    // Another key restarts the pause.
    runtime.load({ code: 'aaaaa' }, { coalesce: true })
    frames.tick(LOAD_QUIET_MS)
    frames.tick(2 * LOAD_QUIET_MS - 1)
    expect(simWorker.sent).toHaveLength(1)
    frames.tick(2 * LOAD_QUIET_MS)
    expect(simWorker.sent.slice(1)).toEqual([
      { type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 2, scenario: { code: 'aaaaa' } },
    ])
    expect(runtime.load({}, { coalesce: true })).toBe(3)
  })

  it('sends a pending load before any command that depends on the run', async () => {
    const commands: [string, (runtime: Runtime) => unknown][] = [
      ['step', (r) => r.step()],
      ['hold', (r) => r.pause()],
      ['advanceTo', (r) => r.advanceTo(500)],
      ['seek', (r) => r.seek(40)],
      ['applyWrite', (r) => r.write(1, { kind: 'put', item: {} } as unknown as WriteRequest)],
      ['setTraffic', (r) => r.setTraffic(null)],
      ['mappingApi', (r) => void r.mappingApi({ operation: 'ListEventSourceMappings', input: {} })],
      ['report', (r) => void r.requestReport()],
    ]
    for (const [type, command] of commands) {
      const { simWorker, runtime } = setup()
      runtime.load({ code: 'x' }, { coalesce: true })
      command(runtime)
      expect(simWorker.sent.map((m) => (m as { type: string }).type)).toEqual(['load', type])
    }
    const { simWorker, runtime, frames, invoked } = setup()
    runtime.load({ code: 'y' }, { coalesce: true })
    runtime.play(1)
    frames.tick(0)
    frames.tick(16)
    expect(simWorker.sent).toEqual([
      { type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 1, scenario: { code: 'y' } },
      { type: 'advanceTo', simTimeMs: 16 },
    ])
    runtime.load({ code: 'z' }, { coalesce: true })
    await runtime.testInvoke(request(-1))
    expect(simWorker.sent.at(-1)).toEqual({
      type: 'load',
      version: SIM_PROTOCOL_VERSION,
      loadId: 2,
      scenario: { code: 'z' },
    })
    expect(invoked).toHaveLength(1)
  })

  it('drops a pending load that a plain load replaces', () => {
    const { simWorker, runtime, frames } = setup()
    runtime.load({ code: 'typed' }, { coalesce: true })
    runtime.load({ preset: 'b' })
    frames.tick(0)
    frames.tick(LOAD_QUIET_MS)
    expect(simWorker.sent).toEqual([
      { type: 'load', version: SIM_PROTOCOL_VERSION, loadId: 2, scenario: { preset: 'b' } },
    ])
  })
})
