/**
 * The handler's memory budget (docs/semantics.md D14): heap in use plus ArrayBuffers, against the function's
 * MemorySize. The host measures (Node: `process.memoryUsage()` of the worker's own isolate); the runtime asks
 * between steps, outside the handler's reach. Environment-agnostic.
 */
import type { InvocationOutcome, InvokeRequest } from '../../engine'

export interface MemoryProbe {
  /** Bytes the environment holds: heap used plus ArrayBuffers. */
  usedBytes(): number
  /** A full garbage collection, so that only live memory is judged. */
  collectGarbage?(): void
}

const MB = 1_048_576

/** Lambda's message for a Node.js function killed for going over its memory. */
export const OUT_OF_MEMORY = 'Runtime exited with error: signal: killed'

export function isOverBudget(probe: MemoryProbe, memorySizeMb: number): boolean {
  const limit = memorySizeMb * MB
  if (probe.usedBytes() <= limit) return false
  // Garbage counts until it is collected: judge only what the handler still holds.
  probe.collectGarbage?.()
  return probe.usedBytes() > limit
}

/** Killed by the out-of-memory killer: the lines already written stay, the environment is gone. */
export function outOfMemoryOutcome(
  request: InvokeRequest,
  logs: readonly string[],
): InvocationOutcome {
  return {
    kind: 'crashed',
    message: `RequestId: ${request.requestId} Error: ${OUT_OF_MEMORY}`,
    logs,
    outOfMemory: true,
  }
}
