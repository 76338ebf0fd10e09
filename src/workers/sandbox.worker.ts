/**
 * Browser Web Worker hosting ONE execution environment (sandboxClient spawns one per environment id).
 * A thin adapter like src/sandbox/node/nodeSandbox.worker.ts: all the logic is in handlerRuntime.ts.
 * It imports nothing from the engine; the main thread validates everything it posts.
 */
import { createHandlerRuntime } from '../sandbox/handlerRuntime'
import { parseSandboxRequest, SANDBOX_PROTOCOL_VERSION } from '../sandbox/protocol'
import type { SandboxReport } from '../sandbox/protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
// Captured before any user code runs, so the handler cannot swap the macrotask the runtime relies on.
const channel = new MessageChannel()
const waiting: Array<() => void> = []
channel.port1.onmessage = () => waiting.shift()?.()
const runtime = createHandlerRuntime({
  macrotask: () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve)
      channel.port2.postMessage(null)
    }),
})

function post(report: SandboxReport): void {
  scope.postMessage(report)
}

// One invocation at a time: an environment never runs two requests at once.
let queue: Promise<void> = Promise.resolve()

scope.onmessage = (event: MessageEvent<unknown>) => {
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
