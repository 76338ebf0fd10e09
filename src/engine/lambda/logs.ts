/** CloudWatch-style platform lines around an invocation (docs/semantics.md D10), without timestamps. */

export interface ReportLineInput {
  requestId: string
  durationMs: number
  memorySizeMb: number
  /** The function went over its memory (docs/semantics.md D14): Lambda then reports all of it used. */
  outOfMemory?: boolean
  coldStart: boolean
  status: 'success' | 'error' | 'timeout'
  errorType?: string
  eventBytes: number
}

export function startLine(requestId: string): string {
  return `START RequestId: ${requestId} Version: $LATEST`
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}`
}

export function timeoutLine(requestId: string, timeoutMs: number): string {
  return `${requestId} Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`
}

/** Our model of memory use: a Node runtime baseline plus the event's size, capped by the configured memory. */
function maxMemoryUsedMb(memorySizeMb: number, eventBytes: number): number {
  return Math.min(memorySizeMb, 64 + Math.ceil(eventBytes / 1_048_576))
}

export function reportLine(input: ReportLineInput): string {
  const fields = [
    `REPORT RequestId: ${input.requestId}`,
    `Duration: ${input.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${Math.max(1, Math.ceil(input.durationMs))} ms`,
    `Memory Size: ${input.memorySizeMb} MB`,
    `Max Memory Used: ${input.outOfMemory === true ? input.memorySizeMb : maxMemoryUsedMb(input.memorySizeMb, input.eventBytes)} MB`,
  ]
  if (input.coldStart) fields.push('Init Duration: 0.00 ms')
  if (input.status !== 'success') fields.push(`Status: ${input.status}`)
  if (input.status === 'error' && input.errorType) fields.push(`Error Type: ${input.errorType}`)
  return fields.join('\t')
}
