/**
 * Turns the handler's source (JavaScript or TypeScript, ES module or CommonJS) into a function that
 * evaluates it as a CommonJS module with the names we give it (`exports`, `require`, `process`,
 * virtual timers…). This is not a security boundary: the worker that runs it is.
 * Environment-agnostic: no Node or DOM imports.
 */
import { transform } from 'sucrase'
import { HANDLER_FILE } from './stackTrace'

/**
 * The free names the module sees as ours rather than the host's. Shadowing by parameters keeps the
 * host's own globals (the worker's real timers, its messaging) out of the handler's plain reach.
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
  // code shadows our parameter instead of clashing with it. It opens on the first line so that
  // stack traces keep the user's line numbers (see stackTrace.ts).
  const source = `return function () {${body}\n}\n//# sourceURL=${HANDLER_FILE}`
  let compiled: (...args: unknown[]) => () => void
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running user code is the job
    compiled = new Function(...MODULE_SCOPE_NAMES, source) as (...args: unknown[]) => () => void
  } catch (error) {
    return { ok: false, error }
  }
  return {
    ok: true,
    factory(scope, thisArg) {
      const moduleBody = compiled(...MODULE_SCOPE_NAMES.map((name) => scope[name]))
      moduleBody.call(thisArg)
    },
  }
}

/** `require` of any module fails, as for a module not in the deployment package. */
export function missingModuleRequire(specifier: unknown): never {
  const error = new Error(`Cannot find module '${String(specifier)}'`)
  Object.assign(error, { code: 'MODULE_NOT_FOUND' })
  throw error
}
