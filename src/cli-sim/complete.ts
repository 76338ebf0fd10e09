/**
 * Tab completion of the word being typed at the end of the line: `aws`, `lambda`, the five command names, then
 * the command's flags (as the AWS CLI's completer offers them). One candidate completes with a space; several
 * complete their common prefix and are listed.
 */
import { COMMANDS, flagsOf } from './commands'

export interface Completion {
  readonly line: string
  /** Shown when more than one word fits. */
  readonly candidates: readonly string[]
}

export function complete(line: string): Completion {
  const start = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\n')) + 1
  const before = line.slice(0, start).trim().split(/\s+/).filter(Boolean)
  const partial = line.slice(start)
  const options = optionsAt(before, partial)
  const fits = options.filter((o) => o.startsWith(partial))
  if (fits.length === 0) return { line, candidates: [] }
  if (fits.length === 1) return { line: line.slice(0, start) + fits[0] + ' ', candidates: [] }
  return { line: line.slice(0, start) + commonPrefix(fits), candidates: fits }
}

function optionsAt(before: readonly string[], partial: string): readonly string[] {
  if (before.length === 0) return ['aws']
  if (before.length === 1) return before[0] === 'aws' ? ['lambda'] : []
  if (before.length === 2) return COMMANDS.map((c) => c.name)
  const command = COMMANDS.find((c) => c.name === before[2])
  if (command === undefined || !partial.startsWith('-')) return []
  const used = new Set(before)
  return flagsOf(command).filter((flag) => !used.has(flag))
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0]
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}
