/**
 * Validation of everything the untrusted side (the sandbox iframe and its worker) sends to the app.
 * Worker reports are checked by src/protocol/sandboxProtocol.ts; the iframe's own control messages are checked here.
 * Environment-agnostic: no DOM access, unit-tested in Node.
 */
import { z } from 'zod'

/** App → iframe, on the control port: "are you still there?" (the iframe's process may have died). */
export type ControlRequest = { readonly type: 'ping' }

/** Iframe → app, on the control port. */
export type ControlReport =
  { readonly type: 'workerError'; readonly message: string } | { readonly type: 'pong' }

const controlReportSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('workerError'),
    // Bounded: the text comes from user code (a thrown error's message).
    message: z.string().max(10_000),
  }),
  z.object({ type: z.literal('pong') }),
])

/** The control report, or undefined when the data is not a valid `ControlReport`. */
export function parseControlReport(data: unknown): ControlReport | undefined {
  const parsed = controlReportSchema.safeParse(data)
  return parsed.success ? parsed.data : undefined
}
