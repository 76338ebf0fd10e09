/**
 * Worker-thread entry that hosts ONE execution environment (createNodeExecutor spawns one per
 * environment id). A thin adapter: all the logic is in handlerRuntime.ts.
 */
import { parentPort } from 'node:worker_threads'
import { lockdownOnce } from '../sandbox/guest/guestRealm'
import { createHandlerRuntime } from '../sandbox/guest/handlerRuntime'
import { serveEnvironment } from '../sandbox/guest/serveEnvironment'

const port = parentPort
if (port === null) throw new Error('nodeSandbox.worker.ts must run in a worker thread')

// Captured before any user code runs, so the handler cannot swap the clock the runtime relies on.
const realSetImmediate = setImmediate
const runtime = createHandlerRuntime({
  macrotask: () => new Promise<void>((resolve) => realSetImmediate(resolve)),
})

// The runtime's modules are loaded: freeze the realm before the first request brings user code.
lockdownOnce()

const handle = serveEnvironment(runtime, (report) => port.postMessage(report))
port.on('message', handle)
