/**
 * Runs the user's handler in ONE execution environment, on a virtual clock (docs/semantics.md D3–D6):
 * module init once per cold start, module state kept while warm, timers that cost virtual time only,
 * logs and errors shaped as Lambda's Node.js runtime shapes them. Same request → same outcome, byte
 * for byte. Environment-agnostic (no Node or DOM imports): it runs in a Node worker thread now and in
 * a browser Web Worker later; the host only supplies `macrotask()`.
 */
import { isEnvironmentLost, MAX_RESPONSE_BYTES } from '../../engine'
import type { InvocationOutcome, InvokeRequest } from '../../engine'
import { compileHandlerModule } from './compile'
import type { ModuleScope } from './compile'
import { createLogBuffer } from './format'
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../lib/jsonDepth'
import type { LogBuffer } from './format'
import type { GuestRealm } from './guestRealm'
import {
  formatErrorLogLine,
  handlerNotFound,
  responseTooLarge,
  shapeInitError,
  shapeThrown,
  toHandlerError,
  unserializableResponse,
} from './lambdaErrors'
import type { ShapedError } from './lambdaErrors'
import { createLambdaContext } from './lambdaContext'
import { rejectedDuring, rejectionError } from './unhandledRejection'
import type { RuntimeLogLabel } from './unhandledRejection'
import { isOverBudget, outOfMemoryOutcome } from './memoryBudget'
import type { MemoryProbe } from './memoryBudget'
import { createLambdaEnv, createModuleScope } from './moduleScope'
import { createPrng } from './prng'
import { createVirtualTime } from './virtualTime'
import type { VirtualTime } from './virtualTime'

export interface HandlerRuntimeHost {
  /**
   * Resolves after the host's next macrotask (Node: setImmediate; browser: MessageChannel). By then
   * every microtask queued before the call has run, so a still-pending handler is waiting on timers.
   */
  macrotask(): Promise<void>
  /** Measures the environment's memory; checked after every step (docs/semantics.md D14). */
  readonly memory?: MemoryProbe
}

export interface HandlerRuntime {
  /** Runs one invocation; a cold start (or a lost environment) re-runs module init first. */
  invoke(request: InvokeRequest): Promise<InvocationOutcome>
  /**
   * For hosts that can look in between the handler's microtasks: the running invocation's outcome if it is
   * over its memory now (docs/semantics.md D14), else undefined. Its later outcome is then stale.
   */
  checkMemory(): { readonly invocationId: number; readonly outcome: InvocationOutcome } | undefined
  /**
   * The host saw a promise rejected with no handler once its microtasks drained (Node's `unhandledRejection`, a
   * worker's `unhandledrejection` event). Lambda's runtime then fails the invocation and exits (docs/semantics.md
   * D20); the runtime loop reports it at its next step.
   */
  unhandledRejection(reason: unknown): void
}

type HandlerFunction = (event: unknown, context: unknown, callback: unknown) => unknown

interface Environment {
  readonly time: VirtualTime
  readonly module: { exports: unknown }
  readonly scope: ModuleScope
  /** The environment's SES compartment: the handler's module is evaluated in it. */
  readonly realm: GuestRealm
  logs: LogBuffer
  /** Printed in every console line; the string `undefined` during init, as Lambda prints it. */
  requestId: string
  exitCode: number | undefined
  handler: HandlerFunction | undefined
  /** Reasons of promises left rejected since the invocation started; only the first counts. */
  rejections: unknown[]
}

type Settlement =
  | { readonly ok: true; readonly response: unknown }
  | { readonly ok: false; readonly error: ShapedError }

export function createHandlerRuntime(host: HandlerRuntimeHost): HandlerRuntime {
  let environment: Environment | undefined
  let running: { readonly request: InvokeRequest; readonly env: Environment } | undefined

  async function invoke(request: InvokeRequest): Promise<InvocationOutcome> {
    if (request.coldStart || environment === undefined) environment = createEnvironment(request)
    const env = environment
    env.logs = createLogBuffer()
    env.time.setNow(request.startEpochMs)
    env.rejections = []
    running = { request, env }
    let outcome: InvocationOutcome | undefined
    if (env.handler === undefined) {
      outcome = initialize(env, request)
      // A promise the module left rejected fails init: the runtime's listener fires as soon as module code has
      // run, before the first event (docs/semantics.md D20). One host step lets it fire.
      if (outcome === undefined) {
        await host.macrotask()
        outcome = initRejected(env)
      }
    }
    if (outcome === undefined) {
      env.requestId = request.requestId
      outcome = await runInvocation(host, env, request)
    }
    running = undefined
    // Our choice: timers still pending when the invocation ends are dropped. (Lambda would freeze
    // them and maybe run them during a later invocation; dropping keeps each invocation self-contained.)
    env.time.clear()
    env.requestId = 'undefined'
    const lost = isEnvironmentLost(outcome)
    if (lost && environment === env) environment = undefined
    return outcome
  }

  function checkMemory() {
    const current = running
    if (current === undefined || host.memory === undefined) return undefined
    if (!isOverBudget(host.memory, current.request.memoryLimitInMB)) return undefined
    running = undefined
    if (environment === current.env) environment = undefined
    const logs = [...current.env.logs.lines()]
    return {
      invocationId: current.request.invocationId,
      outcome: outOfMemoryOutcome(current.request, logs),
    }
  }

  function unhandledRejection(reason: unknown): void {
    const env = running?.env
    if (env !== undefined && env.rejections.length === 0) env.rejections.push(reason)
  }

  return { invoke, checkMemory, unhandledRejection }
}

function createEnvironment(request: InvokeRequest): Environment {
  const time = createVirtualTime(request.startEpochMs)
  const module = { exports: {} as unknown }
  const env: { -readonly [K in keyof Environment]: Environment[K] } = {
    time,
    module,
    scope: {} as ModuleScope,
    realm: {} as GuestRealm,
    logs: createLogBuffer(),
    requestId: 'undefined',
    exitCode: undefined,
    handler: undefined,
    rejections: [],
  }
  const guest = createModuleScope({
    time,
    module,
    log: { write: (line) => env.logs.write(line), requestId: () => env.requestId },
    random: createPrng(request.environmentSeed),
    env: createLambdaEnv(request),
    onExit: (code) => {
      env.exitCode ??= code
    },
  })
  env.scope = guest.scope
  env.realm = guest.realm
  return env
}

/** Module init (cold start): returns the failure outcome, or undefined once the handler is found. */
function initialize(env: Environment, request: InvokeRequest): InvocationOutcome | undefined {
  env.requestId = 'undefined'
  const compiled = compileHandlerModule(request.code, request.language, env.realm)
  if (!compiled.ok) return initFailure(env, shapeInitError(compiled.error))
  try {
    compiled.factory(env.scope, env.module.exports)
  } catch (error) {
    if (env.exitCode !== undefined) return crashed(env, request)
    return initFailure(env, shapeInitError(error))
  }
  if (env.exitCode !== undefined) return crashed(env, request)
  const exported = findHandler(env.module.exports)
  if (exported === undefined || exported === null) {
    return initFailure(env, handlerNotFound('undefined or not exported'))
  }
  if (typeof exported !== 'function') return initFailure(env, handlerNotFound('not a function'))
  env.handler = exported as HandlerFunction
  return undefined
}

/** Init's outcome when module code left a promise rejected, else undefined (the handler may run). */
function initRejected(env: Environment): InvocationOutcome | undefined {
  if (env.rejections.length === 0) return undefined
  env.handler = undefined
  const { error, label } = rejectionError(env.rejections[0])
  return initFailure(env, error, label)
}

/** `exports.handler`; for `export default` also the default function or its `handler`. */
function findHandler(exports: unknown): unknown {
  if (typeof exports !== 'object' && typeof exports !== 'function') return undefined
  if (exports === null) return undefined
  const named = (exports as { handler?: unknown }).handler
  if (named !== undefined) return named
  const fallback = (exports as { default?: unknown }).default
  if (typeof fallback === 'function') return fallback
  if (typeof fallback === 'object' && fallback !== null)
    return (fallback as { handler?: unknown }).handler
  return undefined
}

function initFailure(
  env: Environment,
  error: ShapedError,
  label: RuntimeLogLabel = 'Uncaught Exception',
): InvocationOutcome {
  env.logs.writeRuntime(formatErrorLogLine('undefined', label, error))
  return {
    kind: 'error',
    error: toHandlerError(error),
    waitedMs: 0,
    logs: [...env.logs.lines()],
    environmentLost: true,
    initFailed: true,
  }
}

async function runInvocation(
  host: HandlerRuntimeHost,
  env: Environment,
  request: InvokeRequest,
): Promise<InvocationOutcome> {
  const handler = env.handler as HandlerFunction
  const startMs = request.startEpochMs
  const budgetMs = request.timeoutMs - request.durationMs
  const waitedMs = () => env.time.now() - startMs
  let settlement: Settlement | undefined
  let viaCallback = false
  const callback = (error?: unknown, response?: unknown) => {
    if (settlement !== undefined) return
    viaCallback = true
    settlement =
      error === undefined || error === null
        ? { ok: true, response }
        : { ok: false, error: shapeThrown(error) }
  }
  const context = createLambdaContext(request, () => Math.max(0, budgetMs - waitedMs()), callback)

  let promiseMode = false
  try {
    const result = handler(request.event, context, callback)
    if (isThenable(result)) {
      promiseMode = true
      Promise.resolve(result).then(
        (response) => {
          settlement ??= { ok: true, response }
        },
        (error: unknown) => {
          settlement ??= { ok: false, error: shapeThrown(error) }
        },
      )
    }
  } catch (error) {
    settlement ??= { ok: false, error: shapeThrown(error) }
  }

  for (;;) {
    await host.macrotask()
    if (env.exitCode !== undefined) return crashed(env, request)
    if (host.memory !== undefined && isOverBudget(host.memory, request.memoryLimitInMB)) {
      return outOfMemoryOutcome(request, [...env.logs.lines()])
    }
    // Lambda's callbackWaitsForEmptyEventLoop: a callback answer waits for pending timers.
    const waitsForLoop =
      viaCallback && context.callbackWaitsForEmptyEventLoop && env.time.hasRefTimers()
    const answer = waitsForLoop ? undefined : settlement
    // A rejection nobody handled ends the runtime; an answer it posted first stands (D20).
    if (env.rejections.length > 0) {
      const posted = answer === undefined ? undefined : finish(env, request, answer, waitedMs())
      return rejectedDuring(env.logs, request.requestId, env.rejections[0], posted, waitedMs())
    }
    if (answer !== undefined) return finish(env, request, answer, waitedMs())
    if (settlement === undefined && !promiseMode && !env.time.hasRefTimers()) {
      // Neither a promise nor a callback: Lambda answers null once the event loop is empty.
      return finish(env, request, { ok: true, response: null }, waitedMs())
    }
    const dueMs = env.time.nextDueMs()
    // A pending promise with nothing left to wake it would hang forever: Lambda times it out.
    if (dueMs === undefined || dueMs - startMs > budgetMs) {
      return { kind: 'timeout', logs: [...env.logs.lines()] }
    }
    try {
      env.time.fireNext()
    } catch (error) {
      if (env.exitCode !== undefined) return crashed(env, request)
      // An exception thrown by a timer is uncaught: Lambda reports it, then the process exits.
      const shaped = shapeThrown(error)
      env.logs.writeRuntime(formatErrorLogLine(request.requestId, 'Uncaught Exception', shaped))
      return {
        kind: 'error',
        error: toHandlerError(shaped),
        waitedMs: waitedMs(),
        logs: [...env.logs.lines()],
        environmentLost: true,
      }
    }
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  )
}

function finish(
  env: Environment,
  request: InvokeRequest,
  settlement: Settlement,
  waitedMs: number,
): InvocationOutcome {
  const result = settlement.ok ? serializeResponse(settlement.response) : settlement
  const logs = env.logs
  // The service refuses it; the runtime logs nothing (docs/semantics.md A12).
  if (result === 'tooLarge')
    return { kind: 'error', error: responseTooLarge(), waitedMs, logs: [...logs.lines()] }
  if (result.ok)
    return { kind: 'returned', response: result.response, waitedMs, logs: [...logs.lines()] }
  logs.writeRuntime(formatErrorLogLine(request.requestId, 'Invoke Error', result.error))
  return { kind: 'error', error: toHandlerError(result.error), waitedMs, logs: [...logs.lines()] }
}

/**
 * The response crosses a JSON boundary in Lambda: hand back exactly what survives it. Its size is the
 * service's business, checked by the engine (docs/semantics.md A12), as Lambda's runtime only posts it.
 */
function serializeResponse(response: unknown): Settlement | 'tooLarge' {
  let json: string
  try {
    json = JSON.stringify(response === undefined ? null : response) ?? 'null'
  } catch {
    return { ok: false, error: unserializableResponse() }
  }
  // Over the limit in characters is over it in bytes: refused without copying it (docs/semantics.md D20).
  if (json.length > MAX_RESPONSE_BYTES) return 'tooLarge'
  if (nestsDeeperThan(json, MAX_JSON_DEPTH)) return { ok: false, error: unserializableResponse() }
  return { ok: true, response: JSON.parse(json) as unknown }
}

function crashed(env: Environment, request: InvokeRequest): InvocationOutcome {
  const reason =
    env.exitCode === 0
      ? 'Runtime exited without providing a reason'
      : `Runtime exited with error: exit status ${env.exitCode}`
  return {
    kind: 'crashed',
    message: `RequestId: ${request.requestId} Error: ${reason}`,
    logs: [...env.logs.lines()],
  }
}
