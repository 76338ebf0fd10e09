/**
 * The handler's clock: timers, `Date` and `performance` that read virtual time, so awaiting a 5 s
 * `setTimeout` costs 5,000 virtual ms and no wall time (docs/semantics.md D4). The runtime advances the
 * clock to the earliest timer only when the handler has nothing else to do.
 * Environment-agnostic: no Node or DOM imports.
 */
import { inspect } from './inspect'

/** Node clamps delays outside [1, 2^31 - 1] to 1 ms (`setTimeout(f, 0)` waits 1 ms). */
const TIMEOUT_MAX = 2 ** 31 - 1

type Callback = (...args: unknown[]) => unknown

interface Timer {
  readonly id: number
  readonly handle: TimerHandle
  readonly callback: Callback
  readonly args: readonly unknown[]
  /** Delay in ms; `undefined` for setImmediate. */
  readonly delayMs: number | undefined
  readonly repeat: boolean
  dueMs: number
  seq: number
  ref: boolean
}

/** What `setTimeout` returns: a Node-like Timeout that also converts to its numeric id. */
export interface TimerHandle {
  ref(): TimerHandle
  unref(): TimerHandle
  hasRef(): boolean
  refresh(): TimerHandle
  close(): TimerHandle
  [Symbol.toPrimitive](): number
}

export interface SandboxTimerApi {
  setTimeout(callback: unknown, delay?: unknown, ...args: unknown[]): TimerHandle
  setInterval(callback: unknown, delay?: unknown, ...args: unknown[]): TimerHandle
  setImmediate(callback: unknown, ...args: unknown[]): TimerHandle
  clearTimeout(handle: unknown): void
  clearInterval(handle: unknown): void
  clearImmediate(handle: unknown): void
}

export interface VirtualTime {
  /** Virtual epoch ms. */
  now(): number
  /** Sets the clock (the start of an invocation). */
  setNow(epochMs: number): void
  /** Due time of the earliest pending timer, or undefined. */
  nextDueMs(): number | undefined
  /** Advances the clock to the earliest timer and runs it; its exceptions propagate. */
  fireNext(): void
  /** True while a referenced timer is pending (what keeps Node's event loop alive). */
  hasRefTimers(): boolean
  /** Drops every pending timer. */
  clear(): void
  readonly timers: SandboxTimerApi
  readonly Date: DateConstructor
  readonly performance: { now(): number; readonly timeOrigin: number; toJSON(): object }
}

export function createVirtualTime(originEpochMs: number): VirtualTime {
  let nowMs = originEpochMs
  let nextId = 1
  let nextSeq = 1
  const pending = new Map<number, Timer>()

  function schedule(timer: Timer): void {
    timer.dueMs = nowMs + (timer.delayMs ?? 0)
    timer.seq = nextSeq++
    pending.set(timer.id, timer)
  }

  function create(callback: unknown, delay: unknown, args: unknown[], kind: string): TimerHandle {
    if (typeof callback !== 'function') {
      const error = new TypeError(
        `The "callback" argument must be of type function. Received ${describe(callback)}`,
      )
      Object.assign(error, { code: 'ERR_INVALID_ARG_TYPE' })
      throw error
    }
    const id = nextId++
    let delayMs: number | undefined
    if (kind !== 'immediate') {
      const after = Number(delay)
      delayMs = after >= 1 && after <= TIMEOUT_MAX ? Math.trunc(after) : 1
    }
    const handle: TimerHandle = {
      ref() {
        timer.ref = true
        return handle
      },
      unref() {
        timer.ref = false
        return handle
      },
      hasRef: () => timer.ref,
      refresh() {
        // Node re-arms a timer on refresh(), even one that already fired, unless it was cleared.
        if (!cleared.has(id)) schedule(timer)
        return handle
      },
      close() {
        cancel(id)
        return handle
      },
      [Symbol.toPrimitive]: () => id,
    }
    const timer: Timer = {
      id,
      handle,
      callback: callback as Callback,
      args,
      delayMs,
      repeat: kind === 'interval',
      dueMs: 0,
      seq: 0,
      ref: true,
    }
    schedule(timer)
    return handle
  }

  const cleared = new Set<number>()
  function cancel(id: number): void {
    cleared.add(id)
    pending.delete(id)
  }
  function clear(handle: unknown): void {
    if (typeof handle === 'number') cancel(handle)
    else if (typeof handle === 'object' && handle !== null && Symbol.toPrimitive in handle) {
      cancel(Number(handle))
    }
  }

  function earliest(): Timer | undefined {
    let best: Timer | undefined
    for (const timer of pending.values()) {
      if (
        best === undefined ||
        timer.dueMs < best.dueMs ||
        (timer.dueMs === best.dueMs && timer.seq < best.seq)
      ) {
        best = timer
      }
    }
    return best
  }

  const timers: SandboxTimerApi = {
    setTimeout: (callback, delay, ...args) => create(callback, delay, args, 'timeout'),
    setInterval: (callback, delay, ...args) => create(callback, delay, args, 'interval'),
    setImmediate: (callback, ...args) => create(callback, 0, args, 'immediate'),
    clearTimeout: clear,
    clearInterval: clear,
    clearImmediate: clear,
  }

  const VirtualDate = createVirtualDate(() => nowMs)

  return {
    now: () => nowMs,
    setNow(epochMs) {
      nowMs = epochMs
    },
    nextDueMs: () => earliest()?.dueMs,
    fireNext() {
      const timer = earliest()
      if (timer === undefined) return
      pending.delete(timer.id)
      nowMs = Math.max(nowMs, timer.dueMs)
      try {
        timer.callback.apply(timer.handle, [...timer.args])
      } finally {
        if (timer.repeat && !cleared.has(timer.id) && !pending.has(timer.id)) schedule(timer)
      }
    },
    hasRefTimers() {
      for (const timer of pending.values()) if (timer.ref) return true
      return false
    },
    clear() {
      for (const id of pending.keys()) cleared.add(id)
      pending.clear()
    },
    timers,
    Date: VirtualDate,
    performance: {
      // Milliseconds since the environment started, like a fresh Node process's performance.now().
      now: () => nowMs - originEpochMs,
      timeOrigin: originEpochMs,
      toJSON: () => ({ timeOrigin: originEpochMs }),
    },
  }
}

/**
 * `Date` on the virtual clock: `new Date()`, `Date()` and `Date.now()` read it; everything else is
 * the real `Date` (same prototype, so `instanceof Date` and subclasses work). A function of its own,
 * not a Proxy: after lockdown the real `Date` is frozen, and a Proxy may not report a different
 * `now` than a frozen target's.
 */
function createVirtualDate(clock: () => number): DateConstructor {
  const RealDate = Date
  const statics = {
    now: () => clock(),
  }
  function VirtualDate(this: unknown, ...args: unknown[]): unknown {
    // `Date()` called as a function returns the current time as a string.
    if (new.target === undefined) return new RealDate(clock()).toString()
    return Reflect.construct(RealDate, args.length === 0 ? [clock()] : args, new.target)
  }
  Object.defineProperties(VirtualDate, {
    name: { value: 'Date' },
    length: { value: RealDate.length },
    prototype: { value: RealDate.prototype, writable: false },
    now: { value: statics.now, writable: true, configurable: true },
    // Neither reads `this` or the clock: the real ones.
    parse: { value: RealDate.parse, writable: true, configurable: true },
    UTC: { value: RealDate.UTC, writable: true, configurable: true },
  })
  return VirtualDate as unknown as DateConstructor
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value)
  if (typeof value === 'object' || typeof value === 'function')
    return `an instance of ${typeof value}`
  return `type ${typeof value} (${inspect(value)})`
}
