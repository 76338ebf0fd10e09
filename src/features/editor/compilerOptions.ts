/**
 * The TypeScript options the handler editor checks with, per language. Plain data, shared by
 * monacoSetup.ts (Monaco's TypeScript 5.9) and compilerOptions.test.ts (the `typescript` package, 6.x),
 * so the test sees exactly what the editor shows. Enum members are numbers here: Monaco's own enums
 * stop at ES2020 and NodeJs although its TypeScript knows ES2022 and Bundler; the test checks each
 * number against the `typescript` package's enum.
 */
// A type, not an interface: Monaco's CompilerOptions has an index signature only types satisfy.
export type HandlerCompilerOptions = {
  readonly target: number
  readonly module: number
  readonly moduleResolution: number
  readonly esModuleInterop: boolean
  /** Monaco's models may be named anything; a hidden TypeScript option. */
  readonly allowNonTsExtensions: boolean
  readonly strict: boolean
  readonly allowJs?: boolean
  readonly checkJs?: boolean
}

/** ScriptTarget.ES2022: the handler runs on Node.js 20+, which has `Array#at`, `Object.hasOwn`… */
export const TARGET_ES2022 = 9
/** ModuleKind.ESNext: handlers `export const handler`. */
export const MODULE_ESNEXT = 99
/**
 * ModuleResolutionKind.Bundler: finds `aws-lambda` under node_modules/@types like Node does, and,
 * unlike `node10`, is not deprecated in TypeScript 6.
 */
export const MODULE_RESOLUTION_BUNDLER = 100

const COMMON = {
  target: TARGET_ES2022,
  module: MODULE_ESNEXT,
  moduleResolution: MODULE_RESOLUTION_BUNDLER,
  esModuleInterop: true,
  allowNonTsExtensions: true,
}

export const HANDLER_COMPILER_OPTIONS: Readonly<
  Record<'javascript' | 'typescript', HandlerCompilerOptions>
> = {
  /**
   * A JavaScript project with `checkJs`: JSDoc types are checked, an untyped parameter is simply
   * `any` and `record.dynamodb.Keys` is fine. `strict` is spelled out: TypeScript 6 turns it on by
   * default, which would flag valid JavaScript.
   */
  javascript: { ...COMMON, allowJs: true, checkJs: true, strict: false },
  /** A strict TypeScript project, as `tsc --init` makes. */
  typescript: { ...COMMON, strict: true },
}
