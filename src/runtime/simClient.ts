/** The main thread's end of the sim worker: typed commands out, typed reports in. */
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import type { WorkerLike } from './workerLike'

export interface SimClient {
  send(command: SimCommand): void
  dispose(): void
}

export function createSimClient(
  worker: WorkerLike,
  onReport: (report: SimReport) => void,
): SimClient {
  // The sim worker is ours and trusted: its reports are typed by the protocol, not re-validated.
  worker.onmessage = (event) => onReport(event.data as SimReport)
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
