/**
 * The limit on a function's response (docs/semantics.md A12), checked here and nowhere else: Lambda (the
 * service, not the runtime in the environment) refuses an oversized response, so the engine does too.
 *
 * Two numbers stand for "6 MB". The event must be smaller than 6 MiB, 6,291,456 bytes (AWS: "Request must be
 * smaller than 6291456 bytes for the InvokeFunction operation"; esm/invoke.ts PAYLOAD_LIMIT_BYTES, A2.2). The
 * response may be 100 bytes larger: AWS's message quotes 6291556 bytes, and a response of exactly 6,291,556
 * bytes of JSON was measured to pass (observed on AWS, Zac Charles, 2022).
 */
import { utf8Length } from '../../lib/utf8'

export const MAX_RESPONSE_BYTES = 6_291_556

export const RESPONSE_TOO_LARGE_MESSAGE = `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`

/** Whether the response, as the JSON the runtime posts back, is over the limit: UTF-8 bytes, not characters. */
export function exceedsResponseLimit(response: unknown): boolean {
  return utf8Length(JSON.stringify(response) ?? 'null') > MAX_RESPONSE_BYTES
}
