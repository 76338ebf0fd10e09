/**
 * The sim worker runs the simulation's invocations straight in the sandbox iframes' workers (issue 11,
 * performance): before, each one went sim worker → main thread → sandbox → main thread → sim worker, and
 * waited for a busy main thread twice. The main thread still creates and removes the iframes (only it can):
 * the worker asks with `openSandbox` and gets the app's ends of the iframe's two ports back. Everything the
 * sandbox says is validated here, where it arrives, and the wall-clock guard runs here
 * (src/sandbox/host/environmentHost.ts); killing an environment asks the main thread to remove its iframe.
 */
import type { InvocationOutcome, InvokeRequest } from '../engine'
import type { DirectSandboxCommand, DirectSandboxReport } from '../protocol/directSandboxProtocol'
import { createEnvironmentExecutor } from '../sandbox/host/browser/environmentExecutor'
import { createPortTransport } from '../sandbox/host/browser/portTransport'
import type { PortLike, SandboxPorts } from '../sandbox/host/browser/portTransport'
import type { SandboxTransport } from '../sandbox/host/browser/isolatedEnvironment'
import { createSpare } from './sandboxSpares'
import type { Spare } from './sandboxSpares'

export interface DirectSandboxDeps {
  /** To the main thread. */
  post(report: DirectSandboxReport): void
  /** Gives an outcome back to the simulation (simHost's `settleInvocation`), with its request's ticket. */
  settle(invocationId: number, outcome: InvocationOutcome, ticket: number): void
  /** Whether the simulation still waits for this ticket's answer (simHost's `expects`): else it is stale. */
  expects(invocationId: number, ticket: number): boolean
  /** Wall clock, for the failures' `wallMs`. */
  now(): number
}

export interface DirectSandbox {
  /** Runs one invocation the simulation handed out for scenario `loadId` with this ticket. */
  invoke(loadId: number, request: InvokeRequest, ticket: number): void
  /** The main thread's answer to `openSandbox`, with the ports it transferred. */
  opened(command: DirectSandboxCommand, ports: readonly PortLike[]): void
  /** Keeps `count` sandboxes open ahead of need (sandboxSpares.ts): a scenario loaded, its start needs them. */
  prewarm(count: number): void
  /** A new scenario: fresh environments (module state must not leak); older outcomes are dropped. */
  load(loadId: number): void
  /**
   * After each frame: posts the failures held since the last one (the frame that starts their invocation went
   * first), and frees the environments the engine no longer has (retired by an update, docs/semantics.md D15).
   */
  afterFrame(liveEnvironmentIds: readonly number[]): void
}

/**
 * Real milliseconds the main thread has to answer `openSandbox` (it loads the sandbox's script chunk once, then
 * adds an iframe): past it, the invocation crashes with a clear error rather than waiting forever.
 */
export const OPEN_SANDBOX_MS = 15_000

export function createDirectSandbox(deps: DirectSandboxDeps): DirectSandbox {
  let nextSandboxId = 1
  let currentLoad = 0
  const opening = new Map<number, (ports: SandboxPorts | Error) => void>()
  let failures: DirectSandboxReport[] = []
  /** Environment ids this scenario's invocations have used, alive in the executor unless it lost them. */
  const used = new Set<number>()
  /** Invocations running per environment id: a seek can take an environment away while it still runs one. */
  const running = new Map<number, number>()

  /** Spares opened ahead of need (sandboxSpares.ts), the oldest first. */
  const spares: Array<ReturnType<typeof createSpare>> = []

  /** Asks the main thread for an iframe; `answer` gets its ports (`opened`). Null environment: a spare. */
  function openSandbox(
    environmentId: number | null,
    answer: (ports: SandboxPorts | Error) => void,
  ): number {
    const sandboxId = nextSandboxId++
    opening.set(sandboxId, answer)
    deps.post({ type: 'openSandbox', sandboxId, environmentId })
    return sandboxId
  }

  /**
   * Keeps `count` spares. A claimed one is not replaced at once: opening one then would compete with the run
   * it is for; the next scenario's load asks again.
   */
  function prewarm(count: number): void {
    while (spares.length < count) {
      const spare = createSpare(nextSandboxId, createPortTransport)
      openSandbox(null, (ports) => {
        spare.answer(ports)
        // One that could not open (its script did not load) goes: a cold start tries again, as without spares.
        if (ports instanceof Error && spares.includes(spare))
          spares.splice(spares.indexOf(spare), 1)
      })
      spares.push(spare)
    }
    for (const spare of spares.splice(Math.max(0, count))) {
      opening.delete(spare.sandboxId)
      spare.drop()
      deps.post({ type: 'closeSandbox', sandboxId: spare.sandboxId })
    }
  }

  /**
   * The ports of a sandbox for this environment: a spare's if one is there (its cold start is then over or
   * under way), else a new one's. Either way the main thread gets OPEN_SANDBOX_MS from now to answer.
   */
  function portsFor(environmentId: number): {
    sandboxId: number
    ports: Promise<SandboxPorts | Error>
    spare?: Spare
  } {
    const spare = spares.shift()
    if (spare !== undefined) {
      const { sandboxId } = spare
      deps.post({ type: 'claimSandbox', sandboxId, environmentId, started: spare.started() })
      return { sandboxId, ports: spare.ports, spare }
    }
    let answer: (ports: SandboxPorts | Error) => void = () => undefined
    const ports = new Promise<SandboxPorts | Error>((resolve) => (answer = resolve))
    return { sandboxId: openSandbox(environmentId, answer), ports }
  }

  const executor = createEnvironmentExecutor({
    // A seek back and a change hand out ids an environment already passed: it is rebuilt from its past.
    timeline: true,
    openTransport: (environmentId) =>
      new Promise((resolve, reject) => {
        const { sandboxId, ports: opened, spare } = portsFor(environmentId)
        const forLoad = currentLoad
        const timer = setTimeout(() => {
          // Its ports, if they come later, find no one waiting and are closed (`opened`).
          opening.delete(sandboxId)
          deps.post({ type: 'closeSandbox', sandboxId })
          reject(new Error(`the sandbox did not open within ${OPEN_SANDBOX_MS / 1000} s`))
        }, OPEN_SANDBOX_MS)
        void opened.then((ports) => {
          clearTimeout(timer)
          if (ports instanceof Error) return reject(ports)
          const release = () => deps.post({ type: 'closeSandbox', sandboxId })
          const transport = saysWhenStarted(
            spare?.transport(ports, release) ?? createPortTransport(ports, release),
            () => deps.post({ type: 'sandboxStarted', sandboxId }),
          )
          if (forLoad === currentLoad) return resolve(transport)
          // Another scenario was loaded meanwhile: this environment would outlive its run.
          transport.destroy()
          reject(new Error('the scenario was replaced'))
        })
      }),
  })

  function invoke(loadId: number, request: InvokeRequest, ticket: number): void {
    const started = deps.now()
    const { environmentId } = request
    used.add(environmentId)
    running.set(environmentId, (running.get(environmentId) ?? 0) + 1)
    const done = (outcome: InvocationOutcome) => {
      running.set(environmentId, (running.get(environmentId) ?? 1) - 1)
      settled(loadId, request, ticket, outcome, started)
    }
    void executor.invoke(request).then(
      done,
      // The sandbox could not be opened (its script failed to load): the runtime never started.
      (error: unknown) =>
        done({
          kind: 'crashed',
          message: `RequestId: ${request.requestId} Error: Runtime exited with error: ${String(error instanceof Error ? error.message : error)}`,
          logs: [],
        }),
    )
  }

  function settled(
    loadId: number,
    request: InvokeRequest,
    ticket: number,
    outcome: InvocationOutcome,
    started: number,
  ): void {
    // Its iframe's renderer process was killed (docs/sandbox.md, "Memory"): spares it may have hosted too are
    // gone, and one taken later would look like a second kill. They go; a cold start opens a new sandbox.
    if (outcome.kind === 'crashed' && outcome.outOfMemory === true) prewarm(0)
    // A stale answer (another scenario, or a seek and a change made its id name another invocation) is
    // dropped here, failure message included.
    if (loadId !== currentLoad || !deps.expects(request.invocationId, ticket)) return
    if (outcome.kind !== 'returned') {
      const { invocationId } = request
      failures.push({
        type: 'invocationFailed',
        loadId,
        invocationId,
        outcome,
        wallMs: deps.now() - started,
      })
    }
    deps.settle(request.invocationId, outcome, ticket)
  }

  return {
    invoke,
    opened(command, ports) {
      const answer = opening.get(command.sandboxId)
      opening.delete(command.sandboxId)
      const [worker, control] = ports
      if (answer === undefined) {
        // Nobody waits for it any more: free it at once.
        for (const port of ports) port.close()
        deps.post({ type: 'closeSandbox', sandboxId: command.sandboxId })
        return
      }
      if (command.error !== undefined || worker === undefined || control === undefined) {
        answer(new Error(command.error ?? 'the sandbox came without its ports'))
        return
      }
      answer({ worker, control })
    },
    prewarm,
    load(loadId) {
      currentLoad = loadId
      failures = []
      used.clear()
      running.clear()
      void executor.dispose()
    },
    afterFrame(liveEnvironmentIds) {
      for (const failure of failures) deps.post(failure)
      failures = []
      const live = new Set(liveEnvironmentIds)
      for (const id of used) {
        // One still running after a seek took it away ends first (its answer may serve the replay).
        if (live.has(id) || (running.get(id) ?? 0) > 0) continue
        used.delete(id)
        executor.discard(id)
      }
    },
  }
}

/** Calls `started` once, at the worker's first message (`ready`, or a load failure): its cold start is over. */
function saysWhenStarted(transport: SandboxTransport, started: () => void): SandboxTransport {
  return {
    ...transport,
    onWorkerMessage(listener) {
      let first = true
      transport.onWorkerMessage((data) => {
        if (first) started()
        first = false
        listener(data)
      })
    },
  }
}
