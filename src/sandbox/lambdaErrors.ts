/**
 * Error shapes of Lambda's Node.js runtime: the `HandlerError` of an outcome and the runtime's own
 * log line (`Invoke Error`, `Uncaught Exception`). Environment-agnostic: no Node or DOM imports.
 */
import type { HandlerError } from '../engine/lambda/invocation'
import { inspect } from './inspect'
import { getErrorStack } from './stackTrace'

/** An error with its full (cleaned) stack, as the runtime logs it. */
export interface ShapedError extends HandlerError {
  readonly stack: readonly string[]
}

interface ErrorLike {
  readonly name?: unknown
  readonly message?: unknown
  readonly stack?: unknown
}

/** Error objects (also from other realms, or hand-made with name and message) count as errors. */
export function isErrorLike(value: unknown): value is ErrorLike {
  if (value instanceof Error) return true
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as ErrorLike
  return typeof candidate.name === 'string' && typeof candidate.message === 'string'
}

/** errorType = the error's name, errorMessage = its message, stackTrace = its frames, trimmed. */
export function shapeError(error: ErrorLike): ShapedError {
  const stack = getErrorStack(error).split('\n')
  return {
    errorType: typeof error.name === 'string' ? error.name : 'Error',
    errorMessage: typeof error.message === 'string' ? error.message : '',
    stackTrace: stack.slice(1).map((line) => line.trim()),
    stack,
  }
}

/** A thrown or rejected value that is not an Error (docs/semantics.md D6: our choice of errorType). */
export function shapeRejection(value: unknown): ShapedError {
  return shapeNonError('Runtime.UnhandledPromiseRejection', value)
}

/** `callback('boom')`: Lambda's Node runtime names the error after the value's type. */
export function shapeCallbackError(value: unknown): ShapedError {
  return isErrorLike(value) ? shapeError(value) : shapeNonError(typeof value, value)
}

export function shapeThrown(value: unknown): ShapedError {
  return isErrorLike(value) ? shapeError(value) : shapeRejection(value)
}

function shapeNonError(errorType: string, value: unknown): ShapedError {
  const errorMessage = typeof value === 'string' ? value : inspect(value)
  return { errorType, errorMessage, stackTrace: [], stack: [`${errorType}: ${errorMessage}`] }
}

/** What a failed init reports (Lambda's Node runtime renames module-not-found and syntax errors). */
export function shapeInitError(value: unknown): ShapedError {
  const shaped = shapeThrown(value)
  const code =
    typeof value === 'object' && value !== null ? (value as { code?: unknown }).code : undefined
  if (code === 'MODULE_NOT_FOUND') return renamed(shaped, 'Runtime.ImportModuleError')
  if (shaped.errorType === 'SyntaxError') return renamed(shaped, 'Runtime.UserCodeSyntaxError')
  return shaped
}

function renamed(shaped: ShapedError, errorType: string): ShapedError {
  const errorMessage = `${shaped.errorType}: ${shaped.errorMessage}`
  return {
    errorType,
    errorMessage,
    stackTrace: shaped.stackTrace,
    stack: [`${errorType}: ${errorMessage}`, ...shaped.stack.slice(1)],
  }
}

/** Lambda's messages: `index.handler is undefined or not exported` / `… is not a function`. */
export function handlerNotFound(
  problem: 'undefined or not exported' | 'not a function',
): ShapedError {
  const errorMessage = `index.handler is ${problem}`
  return {
    errorType: 'Runtime.HandlerNotFound',
    errorMessage,
    stackTrace: [],
    stack: [`Runtime.HandlerNotFound: ${errorMessage}`],
  }
}

/** The response could not be serialised (circular, BigInt): the runtime's own message. */
export function unserializableResponse(): ShapedError {
  const errorMessage = 'Unable to stringify response body'
  return { errorType: 'Error', errorMessage, stackTrace: [], stack: [`Error: ${errorMessage}`] }
}

/**
 * The line the runtime logs for a failure, e.g.
 * `<requestId>\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"boom","stack":[…]}`
 * (`console.error('Invoke Error', '\t' + JSON)` in Lambda's runtime, hence the space and tab).
 */
export function formatErrorLogLine(
  requestId: string,
  label: 'Invoke Error' | 'Uncaught Exception',
  error: ShapedError,
): string {
  const json = JSON.stringify({
    errorType: error.errorType,
    errorMessage: error.errorMessage,
    stack: error.stack,
  })
  return `${requestId}\tERROR\t${label} \t${json}`
}

/** Strips the log-only `stack` so the outcome carries exactly a `HandlerError`. */
export function toHandlerError(error: ShapedError): HandlerError {
  return {
    errorType: error.errorType,
    errorMessage: error.errorMessage,
    stackTrace: error.stackTrace,
  }
}
