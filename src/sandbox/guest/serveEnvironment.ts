/**
 * The untrusted side of one execution environment, whatever carries its messages (a Node worker thread, a
 * browser worker inside the sandboxed iframe): validates each request, runs one invocation at a time, and
 * reports outcomes. Environment-agnostic.
 */
import type { createHandlerRuntime } from './handlerRuntime'
import { parseSandboxRequest, SANDBOX_PROTOCOL_VERSION } from '../../protocol/sandboxProtocol'
import type { SandboxReport } from '../../protocol/sandboxProtocol'

type HandlerRuntime = ReturnType<typeof createHandlerRuntime>

/** Announces readiness through `post` and returns the handler for incoming messages. */
export function serveEnvironment(
  runtime: HandlerRuntime,
  post: (report: SandboxReport) => void,
): (data: unknown) => void {
  // One invocation at a time: an environment never runs two requests at once.
  let queue: Promise<void> = Promise.resolve()
  post({ type: 'ready', version: SANDBOX_PROTOCOL_VERSION })
  return (data) => {
    const message = parseSandboxRequest(data)
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
}

/**
 * Reports the running invocation as killed when it is over its memory (docs/semantics.md D14). For hosts that
 * can call it between the handler's microtasks, which the runtime's own check between macrotasks never sees.
 */
export function reportMemoryOverrun(
  runtime: HandlerRuntime,
  post: (report: SandboxReport) => void,
): () => void {
  return () => {
    const killed = runtime.checkMemory()
    if (killed !== undefined) post({ type: 'outcome', ...killed })
  }
}
