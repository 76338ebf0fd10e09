/**
 * The memory probe of one worker thread (docs/semantics.md D14): `process.memoryUsage()` there reports the
 * thread's own isolate (heap and ArrayBuffers), not the process's. Runs in the worker, before any user code.
 * Node only.
 */
import { promiseHooks, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { MemoryProbe } from '../../../protocol/sandboxProtocol'

export function createIsolateMemoryProbe(): MemoryProbe {
  // Worker threads reject --expose-gc in execArgv. The flag is process-wide: contexts created from now on get
  // a global `gc`, threads started later included; to a handler it is worth a slower invocation, no more.
  setFlagsFromString('--expose-gc')
  const collect = runInNewContext('gc') as () => void
  return {
    usedBytes() {
      const usage = process.memoryUsage()
      return usage.heapUsed + usage.arrayBuffers
    },
    collectGarbage: () => collect(),
  }
}

/** Promises created between two checks: `await` in a loop creates at least one per turn. */
const PROMISES_PER_CHECK = 16

/**
 * Calls `check` every few promises the thread creates. A loop of `await`s runs entirely in microtasks and
 * never reaches the runtime's check between macrotasks; this sees it.
 */
export function checkOnPromiseChurn(check: () => void): void {
  let count = 0
  let checking = false
  promiseHooks.onInit(() => {
    if (++count % PROMISES_PER_CHECK !== 0 || checking) return
    checking = true
    try {
      check()
    } finally {
      checking = false
    }
  })
}
