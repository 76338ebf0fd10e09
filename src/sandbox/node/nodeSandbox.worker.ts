// tsconfig.worker.json (browser workers) also matches `*.worker.ts`; until it excludes
// src/sandbox/node/**, this brings Node's types into that program for this file.
/// <reference types="node" />
/**
 * Worker-thread entry that hosts ONE execution environment (createNodeExecutor spawns one per
 * environment id). A thin adapter: all the logic is in handlerRuntime.ts.
 */
import { parentPort } from 'node:worker_threads'
import { createHandlerRuntime } from '../handlerRuntime'
import { parseSandboxRequest, SANDBOX_PROTOCOL_VERSION } from '../protocol'
import type { SandboxReport } from '../protocol'

const port = parentPort
if (port === null) throw new Error('nodeSandbox.worker.ts must run in a worker thread')

// Captured before any user code runs, so the handler cannot swap the clock the runtime relies on.
const realSetImmediate = setImmediate
const runtime = createHandlerRuntime({
  macrotask: () => new Promise<void>((resolve) => realSetImmediate(resolve)),
})

function post(report: SandboxReport): void {
  port?.postMessage(report)
}

// One invocation at a time: an environment never runs two requests at once.
let queue: Promise<void> = Promise.resolve()

port.on('message', (data: unknown) => {
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
})

post({ type: 'ready', version: SANDBOX_PROTOCOL_VERSION })
