/**
 * The browser's sandboxes: each execution environment is a Web Worker inside its own opaque-origin iframe
 * (sandboxFrame.ts), reached over transferred MessagePorts. `createIsolatedExecutor` drives them from this
 * thread (the Test button); `createSandboxFrameHost` only opens and removes iframes for the sim worker, which
 * receives the ports and runs the simulation's invocations itself. DOM only.
 */
import type { HandlerExecutor } from '../../../engine'
import { createEnvironmentExecutor } from './environmentExecutor'
import type { IsolatedExecutorOptions } from './environmentExecutor'
import type { SandboxTransport } from './isolatedEnvironment'
import type { SandboxPorts } from './portTransport'
import type { SandboxFrame } from './sandboxFrame'
import type * as SandboxFrameModule from './sandboxFrame'

export function createIsolatedExecutor(options: IsolatedExecutorOptions = {}): HandlerExecutor {
  return createEnvironmentExecutor({ ...options, openTransport: openFrameTransport })
}

/**
 * The worker's source (sucrase, zod and the runtime: ~300 kB) is its own lazy chunk, fetched on the
 * first invocation rather than with the page (or when a scenario's spares open); so is the code that makes
 * the iframes, which nothing needs before.
 */
interface Sandboxes {
  readonly source: string
  readonly frames: typeof SandboxFrameModule
}
let sandboxes: Promise<Sandboxes> | undefined

function loadSandboxes(): Promise<Sandboxes> {
  sandboxes ??= Promise.all([
    import('virtual:isolated-sandbox-worker'),
    import('./sandboxFrame'),
  ]).then(
    ([worker, frames]) => ({ source: worker.default, frames }),
    (error: unknown) => {
      sandboxes = undefined // a failed chunk load may succeed on the next cold start
      throw error
    },
  )
  return sandboxes
}

async function openFrameTransport(environmentId: number): Promise<SandboxTransport> {
  const { source, frames } = await loadSandboxes()
  return frames.openSandboxFrame(source, environmentId)
}

/** The main thread's part of the sim worker's sandboxes: iframes by the worker's sandbox id. */
export interface SandboxFrameHost {
  /**
   * Opens one; resolves with the app's ends of its ports to transfer, or why it could not. A null environment:
   * a spare (src/workers/sandboxSpares.ts), which `closeAll` leaves until an environment claims it.
   */
  open(sandboxId: number, environmentId: number | null): Promise<SandboxPorts | { error: string }>
  /** A spare now serves this environment. */
  claim(sandboxId: number, environmentId: number): void
  /** Removes one (kills its worker). Unknown ids are ignored. */
  close(sandboxId: number): void
  /** Removes them all but the unclaimed spares, and any still opening (a new scenario, a crashed run). */
  closeAll(): void
}

export function createSandboxFrameHost(): SandboxFrameHost {
  const frames = new Map<number, SandboxFrame>()
  /** Ids asked to open and not yet opened or closed. */
  const opening = new Set<number>()
  /** The environment each one serves; null: an unclaimed spare, which no user code has run in. */
  const serving = new Map<number, number | null>()
  const close = (sandboxId: number) => {
    opening.delete(sandboxId)
    serving.delete(sandboxId)
    frames.get(sandboxId)?.remove()
    frames.delete(sandboxId)
  }
  return {
    async open(sandboxId, environmentId) {
      opening.add(sandboxId)
      serving.set(sandboxId, environmentId)
      let loaded: Sandboxes
      try {
        loaded = await loadSandboxes()
      } catch (error) {
        opening.delete(sandboxId)
        serving.delete(sandboxId)
        return { error: error instanceof Error ? error.message : String(error) }
      }
      if (!opening.delete(sandboxId)) return { error: 'the sandbox was closed while it opened' }
      // A spare claimed while its script loaded serves its environment from the start.
      const frame = loaded.frames.createSandboxFrame(loaded.source, serving.get(sandboxId) ?? null)
      frames.set(sandboxId, frame)
      return frame.ports
    },
    claim(sandboxId, environmentId) {
      if (!serving.has(sandboxId)) return
      serving.set(sandboxId, environmentId)
      frames.get(sandboxId)?.serve(environmentId)
    },
    close,
    closeAll() {
      for (const id of [...opening, ...frames.keys()]) if (serving.get(id) !== null) close(id)
    },
  }
}
