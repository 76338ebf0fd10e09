/**
 * `util.format` as Lambda's Node runtime applies it to every console call, plus the bounded log
 * buffer of one invocation. Environment-agnostic: no Node or DOM imports.
 */
import { utf8Length } from '../../lib/utf8'
import { proxyTarget } from './guestProxy'
import { inspect } from './inspect'

/** Node's `util.format(...args)`: printf-like directives, then the other arguments inspected. */
export function formatLogMessage(args: readonly unknown[]): string {
  const first = args[0]
  let argIndex = 0
  let text = ''
  let join = ''
  if (typeof first === 'string') {
    if (args.length === 1) return first
    let lastPos = 0
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue // '%'
      const directive = first[++i]
      if (argIndex + 1 !== args.length) {
        if (directive === '%') {
          text += first.slice(lastPos, i)
          lastPos = i + 1
          continue
        }
        if (!'sdifjoOc'.includes(directive)) continue
        const replacement = formatDirective(directive, args[++argIndex])
        if (lastPos !== i - 1) text += first.slice(lastPos, i - 1)
        text += replacement
        lastPos = i + 1
      } else if (directive === '%') {
        text += first.slice(lastPos, i)
        lastPos = i + 1
      }
    }
    if (lastPos !== 0) {
      argIndex++
      join = ' '
      if (lastPos < first.length) text += first.slice(lastPos)
    }
  }
  while (argIndex < args.length) {
    const value = args[argIndex]
    text += join
    text += typeof value === 'string' ? value : inspect(value)
    join = ' '
    argIndex++
  }
  return text
}

function formatDirective(directive: string, arg: unknown): string {
  switch (directive) {
    case 's':
      if (typeof arg === 'number') return inspect(arg)
      if (typeof arg === 'bigint') return `${arg}n`
      if (typeof arg !== 'object' || arg === null || hasOwnToString(arg)) return String(arg)
      return inspect(arg, { depth: 0 })
    case 'd':
      if (typeof arg === 'bigint') return `${arg}n`
      return typeof arg === 'symbol' ? 'NaN' : inspect(Number(arg))
    case 'i':
      if (typeof arg === 'bigint') return `${arg}n`
      return typeof arg === 'symbol' ? 'NaN' : inspect(Number.parseInt(String(arg)))
    case 'f':
      return typeof arg === 'symbol' ? 'NaN' : inspect(Number.parseFloat(String(arg)))
    case 'j':
      try {
        return String(JSON.stringify(arg))
      } catch (error) {
        if (error instanceof Error && /circular/i.test(error.message)) return '[Circular]'
        throw error
      }
    case 'o':
      // Node adds showHidden/showProxy here; we only widen the depth as it does.
      return inspect(arg, { depth: 4 })
    case 'O':
      return inspect(arg)
    default:
      return '' // %c: CSS, ignored outside browsers
  }
}

/** True when the object (or a user class) defines its own `toString`, as `%s` then uses it. */
function hasOwnToString(value: object): boolean {
  // Node asks a proxy's target, without running a trap (docs/semantics.md D20).
  const target = proxyTarget(value)
  if (target === null) return false
  const toString: unknown = ((target ?? value) as { toString?: unknown }).toString
  if (typeof toString !== 'function') return false
  return !Function.prototype.toString.call(toString).includes('[native code]')
}

/** Limits per invocation: our choice, to keep a chatty handler from flooding the UI. */
export const MAX_LOG_LINES = 1_000
export const MAX_LOG_BYTES = 64 * 1024
export const LOG_TRUNCATED_LINE = '...[log output truncated]'
/**
 * A line the runtime writes (an error's JSON) keeps its first 64 Ki characters, then says it was cut: our
 * choice, so that a handler's 50 MB error message is not copied into the logs (docs/semantics.md D20).
 */
export const MAX_RUNTIME_LINE_CHARS = 64 * 1024
export const RUNTIME_LINE_TRUNCATED = '...[log line truncated]'

export interface LogBuffer {
  /** A line written by the handler (through console); counted against the limits. */
  write(line: string): void
  /** A line written by the runtime itself (e.g. `Invoke Error`); always kept, cut at 64 Ki characters. */
  writeRuntime(line: string): void
  lines(): readonly string[]
}

export function createLogBuffer(): LogBuffer {
  const lines: string[] = []
  let userLines = 0
  let bytes = 0
  let truncated = false
  return {
    write(line) {
      if (truncated) return
      const size = utf8Length(line) + 1 // + the newline CloudWatch stores
      if (userLines + 1 > MAX_LOG_LINES || bytes + size > MAX_LOG_BYTES) {
        truncated = true
        lines.push(LOG_TRUNCATED_LINE)
        return
      }
      userLines++
      bytes += size
      lines.push(line)
    },
    writeRuntime(line) {
      const long = line.length > MAX_RUNTIME_LINE_CHARS
      lines.push(long ? `${line.slice(0, MAX_RUNTIME_LINE_CHARS)}${RUNTIME_LINE_TRUNCATED}` : line)
    },
    lines: () => lines,
  }
}
