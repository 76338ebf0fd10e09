/**
 * The hostile-handler suite (docs/sandbox.md, "Threat model"): what a stranger's handler tries in order to reach
 * the host. Each attempt is the body of an async handler; it must fail INSIDE the handler (a thrown error, or
 * only the sandbox's own stand-ins in what it returns), and the run must go on with an intact report. The same list
 * runs against the Node worker sandbox (hostile.test.ts) and the browser sandbox in Chromium
 * (e2e/hostile-handlers.spec.ts), each of which pins the exact outcome its sandbox gives.
 */

/** What the attempt goes after; the threat model's assets. */
export type HostileTarget =
  | 'files'
  | 'environment'
  | 'processes'
  | 'network'
  | 'output'
  | 'messages'
  | 'realm'
  | 'intrinsics'
  | 'clock'
  | 'storage'
  | 'memory'
  | 'cpu'

export interface HostileAttempt {
  /** Stable id, used as the test title and in the battery's result object. */
  readonly id: string
  readonly target: HostileTarget
  /** Body of `async (event, context) => { … }`; it may `return` what it obtained. */
  readonly body: string
  /** Module-scope code placed before the handler, for attempts that need the module's own scope. */
  readonly moduleScope?: string
  /** Ends the execution environment (out of memory, runaway CPU): run alone, never in the battery. */
  readonly endsEnvironment?: boolean
}

const reachProcess = "Function('return process')()"

export const HOSTILE_ATTEMPTS: readonly HostileAttempt[] = [
  // The three escapes reported against the first headless runner.
  {
    id: 'function-constructor-process',
    target: 'processes',
    body: `const p = ${reachProcess}; return p.binding('spawn_sync')`,
  },
  {
    id: 'constructor-chain-process',
    target: 'processes',
    body: "return ({}).constructor.constructor('return process')().mainModule.require('child_process')",
  },
  {
    id: 'module-this-constructor',
    target: 'realm',
    moduleScope:
      "const leaked = (function () { return this })()?.constructor?.constructor('return process')()",
    body: "return leaked.mainModule.require('fs').readFileSync('/etc/hostname', 'utf8')",
  },
  {
    id: 'eval-dynamic-import',
    target: 'files',
    body: "const fs = await eval('import(\"node:fs\")'); return fs.readFileSync('/etc/hostname', 'utf8')",
  },
  // Files, environment, processes.
  {
    id: 'require-fs-read',
    target: 'files',
    body: "return require('fs').readFileSync('/etc/hostname', 'utf8')",
  },
  {
    id: 'read-proc-environ',
    target: 'environment',
    body: "return require('node:fs').readFileSync('/proc/self/environ', 'latin1')",
  },
  {
    id: 'write-file',
    target: 'files',
    body: "require('fs').writeFileSync('/tmp/hostile-handler-was-here', 'x'); return 'wrote'",
  },
  {
    id: 'host-environment-variables',
    target: 'environment',
    body: 'return Object.keys(process.env).filter((name) => !/^(AWS_|_HANDLER|_X_AMZN|LAMBDA_|TZ$|LANG$|PATH$|LD_LIBRARY_PATH$|NODE_PATH$)/.test(name))',
  },
  {
    id: 'child-process-exec',
    target: 'processes',
    body: "return String(require('child_process').execSync('id -un; hostname'))",
  },
  {
    id: 'process-kill-self',
    target: 'processes',
    body: "process.kill(process.pid, 'SIGKILL'); return 'still here'",
  },
  {
    id: 'process-binding',
    target: 'processes',
    body: "return typeof process.binding('spawn_sync').spawn",
  },
  {
    id: 'new-worker',
    target: 'processes',
    body: "const { Worker } = require('worker_threads'); new Worker('process.exit(9)', { eval: true }); return 'spawned'",
  },
  // Network.
  {
    id: 'tcp-socket',
    target: 'network',
    body: "const net = require('net'); return await new Promise((resolve) => { const s = net.connect(9, '127.0.0.1'); s.on('error', (e) => resolve('reached the network: ' + e.code)); s.on('connect', () => resolve('connected')) })",
  },
  {
    id: 'fetch-localhost',
    target: 'network',
    body: "await fetch('http://127.0.0.1:9/'); return 'fetched'",
  },
  {
    id: 'xhr-and-websocket',
    target: 'network',
    body: "new XMLHttpRequest(); new WebSocket('ws://127.0.0.1:9/'); return 'opened'",
  },
  {
    id: 'import-scripts',
    target: 'network',
    body: "importScripts('http://127.0.0.1:9/x.js'); return 'loaded'",
  },
  // The runner's output and its message channels.
  {
    id: 'stdout-write',
    target: 'output',
    body: "process.stdout.write('{\"forged\":true}\\n'); return 'wrote'",
  },
  {
    id: 'fd1-write',
    target: 'output',
    body: "require('fs').writeSync(1, '{\"forged\":true}\\n'); return 'wrote'",
  },
  {
    id: 'parent-port-forgery',
    target: 'messages',
    body: "require('worker_threads').parentPort.postMessage({ type: 'rejected' }); return 'forged'",
  },
  {
    id: 'global-post-message-forgery',
    target: 'messages',
    body: "globalThis.postMessage({ type: 'rejected' }); return 'forged'",
  },
  {
    id: 'worker-self-via-function',
    target: 'realm',
    body: "const host = Function('return self')(); host.postMessage({ type: 'rejected' }); return 'forged'",
  },
  // The realm: constructors that evaluate code, stack-trace hooks, the runtime's own intrinsics.
  {
    id: 'async-function-constructor',
    target: 'realm',
    body: "const AsyncFunction = (async () => {}).constructor; return (await AsyncFunction('return process')()).mainModule.require('fs')",
  },
  {
    id: 'generator-function-constructor',
    target: 'realm',
    body: "const Gen = function* () {}.constructor; return Gen('yield process')().next().value.mainModule.require('fs')",
  },
  {
    id: 'prepare-stack-trace-frames',
    target: 'realm',
    body: 'Error.prepareStackTrace = (_, frames) => frames.map((f) => f.getFunction()); const fns = new Error().stack; Error.prepareStackTrace = undefined; const host = fns.find((f) => typeof f === "function"); return host.constructor("return process")().mainModule.require("fs")',
  },
  {
    id: 'caller-chain',
    target: 'realm',
    body: 'function probe() { return probe.caller } return probe().constructor("return process")().mainModule.require("fs")',
  },
  {
    // SES gives every compartment a `Compartment` constructor: a new one must not start from the host's globals.
    id: 'nested-compartment',
    target: 'realm',
    body: "return new Compartment({ __options__: true, globals: {} }).evaluate('globalThis.process ?? Function(\"return process\")()').mainModule.require('fs')",
  },
  {
    id: 'intrinsic-json-stringify',
    target: 'intrinsics',
    body: 'JSON.stringify = () => \'{"forged":true}\'; return "tampered"',
  },
  {
    id: 'intrinsic-promise-then',
    target: 'intrinsics',
    body: "Promise.prototype.then = function () { return 'forged' }; return 'tampered'",
  },
  {
    id: 'object-prototype-pollution',
    target: 'intrinsics',
    body: "Object.prototype.isAdmin = true; return 'polluted'",
  },
  {
    id: 'webassembly',
    target: 'realm',
    body: "await WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return 'wasm'",
  },
  {
    id: 'atomics-wait',
    target: 'cpu',
    body: "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10000); return 'blocked'",
  },
  {
    id: 'real-clock',
    target: 'clock',
    body: "return Function('return Date.now()')() - Date.now()",
  },
  // The page's storage (browser).
  {
    id: 'app-storage',
    target: 'storage',
    body: "return [localStorage.length, indexedDB.open('x'), caches.keys()]",
  },
  // The page around the sandbox (browser): its frames, cookies, caches, and the requests a worker may still make.
  {
    id: 'parent-frame',
    target: 'storage',
    body: 'return [parent.document.cookie, top.location.href]',
  },
  {
    id: 'document-cookie',
    target: 'storage',
    body: 'return document.cookie',
  },
  {
    id: 'cache-storage',
    target: 'storage',
    body: 'return await caches.keys()',
  },
  {
    id: 'send-beacon',
    target: 'network',
    body: "return navigator.sendBeacon('http://127.0.0.1:9/beacon', 'stolen')",
  },
  {
    id: 'event-source',
    target: 'network',
    body: "new EventSource('http://127.0.0.1:9/events'); return 'opened'",
  },
  // Resources: runaway CPU and memory end the environment, never the runner or the tab.
  {
    id: 'busy-loop',
    target: 'cpu',
    endsEnvironment: true,
    body: 'while (true) {}',
  },
  {
    id: 'heap-bomb',
    target: 'memory',
    endsEnvironment: true,
    body: "const hoard = []; while (true) hoard.push(new Array(1e6).fill('x'))",
  },
  {
    id: 'array-buffer-bomb',
    target: 'memory',
    endsEnvironment: true,
    body: 'const hoard = []; for (let i = 0; i < 4096; i++) { hoard.push(new Uint8Array(64 * 1024 * 1024)); await null } return hoard.length',
  },
  {
    id: 'memory-held-across-warm-invocations',
    target: 'memory',
    endsEnvironment: true,
    moduleScope: 'const hoard = []',
    body: 'for (let i = 0; i < 8; i++) hoard.push(new Uint8Array(32 * 1024 * 1024).fill(1)); return hoard.length',
  },
]

/** One attempt as a complete handler module (JavaScript, ES module syntax, as users write). */
export function hostileHandlerSource(attempt: HostileAttempt): string {
  const scope = attempt.moduleScope === undefined ? '' : `${attempt.moduleScope}\n`
  return `${scope}export const handler = async (event, context) => {\n${attempt.body}\n}\n`
}

/**
 * Every attempt that leaves the environment alive, in one handler: each runs inside its own try/catch and the
 * handler returns `{ [id]: 'blocked: <error>' | 'returned: <JSON>' }`, so one invocation shows them all.
 */
export function hostileBatterySource(attempts: readonly HostileAttempt[]): string {
  const survivors = attempts.filter((a) => a.endsEnvironment !== true)
  const scopes = survivors.flatMap((a) => (a.moduleScope === undefined ? [] : [a.moduleScope]))
  const calls = survivors.map(
    (a) => `  results[${JSON.stringify(a.id)}] = await attempt(async () => {\n${a.body}\n})`,
  )
  return [
    ...scopes,
    'const describe = (value) => { try { return JSON.stringify(value) ?? String(value) } catch { return String(value) } }',
    "const attempt = async (run) => { try { return 'returned: ' + describe(await run()) } catch (error) { return 'blocked: ' + String(error) } }",
    'export const handler = async (event, context) => {',
    '  const results = {}',
    ...calls,
    '  return results',
    '}',
    '',
  ].join('\n')
}
