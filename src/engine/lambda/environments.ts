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
  /** Live environments (warm or busy), by id: what the pipeline view draws. */
  ids(): number[]
  /** An independent copy (a timeline snapshot). */
  clone(): EnvironmentPool
}

interface PoolState {
  readonly idle: readonly number[]
  readonly busyIds: readonly number[]
  readonly nextId: number
  /** Environments with an id below this one started before the last update. */
  readonly firstCurrentId: number
}

export function createEnvironmentPool(
  from: PoolState = { idle: [], busyIds: [], nextId: 1, firstCurrentId: 1 },
): EnvironmentPool {
  let idle = [...from.idle]
  const busyIds = new Set(from.busyIds)
  let nextId = from.nextId
  let firstCurrentId = from.firstCurrentId
  return {
    acquire() {
      if (idle.length > 0) {
        idle.sort((a, b) => a - b)
        const environmentId = idle.shift() as number
        busyIds.add(environmentId)
        return { environmentId, coldStart: false }
      }
      busyIds.add(nextId)
      return { environmentId: nextId++, coldStart: true }
    },
    release(environmentId, destroy) {
      busyIds.delete(environmentId)
      if (!destroy && environmentId >= firstCurrentId) idle.push(environmentId)
    },
    renew() {
      const retired = idle
      idle = []
      firstCurrentId = nextId
      return retired
    },
    ids() {
      return [...idle, ...busyIds].sort((a, b) => a - b)
    },
    get busy() {
      return busyIds.size
    },
    clone: () => createEnvironmentPool({ idle, busyIds: [...busyIds], nextId, firstCurrentId }),
  }
}
