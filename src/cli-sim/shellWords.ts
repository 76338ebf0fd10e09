/**
 * Splits a command line into words as a POSIX shell does: single quotes keep everything, double quotes keep all
 * but `\"`, `\\`, `\$` and `` \` ``, a backslash outside quotes escapes the next character, a backslash at the end
 * of a line joins the next one (a pasted multi-line command), and `#` at the start of a word begins a comment.
 * With `env`, `$NAME` and `${NAME}` outside single quotes expand from it (an unset name is an error); without it
 * they stay as typed, since the console has no environment.
 */
export type ShellWords =
  { readonly ok: true; readonly words: string[] } | { readonly ok: false; readonly error: string }

const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`'])
const VARIABLE = /^\$(?:\{(\w+)\}|(\w+))/

export function shellWords(line: string, env?: Readonly<Record<string, string>>): ShellWords {
  const words: string[] = []
  let word: string | undefined
  let i = 0
  const add = (text: string) => {
    word = (word ?? '') + text
  }
  /** The expansion of a `$…` at `at`, or undefined when there is none to make. */
  const variable = (at: number): { text: string; length: number } | undefined => {
    const match = env === undefined ? null : VARIABLE.exec(line.slice(at, at + 260))
    if (match === null || env === undefined) return undefined
    const name = match[1] ?? match[2]
    if (!Object.hasOwn(env, name)) throw new UnsetVariable(name)
    return { text: env[name], length: match[0].length }
  }
  try {
    while (i < line.length) {
      const c = line[i]
      const expanded = c === '$' ? variable(i) : undefined
      if (expanded !== undefined) {
        add(expanded.text)
        i += expanded.length
      } else if (c === '\\') {
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
        while (j < line.length && line[j] !== '"') {
          const inner = line[j] === '$' ? variable(j) : undefined
          if (inner !== undefined) {
            text += inner.text
            j += inner.length
          } else if (line[j] === '\\' && line[j + 1] === '\n') j += 2
          else if (line[j] === '\\' && DOUBLE_QUOTE_ESCAPES.has(line[j + 1])) {
            text += line[j + 1]
            j += 2
          } else text += line[j++]
        }
        if (j >= line.length)
          return { ok: false, error: 'unexpected EOF while looking for matching `"\'' }
        add(text)
        i = j + 1
      } else if (c === '#' && word === undefined) {
        break
      } else if (/\s/.test(c)) {
        if (word !== undefined) words.push(word)
        word = undefined
        i++
      } else {
        add(c)
        i++
      }
    }
  } catch (error) {
    if (error instanceof UnsetVariable)
      return { ok: false, error: `${error.variable}: unbound variable` }
    throw error
  }
  if (word !== undefined) words.push(word)
  return { ok: true, words }
}

class UnsetVariable extends Error {
  constructor(readonly variable: string) {
    super(`${variable}: unbound variable`)
  }
}
