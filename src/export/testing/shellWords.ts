/**
 * Enough of POSIX shell word splitting to read back the exporter's `aws …` commands: continuation lines,
 * comments, heredoc bodies, '…', "…" (with \\ escapes) and $VAR / ${VAR} expansion from a given environment.
 */

export interface ShellScript {
  /** Each `aws …` command, as the words the shell would pass to it. */
  readonly commands: readonly (readonly string[])[]
  /** Each heredoc's body by its target file (`cat > path <<'END'`). */
  readonly heredocs: ReadonlyMap<string, string>
}

function expand(text: string, env: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a: string | undefined, b: string | undefined) => {
    const name = a ?? b ?? ''
    if (!(name in env)) throw new Error(`unset variable ${name}`)
    return env[name]
  })
}

export function shellWords(line: string, env: Readonly<Record<string, string>>): string[] {
  const words: string[] = []
  let word: string | undefined
  let i = 0
  const add = (s: string) => (word = (word ?? '') + s)
  while (i < line.length) {
    const c = line[i]
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word)
      word = undefined
      i++
    } else if (c === '#' && word === undefined) {
      break
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0) throw new Error(`unclosed ' in: ${line}`)
      add(line.slice(i + 1, end))
      i = end + 1
    } else if (c === '"') {
      let s = ''
      i++
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && '"\\$`'.includes(line[i + 1])) {
          s += `\\${line[i + 1]}`
          i += 2
        } else s += line[i++]
      }
      if (i >= line.length) throw new Error(`unclosed " in: ${line}`)
      i++
      // Expand first (escaped `\$` is kept out of it), then drop the escapes.
      add(
        expand(s.replace(/\\\$/g, '\uE000'), env)
          .replace(/\\(["\\`])/g, '$1')
          .replace(/\uE000/g, '$'),
      )
    } else if (c === '\\') {
      add(line[i + 1] ?? '')
      i += 2
    } else {
      const m = /^[^\s'"\\#]+/.exec(line.slice(i))?.[0] ?? c
      add(expand(m, env))
      i += m.length
    }
  }
  if (word !== undefined) words.push(word)
  return words
}

export function readScript(script: string, env: Readonly<Record<string, string>>): ShellScript {
  const heredocs = new Map<string, string>()
  const logical: string[] = []
  const lines = script.split('\n')
  let pending = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const doc = /cat > (\S+) <<'(\w+)'$/.exec(line)
    if (doc !== null) {
      const end = lines.indexOf(doc[2], i + 1)
      heredocs.set(doc[1], `${lines.slice(i + 1, end).join('\n')}\n`)
      i = end
      continue
    }
    if (line.endsWith(' \\')) {
      pending += `${line.slice(0, -2)} `
      continue
    }
    logical.push(pending + line)
    pending = ''
  }
  const commands = logical.filter((l) => l.startsWith('aws ')).map((l) => shellWords(l, env))
  return { commands, heredocs }
}

/** `--flag value` pairs of one command; a flag without a value (`--enabled`) maps to ''. */
export function flagsOf(words: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>()
  for (let i = 0; i < words.length; i++) {
    if (!words[i].startsWith('--')) continue
    const next = words[i + 1]
    const hasValue = next !== undefined && !next.startsWith('--')
    flags.set(words[i].slice(2), hasValue ? next : '')
    if (hasValue) i++
  }
  return flags
}
