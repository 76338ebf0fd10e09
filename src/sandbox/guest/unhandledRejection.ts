/**
 * A promise rejected with no handler (docs/semantics.md D20). Lambda's Node.js runtime listens for Node's
 * `unhandledRejection`: it logs `Unhandled Promise Rejection`, posts `Runtime.UnhandledPromiseRejection` as the
 * invocation's error and exits (status 128), so the environment is lost. Environment-agnostic: the host reports
 * the rejection (handlerRuntime's `unhandledRejection`), this shapes what follows.
 */
import type { InvocationOutcome } from '../../engine'
import type { LogBuffer } from './format'
import { formatErrorLogLine, shapeUnhandledRejection, toHandlerError } from './lambdaErrors'
import type { ShapedError } from './lambdaErrors'

export type RuntimeLogLabel = Parameters<typeof formatErrorLogLine>[1]

/** The runtime's error for a rejection nobody handled, and the label of the line it logs. */
export function rejectionError(reason: unknown): { error: ShapedError; label: RuntimeLogLabel } {
  const shaped = shapeUnhandledRejection(reason)
  return 'shaped' in shaped
    ? { error: shaped.shaped, label: 'Unhandled Promise Rejection' }
    : { error: shaped.thrown, label: 'Uncaught Exception' }
}

/**
 * The invocation's outcome once a rejection went unhandled: the runtime's error, or the answer it had already
 * posted (the handler's promise settled, or its callback answered, in the same microtasks: Node reports
 * rejections only after they drain) with the environment lost all the same.
 */
export function rejectedDuring(
  logs: LogBuffer,
  requestId: string,
  reason: unknown,
  posted: InvocationOutcome | undefined,
  waitedMs: number,
): InvocationOutcome {
  const { error, label } = rejectionError(reason)
  logs.writeRuntime(formatErrorLogLine(requestId, label, error))
  const lines = [...logs.lines()]
  if (posted?.kind === 'returned' || posted?.kind === 'error')
    return { ...posted, logs: lines, environmentLost: true }
  return {
    kind: 'error',
    error: toHandlerError(error),
    waitedMs,
    logs: lines,
    environmentLost: true,
  }
}
