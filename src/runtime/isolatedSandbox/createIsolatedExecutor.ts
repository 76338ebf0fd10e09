/**
 * The browser's `HandlerExecutor`: one sandboxed worker per execution environment, each inside its
 * own opaque-origin iframe, created on a cold start and reused while warm (SEMANTICS.md D3), killed
 * on timeout, crash or discard. The same contract as src/sandbox/node/createNodeExecutor.ts.
 */
import type {
  HandlerExecutor,
  InvocationOutcome,
  InvokeRequest,
} from '../../engine/lambda/invocation'
import { createIsolatedEnvironment } from './isolatedEnvironment'
import type { IsolatedEnvironment, SandboxTransport } from './isolatedEnvironment'
import { openSandboxFrame } from './sandboxFrame'

export interface IsolatedExecutorOptions {
  /** Real milliseconds per invocation before a handler that never yields is stopped (default 2000). */
  readonly guardMs?: number
  /** Real milliseconds a new environment may take to load (default 15000). */
  readonly startupMs?: number
  /** Opens the transport to a new environment; tests substitute their own. Default: an iframe. */
  readonly openTransport?: (environmentId: number) => Promise<SandboxTransport>
}

export function createIsolatedExecutor(options: IsolatedExecutorOptions = {}): HandlerExecutor {
  const environmentOptions = {
    guardMs: options.guardMs ?? 2_000,
    startupMs: options.startupMs ?? 15_000,
  }
  const openTransport = options.openTransport ?? openFrameTransport
  const environments = new Map<number, IsolatedEnvironment>()

  function discard(environmentId: number): void {
    const environment = environments.get(environmentId)
    environments.delete(environmentId)
    environment?.terminate()
  }

  async function invoke(request: InvokeRequest): Promise<InvocationOutcome> {
    let environment = environments.get(request.environmentId)
    if (request.coldStart || environment === undefined || !environment.isAlive()) {
      discard(request.environmentId)
      const created = createIsolatedEnvironment(
        await openTransport(request.environmentId),
        environmentOptions,
      )
      // Another call for this id may have started one while the transport opened: keep only one.
      discard(request.environmentId)
      environments.set(request.environmentId, created)
      environment = created
    }
    const outcome = await environment.invoke(request)
    const lost =
      outcome.kind === 'timeout' ||
      outcome.kind === 'crashed' ||
      (outcome.kind === 'error' && outcome.environmentLost === true)
    // The engine discards such environments too; freeing the worker now does not wait for it.
    if (lost && environments.get(request.environmentId) === environment) {
      discard(request.environmentId)
    }
    return outcome
  }

  function dispose(): Promise<void> {
    for (const environment of environments.values()) environment.terminate()
    environments.clear()
    return Promise.resolve()
  }

  return { invoke, discard, dispose }
}

/**
 * The worker's source (sucrase, zod and the runtime: hundreds of KB) is its own lazy chunk, fetched
 * on the first invocation rather than with the page.
 */
let workerSource: Promise<string> | undefined

async function openFrameTransport(environmentId: number): Promise<SandboxTransport> {
  workerSource ??= import('virtual:isolated-sandbox-worker').then(
    (module) => module.default,
    (error: unknown) => {
      workerSource = undefined // a failed chunk load may succeed on the next cold start
      throw error
    },
  )
  return openSandboxFrame(await workerSource, environmentId)
}
