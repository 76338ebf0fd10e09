/**
 * Runs handlers in sandbox workers: one worker per execution environment, reused while the engine keeps
 * the environment warm, killed with terminate() on the wall-clock guard (a busy loop) and replaced on the
 * next cold start. The worker runs untrusted code: every message it sends is validated.
 * The `SandboxClient` interface is the seam a later issue swaps for workers inside a sandboxed iframe.
 */
import type { InvocationOutcome, InvokeRequest } from '../engine'
import { parseSandboxReport, SANDBOX_PROTOCOL_VERSION } from '../sandbox/protocol'
import type { SandboxRequest } from '../sandbox/protocol'
import type { Timers, WorkerLike } from './workerLike'

export interface SandboxClient {
  invoke(request: InvokeRequest): Promise<InvocationOutcome>
  /** The engine dropped this environment: free its worker. */
  discard(environmentId: number): void
  dispose(): void
}

export interface SandboxClientOptions {
  readonly spawn: () => WorkerLike
  readonly timers: Timers
  /** Real milliseconds an invocation may run before the worker is killed (default 2000). */
  readonly guardMs?: number
  /** Real milliseconds a new worker may take to say `ready` (default 10000). */
  readonly startupMs?: number
  /** Idle workers kept warm at most; the least recently used beyond it is terminated. */
  readonly maxWorkers?: number
}

interface Slot {
  readonly worker: WorkerLike
  ready: boolean
  readonly waiters: Array<() => void>
  pending: ((outcome: InvocationOutcome) => void) | undefined
  lastUsed: number
}

export function createSandboxClient(options: SandboxClientOptions): SandboxClient {
  const { spawn, timers } = options
  const guardMs = options.guardMs ?? 2_000
  const startupMs = options.startupMs ?? 10_000
  const maxWorkers = options.maxWorkers ?? 8
  const slots = new Map<number, Slot>()
  let useCounter = 0

  function kill(environmentId: number, outcome?: InvocationOutcome): void {
    const slot = slots.get(environmentId)
    if (slot === undefined) return
    slots.delete(environmentId)
    slot.worker.onmessage = null
    slot.worker.onerror = null
    slot.worker.terminate()
    const pending = slot.pending
    slot.pending = undefined
    pending?.(
      outcome ?? {
        kind: 'crashed',
        message: 'Runtime exited without providing a reason',
        logs: [],
      },
    )
    for (const wake of slot.waiters.splice(0)) wake()
  }

  function open(environmentId: number): Slot {
    const worker = spawn()
    const slot: Slot = {
      worker,
      ready: false,
      waiters: [],
      pending: undefined,
      lastUsed: ++useCounter,
    }
    worker.onmessage = (event) => {
      const report = parseSandboxReport(event.data)
      if (report === undefined) {
        // It runs user code: a malformed report means it is broken or compromised.
        kill(environmentId)
        return
      }
      switch (report.type) {
        case 'ready':
          slot.ready = true
          for (const wake of slot.waiters.splice(0)) wake()
          return
        case 'outcome': {
          const pending = slot.pending
          slot.pending = undefined
          pending?.(report.outcome)
          return
        }
        case 'rejected':
          kill(environmentId, {
            kind: 'crashed',
            message: `sandbox rejected the request: ${report.reason}`,
            logs: [],
          })
          return
      }
    }
    worker.onerror = () =>
      kill(environmentId, {
        kind: 'crashed',
        message: 'Runtime exited with error: exit status 1',
        logs: [],
      })
    slots.set(environmentId, slot)
    trim()
    return slot
  }

  /** Keeps at most `maxWorkers` workers: idle ones go first, least recently used first. */
  function trim(): void {
    if (slots.size <= maxWorkers) return
    const idle = [...slots.entries()].filter(([, s]) => s.pending === undefined && s.ready)
    idle.sort((a, b) => a[1].lastUsed - b[1].lastUsed)
    for (const [id] of idle.slice(0, slots.size - maxWorkers)) kill(id)
  }

  function whenReady(slot: Slot): Promise<boolean> {
    if (slot.ready) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = timers.setTimeout(() => resolve(false), startupMs)
      slot.waiters.push(() => {
        timers.clearTimeout(timer)
        resolve(slot.ready)
      })
    })
  }

  async function invoke(request: InvokeRequest): Promise<InvocationOutcome> {
    let slot = slots.get(request.environmentId)
    if (request.coldStart || slot === undefined) {
      kill(request.environmentId)
      slot = open(request.environmentId)
    }
    slot.lastUsed = ++useCounter
    const current = slot
    if (!(await whenReady(current)) || slots.get(request.environmentId) !== current) {
      kill(request.environmentId)
      return {
        kind: 'crashed',
        message: `RequestId: ${request.requestId} Error: Runtime failed to start`,
        logs: [],
      }
    }
    return new Promise<InvocationOutcome>((resolve) => {
      const guard = timers.setTimeout(() => {
        // A handler that never yields is reported as a timeout and its worker killed (SEMANTICS.md D5).
        kill(request.environmentId, { kind: 'timeout', logs: [] })
      }, guardMs)
      current.pending = (outcome) => {
        timers.clearTimeout(guard)
        if (
          outcome.kind === 'timeout' ||
          outcome.kind === 'crashed' ||
          (outcome.kind === 'error' && outcome.environmentLost === true)
        ) {
          kill(request.environmentId)
        }
        resolve(outcome)
      }
      const message: SandboxRequest = { type: 'invoke', version: SANDBOX_PROTOCOL_VERSION, request }
      current.worker.postMessage(message)
    })
  }

  return {
    invoke,
    discard: (environmentId) => kill(environmentId),
    dispose() {
      for (const id of [...slots.keys()]) kill(id)
    },
  }
}
