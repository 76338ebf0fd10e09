/**
 * The untrusted side: ONE execution environment, started from a blob: URL by the opaque-origin
 * iframe (iframeDocument.ts). It talks to the app only over the MessagePort that arrives with its
 * first message; the app validates every report. All the Lambda logic is in handlerRuntime.ts.
 * Bundled to a single script by workerSourcePlugin.ts: it may import only environment-agnostic code.
 */
import { lockdownOnce } from '../sandbox/guest/guestRealm'
import { createHandlerRuntime } from '../sandbox/guest/handlerRuntime'
import { serveEnvironment } from '../sandbox/guest/serveEnvironment'
import { createRejectionTick } from '../sandbox/host/browser/rejectionTick'

const scope = self as unknown as DedicatedWorkerGlobalScope
// Each step also reports the handler's unhandled rejections, as Node would (docs/semantics.md D20).
const runtime = createHandlerRuntime({
  macrotask: createRejectionTick(scope, (reason) => runtime.unhandledRejection(reason)),
})

// The runtime's modules are loaded and its tick captured: freeze the realm before any user code.
lockdownOnce()

function listen(port: MessagePort): void {
  const handle = serveEnvironment(runtime, (report) => port.postMessage(report))
  port.onmessage = (event: MessageEvent<unknown>) => handle(event.data)
}

// Only the first message counts: it carries the port. The handler never sees this scope (its
// compartment's global object is its own), so ignoring later messages is defence in depth.
scope.onmessage = (event: MessageEvent<unknown>) => {
  scope.onmessage = null
  const [port] = event.ports
  if (port !== undefined) listen(port)
}
