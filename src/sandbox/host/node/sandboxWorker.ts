/**
 * One worker thread running src/workers/nodeSandbox.worker.ts: ../environmentHost.ts over `worker_threads`,
 * turning the thread's death into Lambda's `Runtime.ExitError` message. Node only.
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { InvocationOutcome, InvokeRequest } from '../../../engine'
import { createEnvironmentHost, NO_REASON } from '../environmentHost'
import type { EnvironmentHostOptions } from '../environmentHost'

export interface SandboxWorkerOptions extends EnvironmentHostOptions {
  readonly maxHeapMb: number
}

export interface SandboxWorker {
  invoke(request: InvokeRequest): Promise<InvocationOutcome>
  terminate(): Promise<void>
  /** False once the thread has exited or was terminated. */
  isAlive(): boolean
}

const WORKER_FILE = fileURLToPath(
  new URL('../../../workers/nodeSandbox.worker.ts', import.meta.url),
)
const requireFromHere = createRequire(import.meta.url)
const TSX_CJS_API = requireFromHere.resolve('tsx/cjs/api')

/** Plain JavaScript packages the worker imports: loaded before tsx's hook, which would slow them. */
const PRELOADED = ['ses', 'sucrase', 'zod'].map((name) => requireFromHere.resolve(name))

/**
 * The worker is TypeScript. Node 20 does not apply `--import tsx` (module.register hooks) inside
 * worker threads, so the thread starts from a short script that loads the plain JavaScript
 * dependencies, registers tsx's CommonJS hook and then requires the worker file. Absolute paths
 * make it work from any directory, under `tsx` (CLI) and under Vitest alike.
 */
const BOOTSTRAP = `${PRELOADED.map((file) => `require(${JSON.stringify(file)})`).join('\n')}
require(${JSON.stringify(TSX_CJS_API)}).register()
require(${JSON.stringify(WORKER_FILE)})`

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
  const host = createEnvironmentHost(
    {
      send: (message) => worker.postMessage(message),
      destroy: () => void worker.terminate(),
    },
    options,
  )

  worker.on('message', (data: unknown) => host.receive(data))
  worker.on('error', (error: Error & { code?: string }) => {
    // Lambda reports a function that runs out of memory as killed by a signal.
    host.die(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? 'Runtime exited with error: signal: killed'
        : 'Runtime exited with error: exit status 1',
    )
  })
  worker.on('exit', (code: number) => {
    host.die(code === 0 ? NO_REASON : `Runtime exited with error: exit status ${code}`)
  })

  async function terminate(): Promise<void> {
    host.die(NO_REASON)
    // Resolves once the thread has exited, whoever started the kill.
    await worker.terminate()
  }

  return { invoke: (request) => host.invoke(request), terminate, isAlive: () => host.isAlive() }
}
