/**
 * Turns a typed `aws lambda …-event-source-mapping` command into the API request the AWS CLI v2 would send,
 * or the CLI's own error text (usage errors and parameter parsing errors never reach the service).
 */
import type { MappingApiCall } from '../engine'
import { boundText } from '../lib/boundText'
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../lib/jsonDepth'
import { COMMANDS, GLOBAL_OPTIONS, type CliCommand, type CliOption } from './commands'
import { shellWords } from './shellWords'
import { parseShorthand } from './shorthand'

export type ParsedCommand =
  | { readonly kind: 'empty' }
  | { readonly kind: 'call'; readonly call: MappingApiCall }
  /** What the CLI prints instead of calling the service. */
  | { readonly kind: 'cliError'; readonly text: string }

export const USAGE = `usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
`

const usageError = (message: string): ParsedCommand => ({
  kind: 'cliError',
  text: `${USAGE}\naws: error: ${message}`,
})

export function parseCommand(line: string): ParsedCommand {
  const split = shellWords(line)
  if (!split.ok) return { kind: 'cliError', text: `bash: ${split.error}` }
  const words = split.words
  if (words.length === 0) return { kind: 'empty' }
  if (words[0] !== 'aws')
    return { kind: 'cliError', text: `bash: ${boundText(words[0])}: command not found` }
  if (words[1] === undefined) return usageError('the following arguments are required: command')
  if (words[1] !== 'lambda')
    return usageError(`argument command: Found invalid choice '${boundText(words[1])}'`)
  const command = COMMANDS.find((c) => c.name === words[2])
  if (command === undefined) {
    if (words[2] === undefined) return usageError('the following arguments are required: operation')
    return usageError(`argument operation: Found invalid choice '${boundText(words[2])}'`)
  }
  return parseOptions(command, words.slice(3))
}

function parseOptions(command: CliCommand, args: readonly string[]): ParsedCommand {
  const input: Record<string, unknown> = {}
  const unknown: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const global = GLOBAL_OPTIONS[arg]
    if (global !== undefined) {
      if (global === 'value') i++
      continue
    }
    const negated = arg.startsWith('--no-')
    const option = command.options.find(
      (o) => o.flag === arg || (negated && o.kind === 'boolean' && o.flag === `--${arg.slice(5)}`),
    )
    if (option === undefined) {
      unknown.push(arg)
      continue
    }
    if (option.kind === 'boolean') {
      input[option.member] = !negated
      continue
    }
    const values: string[] = []
    while (i + 1 < args.length && !args[i + 1].startsWith('--')) {
      values.push(args[++i])
      if (option.kind !== 'list') break
    }
    if (values.length === 0)
      return usageError(
        `argument ${option.flag}: expected ${option.kind === 'list' ? 'at least one argument' : 'one argument'}`,
      )
    const value = convert(option, values)
    if (value.error !== undefined) return { kind: 'cliError', text: value.error }
    input[option.member] = value.value
  }
  if (unknown.length > 0)
    return {
      kind: 'cliError',
      text: `${USAGE}\nUnknown options: ${unknown.map((word) => boundText(word)).join(', ')}`,
    }
  const missing = command.options.filter((o) => o.required && input[o.member] === undefined)
  if (missing.length > 0)
    return usageError(
      `the following arguments are required: ${missing.map((o) => o.flag).join(', ')}`,
    )
  return { kind: 'call', call: { operation: command.operation, input } }
}

function convert(
  option: CliOption,
  values: readonly string[],
): { value?: unknown; error?: string } {
  const raw = values[0]
  const prefix = `\nError parsing parameter '${option.flag}': `
  switch (option.kind) {
    case 'string':
      return { value: raw }
    case 'list':
      return { value: [...values] }
    case 'integer':
      return integer(raw, prefix)
    case 'structure':
      return structure(raw, prefix)
    case 'boolean':
      return { value: true }
  }
}

/**
 * Python's int(), which the CLI converts with (docs/semantics.md D20): its message names the bad text, and since
 * Python 3.12 (the AWS CLI v2 bundles its own) it refuses more than 4,300 digits. Python's int is exact: a value
 * past 2^53 stays exact as a BigInt, so the service's range error quotes its digits.
 */
function integer(raw: string, prefix: string): { value?: unknown; error?: string } {
  if (!/^\s*[+-]?\d+\s*$/.test(raw))
    return { error: `${prefix}invalid literal for int() with base 10: '${boundText(raw)}'` }
  const digits = raw.replace(/\D/g, '').length
  if (digits > PYTHON_INT_MAX_STR_DIGITS)
    return {
      error: `${prefix}Exceeds the limit (${PYTHON_INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    }
  const value = Number(raw)
  return { value: Number.isSafeInteger(value) ? value : BigInt(raw.trim()) }
}

/** Python's default `sys.get_int_max_str_digits()`. */
const PYTHON_INT_MAX_STR_DIGITS = 4_300

/** JSON when it looks like JSON (the CLI's own test), else shorthand. */
function structure(raw: string, prefix: string): { value?: unknown; error?: string } {
  const trimmed = raw.trim()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    // Python's json refuses what its recursion limit cannot read; a deeper value would not reach the worker.
    if (nestsDeeperThan(trimmed, MAX_JSON_DEPTH))
      return {
        error: `${prefix}Invalid JSON: maximum recursion depth exceeded while decoding a JSON object from a unicode string\nJSON received: ${boundText(raw)}`,
      }
    try {
      return { value: JSON.parse(trimmed) }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return {
        error: `${prefix}Invalid JSON: ${boundText(reason)}\nJSON received: ${boundText(raw)}`,
      }
    }
  }
  const parsed = parseShorthand(raw)
  return parsed.ok ? { value: parsed.value } : { error: `${prefix}${boundText(parsed.error)}` }
}
