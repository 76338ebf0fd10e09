/**
 * One worker thread running nodeSandbox.worker.ts: spawn, invoke with a wall-clock guard, and
 * turn the thread's death into Lambda's `Runtime.ExitError` message. Node only.
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { InvocationOutcome, InvokeRequest } from '../../engine/lambda/invocation'
import { parseSandboxReport, SANDBOX_PROTOCOL_VERSION } from '../protocol'
import type { SandboxRequest } from '../protocol'

export interface SandboxWorkerOptions {
  /** Real milliseconds an invocation may take before the thread is killed (busy loops). */
  readonly guardMs: number
  /** Real milliseconds the thread may take to load before it counts as crashed. */
  readonly startupMs: number
  readonly maxHeapMb: number
}

export interface SandboxWorker {
  invoke(request: InvokeRequest): Promise<InvocationOutcome>
  terminate(): Promise<void>
  /** False once the thread has exited or was terminated. */
  isAlive(): boolean
}

const WORKER_FILE = fileURLToPath(new URL('./nodeSandbox.worker.ts', import.meta.url))
const TSX_CJS_API = createRequire(import.meta.url).resolve('tsx/cjs/api')

/**
 * The worker is TypeScript. Node 20 does not apply `--import tsx` (module.register hooks) inside
 * worker threads, so the thread starts from a two-line script that registers tsx's CommonJS hook
 * and then requires the worker file. Absolute paths make it work from any directory, under `tsx`
 * (CLI) and under Vitest alike.
 */
const BOOTSTRAP = `require(${JSON.stringify(TSX_CJS_API)}).register()
require(${JSON.stringify(WORKER_FILE)})`

interface Pending {
  readonly requestId: string
  readonly resolve: (outcome: InvocationOutcome) => void
  readonly reject: (error: Error) => void
}

export function spawnSandboxWorker(options: SandboxWorkerOptions): SandboxWorker {
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    // The handler sees a fake `process.env`; this keeps the host's variables out of the thread too.
    env: {},
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
    // Handler code that reaches the thread's real stdout must not corrupt the CLI's JSON report.
    stdout: true,
  })
  worker.stdout.resume()
  let alive = true
  let pending: Pending | undefined
  let deathReason: string | undefined
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })

  function settle(outcome: InvocationOutcome): void {
    const current = pending
    pending = undefined
    current?.resolve(outcome)
  }

  function die(reason: string): void {
    alive = false
    deathReason ??= reason
    if (pending !== undefined) settle(crashOutcome(pending.requestId, deathReason))
    markReady() // wakes an invoke still waiting for startup; it then sees the death
  }

  worker.on('message', (data: unknown) => {
    const report = parseSandboxReport(data)
    if (report === undefined) {
      // The thread runs user code: a malformed report means it is compromised or broken.
      die('Runtime exited without providing a reason')
      void worker.terminate()
      return
    }
    switch (report.type) {
      case 'ready':
        markReady()
        return
      case 'outcome':
        if (pending !== undefined) settle(report.outcome)
        return
      case 'rejected': {
        // Our own bug (the host sent a bad request), not the handler's: fail the call loudly.
        const current = pending
        pending = undefined
        current?.reject(new Error(`sandbox worker rejected a request: ${report.reason}`))
        return
      }
    }
  })
  worker.on('error', (error: Error & { code?: string }) => {
    // Lambda reports a function that runs out of memory as killed by a signal.
    die(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? 'Runtime exited with error: signal: killed'
        : 'Runtime exited with error: exit status 1',
    )
  })
  worker.on('exit', (code: number) => {
    die(
      code === 0
        ? 'Runtime exited without providing a reason'
        : `Runtime exited with error: exit status ${code}`,
    )
  })

  async function waitUntilReady(): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), options.startupMs)
    })
    const started = await Promise.race([ready.then(() => true), timedOut])
    clearTimeout(timer)
    return started && alive
  }

  async function invoke(request: InvokeRequest): Promise<InvocationOutcome> {
    if (pending !== undefined) throw new Error('sandbox worker is already running an invocation')
    if (!(await waitUntilReady())) {
      await terminate()
      return crashOutcome(
        request.requestId,
        deathReason ?? 'Runtime exited without providing a reason',
      )
    }
    return new Promise<InvocationOutcome>((resolve, reject) => {
      const guard = setTimeout(() => {
        // A handler that never yields (while (true) {}) is reported like a timeout (SEMANTICS.md D5).
        settle({ kind: 'timeout', logs: [] })
        void terminate()
      }, options.guardMs)
      pending = {
        requestId: request.requestId,
        resolve(outcome) {
          clearTimeout(guard)
          resolve(outcome)
        },
        reject(error) {
          clearTimeout(guard)
          reject(error)
        },
      }
      const message: SandboxRequest = { type: 'invoke', version: SANDBOX_PROTOCOL_VERSION, request }
      worker.postMessage(message)
    })
  }

  async function terminate(): Promise<void> {
    alive = false
    deathReason ??= 'Runtime exited without providing a reason'
    await worker.terminate()
  }

  return { invoke, terminate, isAlive: () => alive }
}

function crashOutcome(requestId: string, reason: string): InvocationOutcome {
  return { kind: 'crashed', message: `RequestId: ${requestId} Error: ${reason}`, logs: [] }
}
