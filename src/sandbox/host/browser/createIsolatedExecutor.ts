/**
 * The browser's `HandlerExecutor`: each execution environment is a Web Worker inside its own
 * opaque-origin iframe (sandboxFrame.ts), reached over transferred MessagePorts. DOM only.
 */
import type { HandlerExecutor } from '../../../engine'
import { createEnvironmentExecutor } from './environmentExecutor'
import type { IsolatedExecutorOptions } from './environmentExecutor'
import type { SandboxTransport } from './isolatedEnvironment'
import { openSandboxFrame } from './sandboxFrame'

export function createIsolatedExecutor(options: IsolatedExecutorOptions = {}): HandlerExecutor {
  return createEnvironmentExecutor({ ...options, openTransport: openFrameTransport })
}

/**
 * The worker's source (sucrase, zod and the runtime: ~300 kB) is its own lazy chunk, fetched on the
 * first invocation rather than with the page.
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
