/** The runtime as the browser app builds it: real module workers, rAF and the wall clock. */
import { createRuntime } from './createRuntime'
import { createIsolatedExecutor, createSandboxFrameHost } from '../sandbox/host/browser'
import type { Runtime } from './types'
import type { WorkerLike } from './workerLike'

/** A real Worker seen through the runtime's narrow WorkerLike (its handlers take only what we read). */
function workerLike(worker: Worker): WorkerLike {
  let onmessage: WorkerLike['onmessage'] = null
  let onerror: WorkerLike['onerror'] = null
  return {
    postMessage: (message, transfer = []) =>
      worker.postMessage(message, transfer as Transferable[]),
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
  return createRuntime({
    simWorker: workerLike(
      new Worker(new URL('../workers/sim.worker.ts', import.meta.url), { type: 'module' }),
    ),
    // Each execution environment: a worker inside an opaque-origin, no-network iframe. The sim worker
    // drives the simulation's own through the frame host; the Test button's run from here.
    sandbox: createIsolatedExecutor(),
    sandboxFrames: createSandboxFrameHost(),
    frames: {
      request: (callback) => requestAnimationFrame(callback),
      cancel: (id) => cancelAnimationFrame(id),
    },
  })
}
