/**
 * The untrusted side: ONE execution environment, started from a blob: URL by the opaque-origin
 * iframe (iframeDocument.ts). It talks to the app only over the MessagePort that arrives with its
 * first message; the app validates every report. All the Lambda logic is in handlerRuntime.ts.
 * Bundled to a single script by workerSourcePlugin.ts: it may import only environment-agnostic code.
 */
import { createHandlerRuntime } from '../../sandbox/handlerRuntime'
import { parseSandboxRequest, SANDBOX_PROTOCOL_VERSION } from '../../sandbox/protocol'
import type { SandboxReport } from '../../sandbox/protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
// Captured before any user code runs, so the handler cannot swap the macrotask the runtime relies on.
const channel = new MessageChannel()
const waiting: Array<() => void> = []
channel.port1.onmessage = () => waiting.shift()?.()
const tick = channel.port2.postMessage.bind(channel.port2)
const runtime = createHandlerRuntime({
  macrotask: () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve)
      tick(null)
    }),
})

function listen(port: MessagePort): void {
  const post = (report: SandboxReport) => port.postMessage(report)
  // One invocation at a time: an environment never runs two requests at once.
  let queue: Promise<void> = Promise.resolve()
  port.onmessage = (event: MessageEvent<unknown>) => {
    const message = parseSandboxRequest(event.data)
    if (message === undefined) {
      post({ type: 'rejected', reason: 'not a valid SandboxRequest' })
      return
    }
    const { request } = message
    queue = queue.then(async () => {
      const outcome = await runtime.invoke(request)
      post({ type: 'outcome', invocationId: request.invocationId, outcome })
    })
  }
  post({ type: 'ready', version: SANDBOX_PROTOCOL_VERSION })
}

// Only the first message counts: it carries the port; the handler later shares this global scope.
scope.onmessage = (event: MessageEvent<unknown>) => {
  scope.onmessage = null
  const [port] = event.ports
  if (port !== undefined) listen(port)
}
