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
import { createSandboxFrame, openSandboxFrame } from './sandboxFrame'

export function createIsolatedExecutor(options: IsolatedExecutorOptions = {}): HandlerExecutor {
  return createEnvironmentExecutor({ ...options, openTransport: openFrameTransport })
}

/**
 * The worker's source (sucrase, zod and the runtime: ~300 kB) is its own lazy chunk, fetched on the
 * first invocation rather than with the page.
 */
let workerSource: Promise<string> | undefined

function loadWorkerSource(): Promise<string> {
  workerSource ??= import('virtual:isolated-sandbox-worker').then(
    (module) => module.default,
    (error: unknown) => {
      workerSource = undefined // a failed chunk load may succeed on the next cold start
      throw error
    },
  )
  return workerSource
}

async function openFrameTransport(environmentId: number): Promise<SandboxTransport> {
  return openSandboxFrame(await loadWorkerSource(), environmentId)
}

/** The main thread's part of the sim worker's sandboxes: iframes by the worker's sandbox id. */
export interface SandboxFrameHost {
  /** Opens one; resolves with the app's ends of its ports to transfer, or why it could not. */
  open(sandboxId: number, environmentId: number): Promise<SandboxPorts | { error: string }>
  /** Removes one (kills its worker). Unknown ids are ignored. */
  close(sandboxId: number): void
  /** Removes them all, and any still opening (a new scenario, the sim worker gone). */
  closeAll(): void
}

export function createSandboxFrameHost(): SandboxFrameHost {
  const frames = new Map<number, () => void>()
  /** Ids asked to open and not yet opened or closed. */
  const opening = new Set<number>()
  return {
    async open(sandboxId, environmentId) {
      opening.add(sandboxId)
      let source: string
      try {
        source = await loadWorkerSource()
      } catch (error) {
        opening.delete(sandboxId)
        return { error: error instanceof Error ? error.message : String(error) }
      }
      if (!opening.delete(sandboxId)) return { error: 'the sandbox was closed while it opened' }
      const { ports, remove } = createSandboxFrame(source, environmentId)
      frames.set(sandboxId, remove)
      return ports
    },
    close(sandboxId) {
      opening.delete(sandboxId)
      frames.get(sandboxId)?.()
      frames.delete(sandboxId)
    },
    closeAll() {
      opening.clear()
      for (const remove of frames.values()) remove()
      frames.clear()
    },
  }
}
