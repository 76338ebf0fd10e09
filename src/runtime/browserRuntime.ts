/** The runtime as the browser app builds it: real module workers, rAF and the wall clock. */
import { createRuntime } from './createRuntime'
import { createSandboxClient } from './sandboxClient'
import type { Runtime } from './types'
import type { WorkerLike } from './workerLike'

/** A real Worker seen through the runtime's narrow WorkerLike (its handlers take only what we read). */
function workerLike(worker: Worker): WorkerLike {
  let onmessage: WorkerLike['onmessage'] = null
  let onerror: WorkerLike['onerror'] = null
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    get onmessage() {
      return onmessage
    },
    set onmessage(handler) {
      onmessage = handler
      worker.onmessage = handler && ((event) => handler(event))
    },
    get onerror() {
      return onerror
    },
    set onerror(handler) {
      onerror = handler
      worker.onerror = handler && ((event) => handler(event))
    },
  }
}

export function createBrowserRuntime(): Runtime {
  const sandbox = createSandboxClient({
    spawn: () =>
      workerLike(
        new Worker(new URL('../workers/sandbox.worker.ts', import.meta.url), { type: 'module' }),
      ),
    timers: {
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (id) => window.clearTimeout(id as number),
    },
  })
  return createRuntime({
    simWorker: workerLike(
      new Worker(new URL('../workers/sim.worker.ts', import.meta.url), { type: 'module' }),
    ),
    sandbox,
    frames: {
      request: (callback) => requestAnimationFrame(callback),
      cancel: (id) => cancelAnimationFrame(id),
    },
    now: () => performance.now(),
  })
}
