/**
 * A `HandlerExecutor` over sandbox transports: one environment per environment id, opened on a cold
 * start and reused while warm (docs/semantics.md D3), killed on timeout, crash or discard. The same
 * contract as src/sandbox/host/node/createNodeExecutor.ts. DOM-free: createIsolatedExecutor.ts supplies
 * the iframe transport, Node tests supply in-process ones.
 */
import type { HandlerExecutor, InvocationOutcome, InvokeRequest } from '../../../engine'
import { isEnvironmentLost } from '../../../engine'
import { createIsolatedEnvironment } from './isolatedEnvironment'
import type { IsolatedEnvironment, SandboxTransport } from './isolatedEnvironment'

export interface IsolatedExecutorOptions {
  /** Real milliseconds per invocation before a handler that never yields is stopped (default 2000). */
  readonly guardMs?: number
  /** Real milliseconds a new environment may take to load (default 15000). */
  readonly startupMs?: number
}

export interface EnvironmentExecutorOptions extends IsolatedExecutorOptions {
  /** Opens the transport to a new environment. */
  readonly openTransport: (environmentId: number) => Promise<SandboxTransport>
}

export function createEnvironmentExecutor(options: EnvironmentExecutorOptions): HandlerExecutor {
  const environmentOptions = {
    guardMs: options.guardMs ?? 2_000,
    startupMs: options.startupMs ?? 15_000,
  }
  const { openTransport } = options
  const environments = new Map<number, IsolatedEnvironment>()
  /**
   * The last invocation given to each environment id, settled either way: the next one waits for it. Only a
   * seek makes two meet (the sim worker's timeline): the engine never gives an environment two at once, but the
   * sandbox may still run one a seek took back, and an environment runs one invocation at a time.
   */
  const turns = new Map<number, Promise<void>>()

  function discard(environmentId: number): void {
    const environment = environments.get(environmentId)
    environments.delete(environmentId)
    environment?.terminate()
  }

  function invoke(request: InvokeRequest): Promise<InvocationOutcome> {
    const id = request.environmentId
    // A cold start is the environment's first invocation: one still running there is stale, so end it now.
    if (request.coldStart) discard(id)
    const previous = turns.get(id)
    // Without one to wait for it starts now, as before: the sandbox opens for the scenario asking.
    const turn =
      previous === undefined ? invokeInTurn(request) : previous.then(() => invokeInTurn(request))
    const settled = turn.then(
      () => undefined,
      () => undefined,
    )
    turns.set(id, settled)
    void settled.then(() => {
      if (turns.get(id) === settled) turns.delete(id)
    })
    return turn
  }

  async function invokeInTurn(request: InvokeRequest): Promise<InvocationOutcome> {
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
    const lost = isEnvironmentLost(outcome)
    // The engine discards such environments too; freeing the worker now does not wait for it.
    if (lost && environments.get(request.environmentId) === environment) {
      discard(request.environmentId)
    }
    return outcome
  }

  function dispose(): Promise<void> {
    for (const environment of environments.values()) environment.terminate()
    environments.clear()
    turns.clear()
    return Promise.resolve()
  }

  return { invoke, discard, dispose }
}
