/**
 * The headless runner's `HandlerExecutor`: one worker thread per execution environment, created on
 * a cold start and reused while warm (docs/semantics.md D3), killed on timeout, crash, discard or
 * going over its MemorySize (D14). Node only.
 */
import type { HandlerExecutor, InvocationOutcome, InvokeRequest } from '../../../engine'
import { isEnvironmentLost } from '../../../engine'
import { spawnSandboxWorker } from './sandboxWorker'
import type { SandboxWorker } from './sandboxWorker'

export interface NodeExecutorOptions {
  /** Real milliseconds per invocation before a handler that never yields is stopped (default 2000). */
  readonly guardMs?: number
  /** Real milliseconds a new worker may take to load (default 30000). */
  readonly startupMs?: number
}

export function createNodeExecutor(options: NodeExecutorOptions = {}): HandlerExecutor {
  const workerOptions = {
    guardMs: options.guardMs ?? 2_000,
    startupMs: options.startupMs ?? 30_000,
  }
  const workers = new Map<number, SandboxWorker>()

  function discard(environmentId: number): void {
    const worker = workers.get(environmentId)
    workers.delete(environmentId)
    void worker?.terminate()
  }

  async function invoke(request: InvokeRequest): Promise<InvocationOutcome> {
    let worker = workers.get(request.environmentId)
    if (request.coldStart || worker === undefined || !worker.isAlive()) {
      discard(request.environmentId)
      // The memory is fixed when the environment starts, as Lambda fixes it per function version.
      worker = spawnSandboxWorker({ ...workerOptions, memorySizeMb: request.memoryLimitInMB })
      workers.set(request.environmentId, worker)
    }
    const outcome = await worker.invoke(request)
    const lost = isEnvironmentLost(outcome)
    // The engine discards such environments too; freeing the thread now does not wait for it.
    if (lost && workers.get(request.environmentId) === worker) discard(request.environmentId)
    return outcome
  }

  async function dispose(): Promise<void> {
    const all = [...workers.values()]
    workers.clear()
    await Promise.all(all.map((worker) => worker.terminate()))
  }

  return { invoke, discard, dispose }
}
