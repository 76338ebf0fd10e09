/** The main thread's end of the sim worker: typed commands out, typed reports in. */
import type { DirectSandboxCommand, DirectSandboxReport } from '../protocol/directSandboxProtocol'
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import type { WorkerLike } from './workerLike'

export interface SimClient {
  send(command: SimCommand | DirectSandboxCommand, transfer?: readonly unknown[]): void
  dispose(): void
}

export function createSimClient(
  worker: WorkerLike,
  onReport: (report: SimReport | DirectSandboxReport) => void,
): SimClient {
  // The sim worker is ours and trusted: its reports are typed by the protocol, not re-validated.
  worker.onmessage = (event) => onReport(event.data as SimReport | DirectSandboxReport)
  worker.onerror = (event) =>
    onReport({ type: 'crashed', message: event.message || 'the simulation worker failed' })
  return {
    send: (command, transfer) => worker.postMessage(command, transfer),
    dispose() {
      worker.onmessage = null
      worker.onerror = null
      worker.terminate()
    },
  }
}
