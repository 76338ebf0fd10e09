/** The longest a value quoted in a message may get: messages stay readable whatever the input was. */
export const MAX_QUOTED_CHARS = 100

/** `text`, or its first `max` characters + "… (N characters)" when longer. */
export function boundText(text: string, max = MAX_QUOTED_CHARS): string {
  if (text.length <= max) return text
  return `${text.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters)`
}
