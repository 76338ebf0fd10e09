/** Fakes for the runtime's unit tests: a manual animation-frame scheduler and a scriptable worker. */
import type { FrameScheduler } from './clockDriver'
import type { WorkerLike } from './workerLike'

export function createFakeFrames(): FrameScheduler & {
  tick(timestampMs: number): void
  pending(): number
} {
  let callbacks = new Map<number, (ts: number) => void>()
  let nextId = 1
  return {
    request(callback) {
      callbacks.set(nextId, callback)
      return nextId++
    },
    cancel: (id) => void callbacks.delete(id),
    tick(ts) {
      const due = callbacks
      callbacks = new Map()
      for (const callback of due.values()) callback(ts)
    },
    pending: () => callbacks.size,
  }
}

export function createFakeWorker(): WorkerLike & {
  sent: unknown[]
  emit(data: unknown): void
  terminated: boolean
} {
  const worker = {
    sent: [] as unknown[],
    terminated: false,
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    postMessage(message: unknown, transfer?: readonly unknown[]) {
      // What was transferred matters only when something was.
      worker.sent.push(transfer === undefined ? message : { message, transfer })
    },
    terminate() {
      worker.terminated = true
    },
    emit(data: unknown) {
      worker.onmessage?.({ data })
    },
  }
  return worker
}
