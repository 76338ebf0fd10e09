/**
 * How deep a handler's response or a console parameter may nest (docs/semantics.md D19). Lambda posts the
 * response as JSON text; the sandboxes post it as a value, and a structured clone overflows the stack near
 * 2,000 levels (the message was lost and the invocation reported as a timeout). The AWS CLI parses JSON in
 * Python, whose default recursion limit is 1,000. Far past any real value either way.
 */
export const MAX_JSON_DEPTH = 1000

/** Whether JSON text nests arrays and objects deeper than `max` levels; strings are skipped, escapes included. */
export function nestsDeeperThan(json: string, max: number): boolean {
  // Each level takes at least two characters: shorter text cannot be that deep.
  if (json.length <= 2 * max) return false
  let depth = 0
  let inString = false
  for (let i = 0; i < json.length; i++) {
    const char = json.charCodeAt(i)
    if (inString) {
      if (char === 0x5c)
        i++ // backslash: the next character is escaped
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > max) return true
    } else if (char === 0x7d || char === 0x5d) depth--
  }
  return false
}
