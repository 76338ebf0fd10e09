/** Shared by the sandbox tests: a complete InvokeRequest and a Node host for handlerRuntime. */
import { epochMsOf, type InvokeRequest } from '../engine'
import { lockdownOnce } from './guest/guestRealm'
import { createHandlerRuntime } from './guest/handlerRuntime'
import type { HandlerRuntime } from './guest/handlerRuntime'
import type { MemoryProbe } from './guest/memoryBudget'
import { serveEnvironment } from './guest/serveEnvironment'
import type { SandboxReport } from '../protocol/sandboxProtocol'

/** 2026-01-01T00:00:00.000Z, the default scenario start (docs/semantics.md D1). */
export const START_EPOCH_MS = epochMsOf(Date.UTC(2026, 0, 1))

export function makeRequest(overrides: Partial<InvokeRequest> = {}): InvokeRequest {
  return {
    invocationId: 1,
    requestId: 'req-1',
    environmentId: 1,
    coldStart: true,
    environmentSeed: 42,
    event: { Records: [] },
    startEpochMs: START_EPOCH_MS,
    timeoutMs: 3_000,
    durationMs: 20,
    functionName: 'orders-consumer',
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders-consumer',
    memoryLimitInMB: 128,
    logGroupName: '/aws/lambda/orders-consumer',
    logStreamName: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
    region: 'us-east-1',
    code: 'export const handler = async () => null',
    language: 'javascript',
    codeVersion: 1,
    ...overrides,
  }
}

/** Locks down the test's own process first, as each sandbox worker does before user code. */
export function createTestRuntime(options: { memory?: MemoryProbe } = {}): HandlerRuntime {
  lockdownOnce()
  return createHandlerRuntime({
    macrotask: () => new Promise<void>((r) => setImmediate(r)),
    ...options,
  })
}

/** A fresh environment that runs `code` once (cold start). */
export function invokeOnce(code: string, overrides: Partial<InvokeRequest> = {}) {
  return createTestRuntime().invoke(makeRequest({ code, ...overrides }))
}

/** One sandbox worker's message handling over the test's own runtime, as isolatedSandbox.worker.ts serves it. */
export function serveTestEnvironment(
  post: (report: SandboxReport) => void,
): (data: unknown) => void {
  return serveEnvironment(createTestRuntime(), post)
}
