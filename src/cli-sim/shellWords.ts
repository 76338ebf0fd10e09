/**
 * Splits a command line into words as a POSIX shell does for the console: single quotes keep everything,
 * double quotes keep all but `\"`, `\\`, `\$` and `` \` ``, a backslash outside quotes escapes the next character,
 * and a backslash at the end of a line joins the next one (a pasted multi-line command).
 */
export type ShellWords =
  { readonly ok: true; readonly words: string[] } | { readonly ok: false; readonly error: string }

const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`'])

export function shellWords(line: string): ShellWords {
  const words: string[] = []
  let word: string | undefined
  let i = 0
  const add = (text: string) => {
    word = (word ?? '') + text
  }
  while (i < line.length) {
    const c = line[i]
    if (c === '\\') {
      const next = line[i + 1]
      if (next === '\n') i += 2
      else if (next === '\r' && line[i + 2] === '\n') i += 3
      else if (next === undefined) i++
      else {
        add(next)
        i += 2
      }
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" }
      add(line.slice(i + 1, end))
      i = end + 1
    } else if (c === '"') {
      let text = ''
      let j = i + 1
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && line[j + 1] === '\n') j++
        else if (line[j] === '\\' && DOUBLE_QUOTE_ESCAPES.has(line[j + 1])) text += line[++j]
        else text += line[j]
      }
      if (j >= line.length)
        return { ok: false, error: 'unexpected EOF while looking for matching `"\'' }
      add(text)
      i = j + 1
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word)
      word = undefined
      i++
    } else {
      add(c)
      i++
    }
  }
  if (word !== undefined) words.push(word)
  return { ok: true, words }
}
