/**
 * Execution environments (docs/semantics.md D3, our model): each concurrent invocation gets an environment; an idle
 * warm one is reused (lowest id first, so runs are reproducible), otherwise a new one starts cold. A timeout or
 * crash destroys the environment. The count of busy environments is the function's concurrency.
 * An environment belongs to the function version it started with: after an update (D15) idle ones retire at once
 * and busy ones when their invocation ends, so the next invocation starts cold on the new code.
 */
export interface EnvironmentPool {
  /** Takes an environment for an invocation: `coldStart` when none was idle. */
  acquire(): { environmentId: number; coldStart: boolean }
  release(environmentId: number, destroy: boolean): void
  /** The function was updated (D15): environments made before now are never reused. Returns the idle ones retired. */
  renew(): number[]
  readonly busy: number
  /** An independent copy (a timeline snapshot). */
  clone(): EnvironmentPool
}

interface PoolState {
  readonly idle: readonly number[]
  readonly busy: number
  readonly nextId: number
  /** Environments with an id below this one started before the last update. */
  readonly firstCurrentId: number
}

export function createEnvironmentPool(
  from: PoolState = { idle: [], busy: 0, nextId: 1, firstCurrentId: 1 },
): EnvironmentPool {
  let idle = [...from.idle]
  let busy = from.busy
  let nextId = from.nextId
  let firstCurrentId = from.firstCurrentId
  return {
    acquire() {
      busy++
      if (idle.length > 0) {
        idle.sort((a, b) => a - b)
        return { environmentId: idle.shift() as number, coldStart: false }
      }
      return { environmentId: nextId++, coldStart: true }
    },
    release(environmentId, destroy) {
      busy--
      if (!destroy && environmentId >= firstCurrentId) idle.push(environmentId)
    },
    renew() {
      const retired = idle
      idle = []
      firstCurrentId = nextId
      return retired
    },
    get busy() {
      return busy
    },
    clone: () => createEnvironmentPool({ idle, busy, nextId, firstCurrentId }),
  }
}
