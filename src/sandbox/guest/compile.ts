/**
 * Turns the handler's source (JavaScript or TypeScript, ES module or CommonJS) into a function that
 * evaluates it as a CommonJS module with the names we give it (`exports`, `require`, `process`,
 * virtual timers…), inside its environment's SES compartment (guestRealm.ts): the boundary.
 * Environment-agnostic: no Node or DOM imports.
 */
import { transform } from 'sucrase'
import type { GuestRealm } from './guestRealm'
import { neutralizeRejectedPatterns } from './rejectedPatterns'
import { FUNCTION_WRAPPER_LINES, HANDLER_FILE } from './stackTrace'

/**
 * The names the module sees as parameters, as Node's CommonJS wrapper gives `exports`, `require`…
 * The global ones are also on the compartment's global object; as parameters they are what the
 * module sees even if it replaces `globalThis.setTimeout`, as before the compartment.
 */
export const MODULE_SCOPE_NAMES = [
  'exports',
  'require',
  'module',
  '__filename',
  '__dirname',
  'process',
  'console',
  'global',
  'globalThis',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'queueMicrotask',
  'Date',
  'performance',
  'Math',
  'crypto',
] as const

export type ModuleScopeName = (typeof MODULE_SCOPE_NAMES)[number]
export type ModuleScope = Readonly<Record<ModuleScopeName, unknown>>

/** Evaluates the module body once; `thisArg` is `module.exports`, as in Node's CommonJS. */
export type ModuleFactory = (scope: ModuleScope, thisArg: unknown) => void

export type CompileResult =
  | { readonly ok: true; readonly factory: ModuleFactory }
  | { readonly ok: false; readonly error: unknown }

export function compileHandlerModule(
  code: string,
  language: 'javascript' | 'typescript',
  realm: GuestRealm,
): CompileResult {
  let body: string
  try {
    body = transform(code, {
      transforms: language === 'typescript' ? ['typescript', 'imports'] : ['imports'],
      // Node 20 runs modern syntax as written; only module syntax and types need rewriting.
      disableESTransforms: true,
    }).code
  } catch (error) {
    return { ok: false, error }
  }
  // The inner function gives the module its own top-level scope, so `const crypto = …` in user
  // code shadows our parameter instead of clashing with it. It opens the second line, as
  // `new Function` did, so stack traces keep the user's line and column numbers (stackTrace.ts).
  const source =
    `(function (${MODULE_SCOPE_NAMES.join(', ')}) {\nreturn function () {` +
    `${neutralizeRejectedPatterns(body)}\n}\n})\n//# sourceURL=${HANDLER_FILE}`
  let compiled: (...args: unknown[]) => () => void
  try {
    compiled = realm.evaluate(source) as (...args: unknown[]) => () => void
  } catch (error) {
    return { ok: false, error: explainRejection(error) }
  }
  return {
    ok: true,
    factory(scope, thisArg) {
      const moduleBody = compiled(...MODULE_SCOPE_NAMES.map((name) => scope[name]))
      moduleBody.call(thisArg)
    },
  }
}

/** SES's own rejections of source text (ses/src/transforms.js), by their error codes. */
const REJECTION =
  /^Possible .* rejected at .*:(\d+)\. \((SES_IMPORT_REJECTED|SES_HTML_COMMENT_REJECTED)\)$/

/**
 * `import(` or `<!--`/`-->` left in code: a SyntaxError that says what the sandbox refuses and on
 * which line of the user's code (init then fails with Runtime.UserCodeSyntaxError).
 */
function explainRejection(error: unknown): unknown {
  const match = error instanceof SyntaxError ? REJECTION.exec(error.message) : null
  if (match === null) return error
  const line = Number(match[1]) - FUNCTION_WRAPPER_LINES
  const what =
    match[2] === 'SES_IMPORT_REJECTED'
      ? 'import() is not available in the sandbox'
      : "'<!--' and '-->' are not allowed in code in the sandbox (write 'a-- > b')"
  const explained = new SyntaxError(`${what} (${HANDLER_FILE}:${line})`)
  // Its frames would all be the host's: the message says where.
  explained.stack = `SyntaxError: ${explained.message}`
  return explained
}

/** `require` of any module fails, as for a module not in the deployment package. */
export function missingModuleRequire(specifier: unknown): never {
  const error = new Error(`Cannot find module '${String(specifier)}'`)
  Object.assign(error, { code: 'MODULE_NOT_FOUND' })
  throw error
}
