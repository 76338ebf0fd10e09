/** The main thread's end of the sim worker: typed commands out, typed reports in. */
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import type { WorkerLike } from './workerLike'

export interface SimClient {
  send(command: SimCommand): void
  dispose(): void
}

export function createSimClient(worker: WorkerLike, onReport: (report: SimReport) => void): SimClient {
  worker.onmessage = (event: MessageEvent<SimReport>) => onReport(event.data)
  worker.onerror = (event) =>
    onReport({ type: 'crashed', message: event.message || 'the simulation worker failed' })
  return {
    send: (command) => worker.postMessage(command),
    dispose() {
      worker.onmessage = null
      worker.onerror = null
      worker.terminate()
    },
  }
}
