/**
 * Error documents of Lambda's Node.js runtime (docs/semantics.md D6), built as its runtime interface
 * client builds them: the response `{errorType, errorMessage, trace}` and the runtime's own log line
 * (`Invoke Error`, `Uncaught Exception`), whose JSON has other keys (`stack`, `code`, the error's own
 * enumerable properties). Environment-agnostic: no Node or DOM imports.
 */
import type { HandlerError } from '../../engine'
import { MAX_RESPONSE_BYTES, RESPONSE_TOO_LARGE_MESSAGE } from '../../engine'
import { MAX_RUNTIME_LINE_CHARS } from './format'
import { cleanStack } from './stackTrace'

/** The response document, and the JSON the runtime logs for the same failure. */
export interface ShapedError extends HandlerError {
  readonly logged: string
}

/** The runtime's answer when even reading the error fails (a throwing getter or `toString`). */
const UNREADABLE: HandlerError = {
  errorType: 'handled',
  errorMessage:
    'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
  trace: [],
}

/**
 * What the handler threw, rejected with or passed to its callback: an Error by its name, message and
 * stack lines; any other value by `typeof` and `String(value)`, with an empty trace.
 */
export function shapeThrown(value: unknown): ShapedError {
  return oversized(value) ?? { ...responseDocument(value), logged: loggedDocument(value) }
}

/**
 * The service refuses an error document over the response limit as it refuses a response
 * (`Function.ResponseSizeTooLarge`, docs/semantics.md D20). Its message and stack alone may already be over it
 * (each character is at least one byte of JSON): then it is answered without building the document, and the
 * runtime's log line is built from their first characters (format.ts cuts it at its limit anyway), so a 50 MB
 * message costs no more than a small one. A document under that bound is checked exactly by the engine.
 */
function oversized(value: unknown): ShapedError | undefined {
  try {
    if (!(value instanceof Error)) {
      const text = typeof value === 'string' ? value : undefined
      if (text === undefined || text.length <= MAX_RESPONSE_BYTES) return undefined
      return { ...responseTooLarge(), logged: loggedDocument(clip(text)) }
    }
    const { name, message, stack } = value as { name: unknown; message: unknown; stack: unknown }
    if (typeof message !== 'string' || typeof stack !== 'string') return undefined
    if (message.length + stack.length <= MAX_RESPONSE_BYTES) return undefined
    const copy = Object.assign(
      Object.create(Object.getPrototypeOf(value) as object) as Error,
      value,
    )
    Object.defineProperties(copy, {
      name: { value: name },
      message: { value: clip(message) },
      stack: { value: clip(stack) },
    })
    return { ...responseTooLarge(), logged: loggedDocument(copy) }
  } catch {
    return undefined
  }
}

/** More than a runtime log line keeps (format.ts). */
function clip(text: string): string {
  return text.length > MAX_RUNTIME_LINE_CHARS ? text.slice(0, MAX_RUNTIME_LINE_CHARS) : text
}

/** The service's answer to a response or error document over 6 MB (docs/semantics.md A12). */
export function responseTooLarge(): HandlerError {
  return { errorType: 'Function.ResponseSizeTooLarge', errorMessage: RESPONSE_TOO_LARGE_MESSAGE }
}

function responseDocument(value: unknown): HandlerError {
  try {
    if (value instanceof Error) {
      const { name, message } = value as { name: unknown; message: unknown }
      if (typeof name !== 'string' || typeof message !== 'string') return UNREADABLE
      return {
        errorType: escapeDel(name),
        errorMessage: escapeDel(message),
        trace: stackLines(value)?.map(escapeDel) ?? [],
      }
    }
    return { errorType: typeof value, errorMessage: String(value), trace: [] }
  } catch {
    return UNREADABLE
  }
}

/** The runtime replaces DEL (0x7F) in the response, which the Runtime API would refuse. */
function escapeDel(text: string): string {
  return text.replaceAll('\x7F', '%7F')
}

/** The stack split into lines, first `<name>: <message>`, frames as V8 indents them; cleaned of our host. */
function stackLines(error: Error): string[] | undefined {
  const stack: unknown = error.stack
  return typeof stack === 'string' ? cleanStack(stack).split('\n') : undefined
}

/**
 * The logged JSON: the runtime wraps a non-Error value in `new Error(String(value))`, then writes
 * `errorType`, `errorMessage`, `code`, the error's own enumerable properties and `stack` (lines), for
 * nested errors too; when that cannot be serialised (a cycle, a BigInt) it writes the response document.
 */
function loggedDocument(value: unknown): string {
  let error: Error
  try {
    error = value instanceof Error ? value : new Error(String(value))
  } catch {
    return JSON.stringify(UNREADABLE)
  }
  try {
    return JSON.stringify(error, (_key, nested: unknown) => withEnumerableProperties(nested))
  } catch {
    return JSON.stringify(responseDocument(error))
  }
}

function withEnumerableProperties(value: unknown): unknown {
  if (!(value instanceof Error)) return value
  const { name, message, code } = value as Error & { code?: unknown }
  const logged: Record<string, unknown> = { errorType: name, errorMessage: message, code }
  Object.assign(logged, value)
  const lines = stackLines(value)
  if (lines !== undefined) logged.stack = lines
  return logged
}

/** A failure the runtime itself raises: an Error of that name whose stack is only its first line. */
function runtimeError(errorType: string, errorMessage: string, trace?: string[]): ShapedError {
  const lines = trace ?? [`${errorType}: ${errorMessage}`]
  return {
    errorType,
    errorMessage,
    trace: lines,
    logged: JSON.stringify({ errorType, errorMessage, stack: lines }),
  }
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
  const frames = (shaped.trace ?? []).slice(1)
  return runtimeError(errorType, errorMessage, [`${errorType}: ${errorMessage}`, ...frames])
}

/** Lambda's messages: `index.handler is undefined or not exported` / `… is not a function`. */
export function handlerNotFound(
  problem: 'undefined or not exported' | 'not a function',
): ShapedError {
  return runtimeError('Runtime.HandlerNotFound', `index.handler is ${problem}`)
}

/** The response could not be serialised (circular, BigInt): the runtime's own message. */
export function unserializableResponse(): ShapedError {
  return runtimeError('Error', 'Unable to stringify response body')
}

/**
 * The line the runtime logs for a failure, e.g.
 * `<requestId>\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"boom","stack":[…]}`
 * (`console.error('Invoke Error', '\t' + JSON)` in Lambda's runtime, hence the space and tab).
 */
export function formatErrorLogLine(
  requestId: string,
  label: 'Invoke Error' | 'Uncaught Exception' | 'Unhandled Promise Rejection',
  error: ShapedError,
): string {
  return `${requestId}\tERROR\t${label} \t${error.logged}`
}

/**
 * A promise nobody handled (docs/semantics.md D20). The runtime wraps the reason as
 * `new UnhandledPromiseRejection(reason, promise)`: an Error named `Runtime.UnhandledPromiseRejection` whose
 * message is `String(reason)` ("Error: x" for an Error) and whose own enumerable `reason` and `promise` are
 * logged, the reason expanded like any error and the promise as `{}`. Its frames are the runtime's own
 * (`/var/runtime/index.mjs`), which the simulator leaves out: the trace is its first line. Converting the
 * reason to a string can throw (a Symbol, a throwing `toString`): the runtime's listener then throws that, an
 * uncaught exception, which is what `thrown` says.
 */
export function shapeUnhandledRejection(
  reason: unknown,
): { readonly shaped: ShapedError } | { readonly thrown: ShapedError } {
  let errorMessage: string
  try {
    errorMessage = reason === undefined ? '' : `${reason as string}`
  } catch (error) {
    return { thrown: shapeThrown(error) }
  }
  const errorType = 'Runtime.UnhandledPromiseRejection'
  const stack = `${errorType}: ${errorMessage}`.split('\n')
  const response = { errorType, errorMessage: escapeDel(errorMessage), trace: stack.map(escapeDel) }
  let logged: string
  try {
    const document = { errorType, errorMessage, reason, promise: {}, stack }
    logged = JSON.stringify(document, (_key, nested: unknown) => withEnumerableProperties(nested))
  } catch {
    logged = JSON.stringify(response)
  }
  return { shaped: { ...response, logged } }
}

/** Strips the log-only document so the outcome carries exactly a `HandlerError`. */
export function toHandlerError(error: ShapedError): HandlerError {
  const { errorType, errorMessage, trace } = error
  return trace === undefined ? { errorType, errorMessage } : { errorType, errorMessage, trace }
}
