/**
 * The process-wide memory watchdog of the headless runner (docs/sandbox.md, "Memory"). The runtime in each
 * worker checks its own heap and ArrayBuffers between steps, but a handler that allocates in one synchronous
 * burst never reaches a step. So the host polls the process's RSS and, once it passes what the main thread holds
 * plus every live environment's budget plus a margin, kills the environments that are running an invocation.
 * Node only.
 */

export interface WatchedEnvironment {
  /** Bytes this environment may hold: its MemorySize plus the runtime's own overhead. */
  readonly budgetBytes: number
  isRunning(): boolean
  /** Ends it as out of memory (docs/semantics.md D14). */
  kill(): void
}

const MB = 1_048_576
const POLL_MS = 50
/** Allocation between two polls, the main thread's own churn, and the allocator's slack. */
const MARGIN_BYTES = 256 * MB

const watched = new Set<WatchedEnvironment>()
let timer: ReturnType<typeof setInterval> | undefined
/** RSS and main-thread memory when the first environment started: the process's own baseline. */
let baseline = { rss: 0, main: 0 }

function mainThreadBytes(): number {
  const usage = process.memoryUsage()
  return usage.heapTotal + usage.external
}

/** The RSS above which the running environments are killed. */
export function rssLimitBytes(): number {
  let budgets = 0
  for (const environment of watched) budgets += environment.budgetBytes
  const mainGrowth = Math.max(0, mainThreadBytes() - baseline.main)
  return baseline.rss + mainGrowth + budgets + MARGIN_BYTES
}

function poll(): void {
  if (process.memoryUsage.rss() <= rssLimitBytes()) return
  for (const environment of watched) if (environment.isRunning()) environment.kill()
}

/** Watches one environment until the returned function is called. */
export function watchMemory(environment: WatchedEnvironment): () => void {
  if (watched.size === 0) {
    baseline = { rss: process.memoryUsage.rss(), main: mainThreadBytes() }
    timer = setInterval(poll, POLL_MS)
    // The watchdog alone must not keep the runner alive.
    timer.unref()
  }
  watched.add(environment)
  return () => {
    watched.delete(environment)
    if (watched.size === 0) clearInterval(timer)
  }
}
