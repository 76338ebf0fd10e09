/**
 * Execution environments (docs/semantics.md D3, our model): each concurrent invocation gets an environment; an idle
 * warm one is reused (lowest id first, so runs are reproducible), otherwise a new one starts cold. A timeout or
 * crash destroys the environment. The count of busy environments is the function's concurrency.
 */
export interface EnvironmentPool {
  /** Takes an environment for an invocation: `coldStart` when none was idle. */
  acquire(): { environmentId: number; coldStart: boolean }
  release(environmentId: number, destroy: boolean): void
  readonly busy: number
  /** Live environments (warm or busy), by id: what the pipeline view draws. */
  ids(): number[]
}

export function createEnvironmentPool(): EnvironmentPool {
  const idle: number[] = []
  const busyIds = new Set<number>()
  let busy = 0
  let nextId = 1
  return {
    acquire() {
      busy++
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
      busy--
      busyIds.delete(environmentId)
      if (!destroy) idle.push(environmentId)
    },
    ids() {
      return [...idle, ...busyIds].sort((a, b) => a - b)
    },
    get busy() {
      return busy
    },
  }
}
