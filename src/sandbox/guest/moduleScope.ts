/**
 * The names the handler's module sees, and its compartment (guestRealm.ts) whose global object holds
 * them: a console that writes Lambda-style lines, a `process` with Lambda's environment variables,
 * virtual timers and clock, seeded randomness, and the pure globals Lambda code expects. Nothing
 * else of the host is endowed (docs/sandbox.md, "What the guest sees").
 * Environment-agnostic: no Node or DOM imports.
 */
import { missingModuleRequire } from './compile'
import type { ModuleScope } from './compile'
import { formatLogMessage } from './format'
import { createGuestProxy } from './guestProxy'
import { createGuestCompartment } from './guestRealm'
import type { GuestRealm } from './guestRealm'
import { inspect } from './inspect'
import { createSeededCrypto } from './prng'
import { HANDLER_FILE } from './stackTrace'
import type { VirtualTime } from './virtualTime'

/** Where console lines go: the current invocation's log, under its request id. */
export interface LogTarget {
  write(line: string): void
  /** `undefined` during module init, as Lambda prints it. */
  requestId(): string
}

/** Thrown by the fake `process.exit` to stop the handler's code where it stands. */
export class ProcessExit extends Error {
  override readonly name = 'ProcessExit'
  constructor(readonly code: number) {
    super(`process.exit(${code})`)
  }
}

export interface ScopeOptions {
  readonly time: VirtualTime
  readonly log: LogTarget
  readonly random: () => number
  readonly env: Readonly<Record<string, string>>
  /** Called before the ProcessExit is thrown, so a `catch` in user code cannot hide the exit. */
  readonly onExit: (code: number) => void
  readonly module: { exports: unknown }
}

export interface LambdaEnvInput {
  readonly region: string
  readonly functionName: string
  readonly memoryLimitInMB: number
  readonly logGroupName: string
  readonly logStreamName: string
}

/** The environment variables Lambda sets for a Node.js function (credentials left out). */
export function createLambdaEnv(input: LambdaEnvInput): Record<string, string> {
  return {
    AWS_REGION: input.region,
    AWS_DEFAULT_REGION: input.region,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
    AWS_LAMBDA_FUNCTION_NAME: input.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(input.memoryLimitInMB),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: input.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: input.logStreamName,
    LAMBDA_TASK_ROOT: '/var/task',
    LAMBDA_RUNTIME_DIR: '/var/runtime',
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    _HANDLER: 'index.handler',
  }
}

export interface GuestModuleScope {
  readonly scope: ModuleScope
  readonly realm: GuestRealm
}

/**
 * Pure host globals that Lambda code uses and that carry no capability (no I/O, no clock, no
 * messaging). They exist in Node and in browser workers alike, so both sandboxes give the same.
 * Not endowed, so absent as in a bare realm: `fetch`, `WebAssembly`, `SharedArrayBuffer`, `Atomics`,
 * `postMessage`, `self`, and `Buffer` (Node-only: the browser sandbox could not give the same one).
 */
function pureHostGlobals(): Record<string, unknown> {
  return {
    Intl,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    structuredClone,
    atob,
    btoa,
  }
}

export function createModuleScope(options: ScopeOptions): GuestModuleScope {
  const { time, log } = options
  const console = createConsole(log, time)
  const crypto = createSeededCrypto(options.random)
  const math: Math = Object.create(Math, { random: { value: options.random } }) as Math
  const hostQueueMicrotask = queueMicrotask
  // The host's own function stays out of reach; errors for a bad callback are the host's.
  const guestQueueMicrotask = (callback: () => void) => hostQueueMicrotask(callback)
  // Lambda lets a function set its own environment variables; `process` itself is hardened, so
  // `env` is served by a getter of this environment's own, mutable object.
  const env: Record<string, string> = { ...options.env }
  const process = {
    get env() {
      return env
    },
    argv: ['/var/lang/bin/node', '/var/runtime/index.mjs'],
    platform: 'linux',
    arch: 'x64',
    version: 'v20.19.0',
    versions: { node: '20.19.0' },
    pid: 8,
    cwd: () => '/var/task',
    uptime: () => time.performance.now() / 1000,
    hrtime: Object.assign(
      (previous?: [number, number]) => {
        const ns = Math.round(time.performance.now() * 1e6)
        const prev = previous === undefined ? 0 : previous[0] * 1e9 + previous[1]
        const diff = ns - prev
        return [Math.floor(diff / 1e9), diff % 1e9]
      },
      { bigint: () => BigInt(Math.round(time.performance.now() * 1e6)) },
    ),
    nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]) {
      hostQueueMicrotask(() => callback(...args))
    },
    exit(code?: unknown) {
      const exitCode = Number(code ?? 0) | 0
      options.onExit(exitCode)
      throw new ProcessExit(exitCode)
    },
    on: () => process,
    once: () => process,
    off: () => process,
    emitWarning: (warning: unknown) => console.warn(String(warning)),
  }
  const globals = {
    ...pureHostGlobals(),
    process,
    console,
    ...time.timers,
    queueMicrotask: guestQueueMicrotask,
    Date: time.Date,
    performance: time.performance,
    Math: math,
    crypto,
    // Records its proxies' targets, so that logging one prints the target, as Node does (D20).
    Proxy: createGuestProxy(),
  }
  // The guest catches what `process.exit` throws: its class must not be a shared, mutable object.
  harden(ProcessExit)
  // Every endowment is hardened (frozen through its prototypes) before the guest sees it.
  const realm = createGuestCompartment(globals)
  const guestGlobal = realm.globalThis
  // Node's `global` is the global object itself.
  Object.defineProperty(guestGlobal, 'global', {
    value: guestGlobal,
    writable: true,
    configurable: true,
  })
  const scope: ModuleScope = {
    exports: options.module.exports,
    require: harden(missingModuleRequire),
    module: options.module,
    __filename: HANDLER_FILE,
    __dirname: '/var/task',
    ...globals,
    global: guestGlobal,
    globalThis: guestGlobal,
  }
  return { scope, realm }
}

type Level = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE'

function createConsole(log: LogTarget, time: VirtualTime) {
  const write = (level: Level, args: readonly unknown[]) =>
    log.write(`${log.requestId()}\t${level}\t${formatLogMessage(args)}`)
  const counts = new Map<string, number>()
  const timers = new Map<string, number>()
  const elapsed = (label: string) => `${label}: ${time.now() - (timers.get(label) ?? time.now())}ms`
  return {
    log: (...args: unknown[]) => write('INFO', args),
    info: (...args: unknown[]) => write('INFO', args),
    warn: (...args: unknown[]) => write('WARN', args),
    error: (...args: unknown[]) => write('ERROR', args),
    debug: (...args: unknown[]) => write('DEBUG', args),
    trace: (...args: unknown[]) => write('TRACE', args),
    table: (...args: unknown[]) => write('INFO', args),
    group: (...args: unknown[]) => write('INFO', args),
    groupEnd: () => undefined,
    dir: (value: unknown, options?: { depth?: number | null }) =>
      write('INFO', [
        inspect(value, { depth: options?.depth === null ? Infinity : (options?.depth ?? 2) }),
      ]),
    assert(condition: unknown, ...args: unknown[]) {
      if (condition) return
      const [first, ...rest] = args
      write(
        'WARN',
        args.length === 0 ? ['Assertion failed'] : [`Assertion failed: ${String(first)}`, ...rest],
      )
    },
    count(label = 'default') {
      const count = (counts.get(label) ?? 0) + 1
      counts.set(label, count)
      write('INFO', [`${label}: ${count}`])
    },
    countReset: (label = 'default') => counts.delete(label),
    time: (label = 'default') => timers.set(label, time.now()),
    timeLog: (label = 'default', ...args: unknown[]) => write('INFO', [elapsed(label), ...args]),
    timeEnd(label = 'default') {
      write('INFO', [elapsed(label)])
      timers.delete(label)
    },
  }
}
