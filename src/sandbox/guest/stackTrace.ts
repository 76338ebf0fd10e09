/**
 * Stack traces of the handler's errors, cleaned so they show the user's code as Lambda would
 * (`/var/task/index.js:<line>:<col>`) and nothing of the simulator's host (paths of the worker,
 * Node internals, blob: URLs); frames of native calls (`at Array.map (<anonymous>)`) stay.
 * Environment-agnostic: no Node or DOM imports.
 */

/** The file name the handler's code gets in stack traces (through `//# sourceURL`). */
export const HANDLER_FILE = '/var/task/index.js'

/**
 * compile.ts puts one line in front of the module (`(function (<params>) {`), so V8 reports user
 * line N as N + 1: shift them back so the user sees the lines of their own code.
 */
export const FUNCTION_WRAPPER_LINES = 1

/**
 * A frame with a source position (`…:12:5)`) outside the handler's file belongs to the host: the
 * worker's files, and SES's evaluator (`eval at makeEvaluate (…)`) that runs `eval` and `Function`.
 */
const POSITIONED_FRAME = /:\d+:\d+\)?$/
/** SES prints frames as `\n  at …`; Node (and so Lambda) indents them by four spaces. */
const FRAME_INDENT = /^\s+at /
const HANDLER_POSITION = /\/var\/task\/index\.js:(\d+):(\d+)/g

/** The error's stack with host frames removed and handler line numbers corrected. */
export function cleanStack(stack: string): string {
  const lines = stack.split('\n')
  // The handler is always called by the runtime: every frame below its last one is the host's.
  let lastUserFrame = -1
  lines.forEach((line, index) => {
    if (isFrame(line) && line.includes(HANDLER_FILE)) lastUserFrame = index
  })
  return lines
    .filter(
      (line, index) =>
        index === 0 || !isFrame(line) || (index <= lastUserFrame && !isHostFrame(line)),
    )
    .map((line, index) =>
      index === 0 || !isFrame(line)
        ? line
        : renameEvalFrame(line.replace(FRAME_INDENT, '    at ')).replace(
            HANDLER_POSITION,
            (_, row: string, col: string) => {
              const fixed = Math.max(1, Number(row) - FUNCTION_WRAPPER_LINES)
              return `${HANDLER_FILE}:${fixed}:${col}`
            },
          ),
    )
    .join('\n')
}

/**
 * V8 names anonymous functions of evaluated code `eval`; Node prints them without a name
 * (`at /var/task/index.js:3:9`) and the module body as `Object.<anonymous>`.
 */
function renameEvalFrame(line: string): string {
  return line
    .replace(/^(\s+at )Object\.eval \((.*)\)$/, '$1Object.<anonymous> ($2)')
    .replace(/^(\s+at (?:async )?)eval \((.*)\)$/, '$1$2')
}

function isHostFrame(line: string): boolean {
  return POSITIONED_FRAME.test(line) && !line.includes(HANDLER_FILE)
}

function isFrame(line: string): boolean {
  return FRAME_INDENT.test(line)
}

/** The stack of an error-like value, cleaned; `Name: message` when it has none. */
export function getErrorStack(error: {
  name?: unknown
  message?: unknown
  stack?: unknown
}): string {
  if (typeof error.stack === 'string' && error.stack !== '') return cleanStack(error.stack)
  const name = typeof error.name === 'string' ? error.name : 'Error'
  return `${name}: ${typeof error.message === 'string' ? error.message : ''}`
}
