/**
 * The `context` object a Node.js handler receives (its Lambda fields, virtual remaining time).
 * Environment-agnostic: no Node or DOM imports.
 */
import type { InvokeRequest } from '../../engine'

export type LambdaCallback = (error?: unknown, response?: unknown) => void

export function createLambdaContext(
  request: InvokeRequest,
  remainingMs: () => number,
  callback: LambdaCallback,
) {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: request.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: request.functionArn,
    memoryLimitInMB: String(request.memoryLimitInMB),
    awsRequestId: request.requestId,
    logGroupName: request.logGroupName,
    logStreamName: request.logStreamName,
    identity: undefined,
    clientContext: undefined,
    getRemainingTimeInMillis: remainingMs,
    // Legacy completion methods, still present in the Node.js 20 runtime.
    done: callback,
    succeed: (response?: unknown) => callback(null, response),
    fail: (error?: unknown) => callback(error ?? 'handled'),
  }
}
