/**
 * Worker-thread entry that hosts ONE execution environment (createNodeExecutor spawns one per
 * environment id). A thin adapter: all the logic is in handlerRuntime.ts.
 */
import { parentPort } from 'node:worker_threads'
import type { SandboxReport } from '../protocol/sandboxProtocol'
import { lockdownOnce } from '../sandbox/guest/guestRealm'
import { createHandlerRuntime } from '../sandbox/guest/handlerRuntime'
import { reportMemoryOverrun, serveEnvironment } from '../sandbox/guest/serveEnvironment'
import { checkOnPromiseChurn, createIsolateMemoryProbe } from '../sandbox/host/node/isolateMemory'

const port = parentPort
if (port === null) throw new Error('nodeSandbox.worker.ts must run in a worker thread')

// Captured before any user code runs, so the handler cannot swap the clock the runtime relies on.
const realSetImmediate = setImmediate
const runtime = createHandlerRuntime({
  macrotask: () => new Promise<void>((resolve) => realSetImmediate(resolve)),
  memory: createIsolateMemoryProbe(),
})

// Node reports a promise nobody handled once the microtasks drain, before the next macrotask: Lambda's runtime
// then fails the invocation (docs/semantics.md D20). Listening also keeps the thread alive, as the runtime does.
process.on('unhandledRejection', (reason) => runtime.unhandledRejection(reason))

const post = (report: SandboxReport) => port.postMessage(report)
const handle = serveEnvironment(runtime, post)
port.on('message', handle)
checkOnPromiseChurn(reportMemoryOverrun(runtime, post))

// The host side is set up: freeze the realm before the first request brings user code.
lockdownOnce()
