/** The runtime as the browser app builds it: real module workers, rAF and the wall clock. */
import { createRuntime } from './createRuntime'
import { createSandboxClient } from './sandboxClient'
import type { Runtime } from './types'
import { browserTimers } from './workerLike'

export function createBrowserRuntime(): Runtime {
  const sandbox = createSandboxClient({
    spawn: () =>
      new Worker(new URL('../workers/sandbox.worker.ts', import.meta.url), { type: 'module' }),
    timers: browserTimers,
  })
  return createRuntime({
    simWorker: new Worker(new URL('../workers/sim.worker.ts', import.meta.url), { type: 'module' }),
    sandbox,
    frames: {
      request: (callback) => requestAnimationFrame(callback),
      cancel: (id) => cancelAnimationFrame(id),
    },
    now: () => performance.now(),
  })
}
