/**
 * Validation of everything the untrusted side (the sandbox iframe and its worker) sends to the app.
 * Worker reports are checked by src/protocol/sandboxProtocol.ts; the iframe's own control messages are checked here.
 * Environment-agnostic: no DOM access, unit-tested in Node.
 */
import { z } from 'zod'

/** Iframe → app, on the control port. */
export type ControlReport = { readonly type: 'workerError'; readonly message: string }

const controlReportSchema = z.object({
  type: z.literal('workerError'),
  // Bounded: the text comes from user code (a thrown error's message).
  message: z.string().max(10_000),
})

/** The control report, or undefined when the data is not a valid `ControlReport`. */
export function parseControlReport(data: unknown): ControlReport | undefined {
  const parsed = controlReportSchema.safeParse(data)
  return parsed.success ? parsed.data : undefined
}
