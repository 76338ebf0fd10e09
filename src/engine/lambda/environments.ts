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
  /** An independent copy (a timeline snapshot). */
  clone(): EnvironmentPool
}

export function createEnvironmentPool(
  from: { idle: readonly number[]; busy: number; nextId: number } = {
    idle: [],
    busy: 0,
    nextId: 1,
  },
): EnvironmentPool {
  const idle = [...from.idle]
  let busy = from.busy
  let nextId = from.nextId
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
      if (!destroy) idle.push(environmentId)
    },
    get busy() {
      return busy
    },
    clone: () => createEnvironmentPool({ idle, busy, nextId }),
  }
}
