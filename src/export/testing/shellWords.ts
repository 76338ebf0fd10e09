/**
 * Enough of POSIX shell word splitting to read back the exporter's `aws …` commands: continuation lines,
 * comments, heredoc bodies, and the console's own word splitting with $VAR / ${VAR} expanded from an environment.
 */
import { shellWords } from '../../cli-sim/shellWords'

export interface ShellScript {
  /** Each `aws …` command, as the words the shell would pass to it. */
  readonly commands: readonly (readonly string[])[]
  /** Each heredoc's body by its target file (`cat > path <<'END'`). */
  readonly heredocs: ReadonlyMap<string, string>
}

/** The words of one line, expanded from `env`; throws on a quoting error or an unset variable. */
function wordsOf(line: string, env: Readonly<Record<string, string>>): string[] {
  const split = shellWords(line, env)
  if (!split.ok) throw new Error(`${split.error} in: ${line}`)
  return split.words
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
  const commands = logical.filter((l) => l.startsWith('aws ')).map((l) => wordsOf(l, env))
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
