/**
 * Messages between a host (the Node executor now, the browser sandbox client later) and the worker
 * that runs the handler. The worker runs untrusted code, so the host validates every report it
 * sends; the worker validates requests too, as they cross a thread boundary.
 * Environment-agnostic: no Node or DOM imports.
 */
import { z } from 'zod'
import type { EpochMs, InvocationOutcome, InvokeRequest } from '../engine'

export const SANDBOX_PROTOCOL_VERSION = 1

/** Host → worker. */
export type SandboxRequest = {
  readonly type: 'invoke'
  readonly version: typeof SANDBOX_PROTOCOL_VERSION
  readonly request: InvokeRequest
}

/** Worker → host. */
export type SandboxReport =
  /** The worker has loaded and accepts requests. */
  | { readonly type: 'ready'; readonly version: typeof SANDBOX_PROTOCOL_VERSION }
  | { readonly type: 'outcome'; readonly invocationId: number; readonly outcome: InvocationOutcome }
  /** The worker got a message it could not read: a bug on the host's side. */
  | { readonly type: 'rejected'; readonly reason: string }

const version = z.literal(SANDBOX_PROTOCOL_VERSION)

const invokeRequestSchema = z.object({
  invocationId: z.number().int(),
  requestId: z.string(),
  environmentId: z.number().int(),
  coldStart: z.boolean(),
  environmentSeed: z.number(),
  event: z.unknown(),
  // The engine made it an epoch instant; the brand does not survive postMessage.
  startEpochMs: z.number().transform((ms) => ms as EpochMs),
  timeoutMs: z.number().nonnegative(),
  durationMs: z.number().nonnegative(),
  functionName: z.string(),
  functionArn: z.string(),
  memoryLimitInMB: z.number(),
  logGroupName: z.string(),
  logStreamName: z.string(),
  region: z.string(),
  code: z.string(),
  language: z.enum(['javascript', 'typescript']),
  codeVersion: z.number().int(),
})

const sandboxRequestSchema = z.object({
  type: z.literal('invoke'),
  version,
  request: invokeRequestSchema,
})

/** User lines are capped at 1,000 (format.ts); a few runtime lines come on top. */
const logsSchema = z.array(z.string()).max(1_010)

const handlerErrorSchema = z.object({
  errorType: z.string(),
  errorMessage: z.string(),
  trace: z.array(z.string()).optional(),
})

const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('returned'),
    response: z.unknown(),
    waitedMs: z.number().nonnegative(),
    logs: logsSchema,
    environmentLost: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('error'),
    error: handlerErrorSchema,
    waitedMs: z.number().nonnegative(),
    logs: logsSchema,
    environmentLost: z.boolean().optional(),
    initFailed: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('timeout'), logs: logsSchema }),
  z.object({
    kind: z.literal('crashed'),
    message: z.string(),
    logs: logsSchema,
    outOfMemory: z.boolean().optional(),
  }),
])

const sandboxReportSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), version }),
  z.object({ type: z.literal('outcome'), invocationId: z.number().int(), outcome: outcomeSchema }),
  z.object({ type: z.literal('rejected'), reason: z.string() }),
])

/** The request, or undefined when the data is not a valid `SandboxRequest`. */
export function parseSandboxRequest(data: unknown): SandboxRequest | undefined {
  const parsed = sandboxRequestSchema.safeParse(data)
  return parsed.success ? parsed.data : undefined
}

/** The report, or undefined when the data is not a valid `SandboxReport`. */
export function parseSandboxReport(data: unknown): SandboxReport | undefined {
  const parsed = sandboxReportSchema.safeParse(data)
  return parsed.success ? parsed.data : undefined
}

/**
 * What the host measures for the guest runtime (docs/semantics.md D14): the worker entry supplies it, the
 * runtime asks it between steps, outside the handler's reach.
 */
export interface MemoryProbe {
  /** Bytes the environment holds: heap used plus ArrayBuffers. */
  usedBytes(): number
  /** A full garbage collection, so that only live memory is judged. */
  collectGarbage?(): void
}

/** Lambda's message for a Node.js function killed for going over its memory; host and guest both report it. */
export const OUT_OF_MEMORY = 'Runtime exited with error: signal: killed'
