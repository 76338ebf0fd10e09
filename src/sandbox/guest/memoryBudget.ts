/**
 * The handler's memory budget (docs/semantics.md D14): heap in use plus ArrayBuffers, against the function's
 * MemorySize. The host measures (Node: `process.memoryUsage()` of the worker's own isolate); the runtime asks
 * between steps, outside the handler's reach. Environment-agnostic.
 */
import type { InvocationOutcome, InvokeRequest } from '../../engine'
import { OUT_OF_MEMORY } from '../../protocol/sandboxProtocol'
import type { MemoryProbe } from '../../protocol/sandboxProtocol'

export type { MemoryProbe }

const MB = 1_048_576

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
