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
  /**
   * The requests come from a run with a Timeline (the sim worker): their ids grow with virtual time, and one not
   * above the last an environment ran follows a seek back. Not the Test button's, whose ids count down.
   */
  readonly timeline?: boolean
}

/**
 * The most stream records (an empty request counts one) whose requests are kept per environment to rebuild its
 * module state after a seek back: past it, such a rebuild starts from module init. Counted in records, not
 * requests, because each request holds its batch: 2,000 requests of 100 records took ~80 MB of the sim worker
 * in an hour of traffic (bench/ui/run.ts --only-memory); 5,000 records are a few MB.
 */
export const MAX_HISTORY_RECORDS = 5_000

/** How much of the cap a request takes: its batch's records. */
function weightOf(request: InvokeRequest): number {
  const records = (request.event as { Records?: unknown } | null)?.Records
  return Array.isArray(records) ? Math.max(1, records.length) : 1
}

interface History {
  requests: InvokeRequest[]
  /** The highest invocation id among the requests (-Infinity: none). */
  highestId: number
  /** The records the requests hold (weightOf). */
  weight: number
  /** False once the cap cut it: it can no longer rebuild the module state. */
  complete: boolean
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
  /**
   * Per environment id, the requests its sandbox ran since its cold start, in order: its module state is what
   * they left. Invocation ids grow with virtual time, so a request whose id is not above the last one ran comes
   * after a seek back and a change (the sim worker's timeline): the sandbox's module state is from a future that
   * is gone, and a fresh one replays the past to rebuild it, as the run from the start would have it.
   */
  const histories = new Map<number, History>()

  function end(environmentId: number): void {
    const environment = environments.get(environmentId)
    environments.delete(environmentId)
    environment?.terminate()
  }

  function discard(environmentId: number): void {
    end(environmentId)
    histories.delete(environmentId)
  }

  function invoke(request: InvokeRequest): Promise<InvocationOutcome> {
    const id = request.environmentId
    // A cold start is the environment's first invocation: one still running there is stale, so end it now.
    if (request.coldStart) end(id)
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
    const id = request.environmentId
    const history = request.coldStart || options.timeline !== true ? undefined : histories.get(id)
    // The highest id tells: filtering the whole history (up to thousands of requests) on every invocation was
    // a visible share of the sim worker's time at 10× (bench/ui/run.ts --worker-profile).
    const fromTheFuture = history !== undefined && history.highestId >= request.invocationId
    const past = fromTheFuture
      ? history.requests.filter((r) => r.invocationId < request.invocationId)
      : undefined
    let environment = environments.get(id)
    if (request.coldStart || environment === undefined || !environment.isAlive() || fromTheFuture) {
      end(id)
      const created = createIsolatedEnvironment(await openTransport(id), environmentOptions)
      // Another call for this id may have started one while the transport opened: keep only one.
      end(id)
      environments.set(id, created)
      environment = created
      // Rebuilt by running its past again, answers unused; a history cut at its cap restarts from module init.
      const replay = fromTheFuture && history?.complete === true ? (past ?? []) : []
      for (const earlier of replay) await created.invoke(earlier)
      histories.set(id, {
        requests: replay,
        highestId: replay.reduce((max, r) => Math.max(max, r.invocationId), -Infinity),
        weight: replay.reduce((sum, r) => sum + weightOf(r), 0),
        complete: request.coldStart || (fromTheFuture && history?.complete === true),
      })
    }
    remember(id, request)
    const outcome = await environment.invoke(request)
    const lost = isEnvironmentLost(outcome)
    // The engine discards such environments too; freeing the worker now does not wait for it.
    if (lost && environments.get(id) === environment) {
      discard(id)
    }
    return outcome
  }

  function remember(environmentId: number, request: InvokeRequest): void {
    const history = histories.get(environmentId)
    if (options.timeline !== true || history === undefined || !history.complete) return
    const weight = history.weight + weightOf(request)
    if (weight > MAX_HISTORY_RECORDS) {
      history.requests = []
      history.highestId = -Infinity
      history.weight = 0
      history.complete = false
      return
    }
    history.requests.push(request)
    history.highestId = Math.max(history.highestId, request.invocationId)
    history.weight = weight
  }

  function dispose(): Promise<void> {
    for (const environment of environments.values()) environment.terminate()
    environments.clear()
    histories.clear()
    turns.clear()
    return Promise.resolve()
  }

  return { invoke, discard, dispose }
}
