/**
 * Sandboxes opened before any invocation needs one (issue 11, performance): a sandbox's cold start takes real
 * seconds (the main thread loads the worker's ~300 kB chunk, adds an iframe, its worker compiles the runtime),
 * and at ×10 the first wall second was lost waiting for it. The sim worker opens a few spares as soon as a
 * scenario loads, and an execution environment's cold start takes one. This is wall-clock plumbing only: a
 * spare has run no user code (its worker loaded the runtime and said `ready`), so it is exactly the sandbox a
 * cold start would open; the simulated cold start (Init Duration, the environments' state) is the engine's and
 * does not change. Spares outlive a scenario change (nothing of a scenario is in them), so typing in the
 * handler editor does not churn iframes.
 */
import type { PortLike, SandboxPorts } from '../sandbox/host/browser/portTransport'
import type { SandboxTransport } from '../sandbox/host/browser/isolatedEnvironment'

/** At most this many spares wait at once: each is an iframe (often a renderer process) and a worker. */
export const MAX_SPARES = 4

/** One spare: opening (no ports yet) or open, with what its sandbox said before it was claimed. */
export interface Spare {
  readonly sandboxId: number
  /** Resolves with its ports once the main thread opened it, or why it could not. */
  readonly ports: Promise<SandboxPorts | Error>
  /** Whether its worker has spoken (`ready`, or why it did not load): its cold start is over. */
  started(): boolean
  /** The transport over its ports: its listeners first get what the sandbox said before the claim. */
  transport(ports: SandboxPorts, release: () => void): SandboxTransport
  /** Frees it unclaimed (its ports, if any; the caller asks the main thread to remove the iframe). */
  drop(): void
}

/**
 * A spare whose ports arrive through `answer`: from then on its sandbox's messages are kept (a MessagePort
 * holds nothing for a listener set later once one is set, so one is set at once) until the claim replays them.
 */
export function createSpare(
  sandboxId: number,
  makeTransport: (ports: SandboxPorts, release: () => void) => SandboxTransport,
): Spare & { answer(ports: SandboxPorts | Error): void } {
  let answer: (ports: SandboxPorts | Error) => void = () => undefined
  const ports = new Promise<SandboxPorts | Error>((resolve) => (answer = resolve))
  const heard: { worker: unknown[]; control: unknown[] } = { worker: [], control: [] }
  let open: SandboxPorts | undefined
  let claimed = false
  const keep = (port: PortLike, into: unknown[]) => {
    port.onmessage = (event: { readonly data: unknown }) => into.push(event.data)
    port.onmessageerror = () => into.push(undefined)
  }
  return {
    sandboxId,
    ports,
    answer(result) {
      if (!(result instanceof Error) && !claimed) {
        open = result
        keep(result.worker, heard.worker)
        keep(result.control, heard.control)
      }
      answer(result)
    },
    started: () => heard.worker.length > 0,
    transport(portsNow, release) {
      claimed = true
      const inner = makeTransport(portsNow, release)
      const replay = (said: unknown[], listener: (data: unknown) => void) => {
        for (const data of said.splice(0)) listener(data)
      }
      return {
        ...inner,
        onWorkerMessage(listener) {
          inner.onWorkerMessage(listener)
          replay(heard.worker, listener)
        },
        onControlMessage(listener) {
          inner.onControlMessage(listener)
          replay(heard.control, listener)
        },
      }
    },
    drop() {
      claimed = true
      open?.worker.close()
      open?.control.close()
    },
  }
}

/** How many spares a scenario's start needs: one per environment its shards can keep busy at once. */
export function sparesFor(
  shards: number,
  mapping: { description: Record<string, unknown> },
): number {
  const factor = Number(mapping.description.ParallelizationFactor)
  return Math.min(MAX_SPARES, shards * (Number.isInteger(factor) && factor > 0 ? factor : 1))
}
