/** UTF-8 helpers that need no TextEncoder (absent from the engine's ES2022-only type environment). */

/** Number of bytes `text` takes in UTF-8. */
export function utf8Length(text: string): number {
  // Every attribute name and most values are ASCII: one byte per UTF-16 unit, counted fast.
  let ascii = 0
  while (ascii < text.length && text.charCodeAt(ascii) < 0x80) ascii++
  let bytes = ascii
  for (let i = ascii; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** Calls `visit` with each UTF-8 byte of `text`, in order. */
export function forEachUtf8Byte(text: string, visit: (byte: number) => void): void {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    if (cp < 0x80) visit(cp)
    else if (cp < 0x800) {
      visit(0xc0 | (cp >> 6))
      visit(0x80 | (cp & 0x3f))
    } else if (cp < 0x10000) {
      visit(0xe0 | (cp >> 12))
      visit(0x80 | ((cp >> 6) & 0x3f))
      visit(0x80 | (cp & 0x3f))
    } else {
      visit(0xf0 | (cp >> 18))
      visit(0x80 | ((cp >> 12) & 0x3f))
      visit(0x80 | ((cp >> 6) & 0x3f))
      visit(0x80 | (cp & 0x3f))
    }
  }
}

/** The text without a leading UTF-8 byte-order mark, which editors on Windows like to add. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}
