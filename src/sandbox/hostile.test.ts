/**
 * The hostile-handler suite against the Node sandbox (issue 9; docs/sandbox.md, "Threat model"): every attempt of
 * hostileAttempts.ts runs in a fresh execution environment of the real worker-thread sandbox, and its exact outcome
 * is pinned: it fails inside the handler, or returns only the sandbox's stand-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HandlerExecutor, InvocationOutcome, InvokeRequest } from '../engine'
import { createNodeExecutor } from './host/node/createNodeExecutor'
import { spawnSandboxWorker } from './host/node/sandboxWorker'
import type { SandboxWorker } from './host/node/sandboxWorker'
import { HOSTILE_ATTEMPTS, hostileBatterySource, hostileHandlerSource } from './hostileAttempts'
import { makeRequest } from './testSupport'

/** Memory bounds are the memory work's (branch wip-memory), which pins these attempts' outcomes. */
const MEMORY_ATTEMPTS = ['heap-bomb', 'array-buffer-bomb', 'memory-held-across-warm-invocations']

type Expected =
  | { readonly returned: unknown }
  | { readonly errorType: string; readonly errorMessage: string }
  | { readonly timeout: true }

const notFound = (name: string): Expected => ({
  errorType: 'Error',
  errorMessage: `Cannot find module '${name}'`,
})
const typeError = (errorMessage: string): Expected => ({ errorType: 'TypeError', errorMessage })
/** Function's constructor, reached from any function, after lockdown. */
const TAMED_FUNCTION = typeError('Function.prototype.constructor is not a valid constructor.')

/** Absent globals read as undefined in a compartment: using one is a TypeError, never the host's. */
const EXPECTED: Record<string, Expected> = {
  // `Function` is the compartment's: `process` is the sandbox's stand-in, which has no `binding`.
  'function-constructor-process': typeError('p.binding is not a function'),
  'constructor-chain-process': TAMED_FUNCTION,
  // Module code is strict: `this` in a plain call is undefined.
  'module-this-constructor': typeError(
    "Cannot read properties of undefined (reading 'mainModule')",
  ),
  'eval-dynamic-import': {
    errorType: 'SyntaxError',
    errorMessage: 'Possible import expression rejected at <unknown>:1. (SES_IMPORT_REJECTED)',
  },
  'require-fs-read': notFound('fs'),
  'read-proc-environ': notFound('node:fs'),
  'write-file': notFound('fs'),
  // Only Lambda's own variables.
  'host-environment-variables': { returned: [] },
  'child-process-exec': notFound('child_process'),
  'process-kill-self': typeError('process.kill is not a function'),
  'process-binding': typeError('process.binding is not a function'),
  'new-worker': notFound('worker_threads'),
  'tcp-socket': notFound('net'),
  'fetch-localhost': typeError('fetch is not a function'),
  'xhr-and-websocket': typeError('XMLHttpRequest is not a constructor'),
  'import-scripts': typeError('importScripts is not a function'),
  'stdout-write': typeError("Cannot read properties of undefined (reading 'write')"),
  'fd1-write': notFound('fs'),
  'parent-port-forgery': notFound('worker_threads'),
  'global-post-message-forgery': typeError('globalThis.postMessage is not a function'),
  'worker-self-via-function': typeError(
    "Cannot read properties of undefined (reading 'postMessage')",
  ),
  'async-function-constructor': TAMED_FUNCTION,
  'generator-function-constructor': TAMED_FUNCTION,
  // The compartment's Error.prepareStackTrace ignores assignments: `stack` stays a string.
  'prepare-stack-trace-frames': typeError('fns.find is not a function'),
  // Strict functions have no caller to give.
  'caller-chain': typeError("Cannot read properties of undefined (reading 'constructor')"),
  // A guest's own compartment has even less: no `process` at all.
  'nested-compartment': typeError("Cannot read properties of undefined (reading 'mainModule')"),
  'intrinsic-json-stringify': typeError(
    "Cannot assign to read only property 'stringify' of object '[object JSON]'",
  ),
  'intrinsic-promise-then': typeError(
    "Cannot assign to read only property 'then' of object '[object Promise]'",
  ),
  'object-prototype-pollution': typeError('Cannot add property isAdmin, object is not extensible'),
  webassembly: typeError("Cannot read properties of undefined (reading 'instantiate')"),
  'atomics-wait': typeError("Cannot read properties of undefined (reading 'wait')"),
  // `Function` sees the same virtual clock.
  'real-clock': { returned: 0 },
  'app-storage': typeError("Cannot read properties of undefined (reading 'length')"),
  // The page around the browser sandbox: nothing of it is endowed, in Node as in Chromium.
  'parent-frame': typeError("Cannot read properties of undefined (reading 'document')"),
  'document-cookie': typeError("Cannot read properties of undefined (reading 'cookie')"),
  'cache-storage': typeError("Cannot read properties of undefined (reading 'keys')"),
  'send-beacon': typeError("Cannot read properties of undefined (reading 'sendBeacon')"),
  'event-source': typeError('EventSource is not a constructor'),
  // The wall-clock guard stops it; the worker is terminated (docs/semantics.md D5).
  'busy-loop': { timeout: true },
}

function summarize(outcome: InvocationOutcome): unknown {
  switch (outcome.kind) {
    case 'returned':
      return { returned: outcome.response }
    case 'error':
      return { errorType: outcome.error.errorType, errorMessage: outcome.error.errorMessage }
    case 'timeout':
      return { timeout: true }
    case 'crashed':
      return outcome
  }
}

const attempts = HOSTILE_ATTEMPTS.filter((attempt) => !MEMORY_ATTEMPTS.includes(attempt.id))
const surviving = attempts.filter((attempt) => attempt.endsEnvironment !== true)
const ending = attempts.filter((attempt) => attempt.endsEnvironment === true)

it('every attempt of the shared list has its outcome pinned here (or is a memory attempt)', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(attempts.map((attempt) => attempt.id).sort())
})

/**
 * Attempts that leave the environment alive share one worker thread, each in a cold start: a fresh
 * environment, with its own compartment and globals, as the executor gives a new environment id. Sharing is
 * safe because nothing an attempt can touch outlives its compartment (frozen intrinsics, hardened
 * endowments); one worker instead of ~30 keeps the suite to seconds.
 */
describe('each surviving attempt fails inside the handler, in a fresh environment', () => {
  let worker: SandboxWorker
  let invocationId = 0
  const invoke = (overrides: Partial<InvokeRequest>) =>
    worker.invoke(makeRequest({ invocationId: ++invocationId, coldStart: true, ...overrides }))

  beforeAll(() => {
    worker = spawnSandboxWorker({ guardMs: 5_000, startupMs: 30_000, memorySizeMb: 128 })
  })
  afterAll(() => worker.terminate())

  it.each(surviving.map((attempt) => [attempt.id, attempt] as const))('%s', async (id, attempt) => {
    const outcome = await invoke({ code: hostileHandlerSource(attempt) })
    expect(summarize(outcome)).toEqual(EXPECTED[id])
    expect(worker.isAlive()).toBe(true)
  })

  it('the battery: every surviving attempt in one handler, each blocked or only stand-ins', async () => {
    const outcome = await invoke({ code: hostileBatterySource(HOSTILE_ATTEMPTS) })
    const expected = Object.fromEntries(
      surviving.map(({ id }) => {
        const pinned = EXPECTED[id]
        const text =
          'returned' in pinned
            ? `returned: ${JSON.stringify(pinned.returned)}`
            : `blocked: ${'errorType' in pinned ? `${pinned.errorType}: ${pinned.errorMessage}` : ''}`
        return [id, text]
      }),
    )
    expect(outcome.kind === 'returned' ? outcome.response : outcome).toEqual(expected)
    expect(worker.isAlive()).toBe(true)
  })

  it('after all of them the realm is intact: the next environment runs a plain handler', async () => {
    const code = 'export const handler = async (event) => JSON.stringify({ ok: event.n })'
    const outcome = await invoke({ code, event: { n: 1 } })
    expect(outcome).toEqual({ kind: 'returned', response: '{"ok":1}', waitedMs: 0, logs: [] })
  })
})

describe('attempts that end the environment, through the executor', () => {
  let executor: HandlerExecutor
  beforeAll(() => {
    executor = createNodeExecutor({ guardMs: 300 })
  })
  afterAll(() => executor.dispose())

  it.each(ending.map((attempt) => [attempt.id, attempt] as const))('%s', async (id, attempt) => {
    const outcome = await executor.invoke(makeRequest({ code: hostileHandlerSource(attempt) }))
    expect(summarize(outcome)).toEqual(EXPECTED[id])
    const next = await executor.invoke(
      makeRequest({ code: 'export const handler = async () => 1', invocationId: 2 }),
    )
    expect(next).toEqual({ kind: 'returned', response: 1, waitedMs: 0, logs: [] })
  })
})
