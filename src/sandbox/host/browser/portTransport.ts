/**
 * A `SandboxTransport` over the app's ends of the two MessagePorts into one sandbox iframe: the worker's
 * and the iframe's control port. DOM-free: the main thread uses it for the Test button, and the sim worker,
 * which receives the ports from the main thread, runs the simulation's invocations over it directly
 * (src/workers/directSandbox.ts). Freeing what hosts the worker (the iframe, on the main thread) is `release`.
 */
import type { SandboxTransport } from './isolatedEnvironment'

/**
 * What the transport uses of a MessagePort, typed without the DOM so the Node tests compile it. The handlers'
 * event is `never` here because the DOM's and Node's event types differ; both events carry `data`.
 */
export interface PortLike {
  postMessage(message: unknown): void
  close(): void
  onmessage: ((event: never) => void) | null
  onmessageerror: ((event: never) => void) | null
}

/** The app's ends of one sandbox's channels, in this order wherever they are transferred. */
export interface SandboxPorts {
  readonly worker: PortLike
  readonly control: PortLike
}

export function createPortTransport(ports: SandboxPorts, release: () => void): SandboxTransport {
  const { worker, control } = ports
  let destroyed = false
  return {
    send: (message) => worker.postMessage(message),
    sendControl: (message) => control.postMessage(message),
    onWorkerMessage(listener) {
      worker.onmessage = (event: { readonly data: unknown }) => listener(event.data)
      worker.onmessageerror = () => listener(undefined)
    },
    onControlMessage(listener) {
      control.onmessage = (event: { readonly data: unknown }) => listener(event.data)
      control.onmessageerror = () => listener(undefined)
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      worker.close()
      control.close()
      release()
    },
  }
}
