/**
 * Every built-in handler type-checks cleanly with the editor's own options and typings: the presets
 * and examples as they load (JavaScript) and after the TS toggle, and every template in both
 * languages. Monaco shows warnings and errors; the list of either must be empty.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import {
  HANDLER_TEMPLATE_NAMES,
  SCENARIO_PRESETS,
  convertHandlerLanguage,
  handlerTemplate,
} from '../../scenarios'
import {
  HANDLER_COMPILER_OPTIONS,
  MODULE_ESNEXT,
  MODULE_RESOLUTION_BUNDLER,
  TARGET_ES2022,
} from './compilerOptions'
import { lambdaTypings } from './lambdaTypings'

type Language = 'javascript' | 'typescript'

const ROOT = join(import.meta.dirname, '../../..')
const typings = lambdaTypings(
  readFileSync(join(ROOT, 'node_modules/@types/aws-lambda/trigger/dynamodb-stream.d.ts'), 'utf8'),
).map((lib) => ({ path: lib.filePath.replace(/^file:\/\//, ''), text: lib.content }))

/** Parsed lib and typing files, shared by every program: parsing lib.dom each time is slow. */
const parsed = new Map<string, ts.SourceFile>()

/**
 * Diagnostics of one handler as Monaco reports them: the model file compiled with every extra lib
 * as a root, and only the model's own syntactic and semantic diagnostics (plus option errors).
 */
function diagnosticsOf(code: string, language: Language): string[] {
  const options: ts.CompilerOptions = { ...HANDLER_COMPILER_OPTIONS[language], noEmit: true }
  const fileName = language === 'typescript' ? '/index.ts' : '/index.js'
  const files = new Map(typings.map((t) => [t.path, t.text]))
  const host = ts.createCompilerHost(options)
  const libDir = dirname(ts.getDefaultLibFilePath(options))
  const isLib = (path: string) => path.startsWith(libDir)
  const read = (path: string) =>
    path === fileName ? code : (files.get(path) ?? (isLib(path) ? host.readFile(path) : undefined))
  const virtualHost: ts.CompilerHost = {
    ...host,
    getCurrentDirectory: () => '/',
    fileExists: (path) => read(path) !== undefined,
    readFile: read,
    directoryExists: (dir) => isLib(dir) || [...files.keys()].some((p) => p.startsWith(`${dir}/`)),
    // Monaco's host cannot list directories, so no automatic @types inclusion; nor here.
    getDirectories: () => [],
    getSourceFile: (path, languageVersion) => {
      if (path === fileName) return ts.createSourceFile(path, code, languageVersion)
      const key = `${path}@${JSON.stringify(languageVersion)}`
      const text = read(path)
      if (text === undefined) return undefined
      const file = parsed.get(key) ?? ts.createSourceFile(path, text, languageVersion)
      parsed.set(key, file)
      return file
    },
  }
  const program = ts.createProgram([fileName, ...typings.map((t) => t.path)], options, virtualHost)
  const source = program.getSourceFile(fileName)
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ]
    .filter((d) => d.category !== ts.DiagnosticCategory.Suggestion)
    .map((d) => {
      const line = d.file ? `:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : ''
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n')
      return `${d.file?.fileName ?? 'options'}${line} TS${d.code}: ${message}`
    })
}

/** What the editor shows after the JS/TS toggle (store/handlerSlice: the JSDoc type becomes a TS type). */
const inTypeScript = (code: string) => convertHandlerLanguage(code, 'typescript')

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const file = JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as {
      function: { code: string; language?: Language }
    }
    return [name, file.function.code, file.function.language ?? 'javascript'] as const
  })

describe('the editor type-checks every built-in handler without a diagnostic', () => {
  it('the shared option numbers are the typescript enums they stand for', () => {
    expect([TARGET_ES2022, MODULE_ESNEXT, MODULE_RESOLUTION_BUNDLER]).toEqual([
      ts.ScriptTarget.ES2022,
      ts.ModuleKind.ESNext,
      ts.ModuleResolutionKind.Bundler,
    ])
  })

  it.each(
    HANDLER_TEMPLATE_NAMES.flatMap(
      (name) =>
        [
          [name, 'javascript'],
          [name, 'typescript'],
        ] as const,
    ),
  )('template %s in %s', (name, language) => {
    expect(diagnosticsOf(handlerTemplate(name, language), language)).toEqual([])
  })

  it.each(Object.entries(SCENARIO_PRESETS))(
    'preset %s, as loaded and after the TS toggle',
    (_, preset) => {
      expect(diagnosticsOf(preset.function.code, 'javascript')).toEqual([])
      expect(diagnosticsOf(inTypeScript(preset.function.code), 'typescript')).toEqual([])
    },
  )

  it.each(examples)('example %s, as loaded and after the TS toggle', (_, code, language) => {
    expect(diagnosticsOf(code, language)).toEqual([])
    expect(diagnosticsOf(inTypeScript(code), 'typescript')).toEqual([])
  })

  // The two complaints issue 8 reported against valid JavaScript.
  it('JavaScript: an untyped event is any, and an optional field may be read without a check', () => {
    const code = `/** @type {import('aws-lambda').DynamoDBStreamHandler} */
export const handler = async (event) => {
  for (const record of event.Records) console.log(record.dynamodb.Keys)
}
export const untyped = (event) => event.Records.length
`
    expect(diagnosticsOf(code, 'javascript')).toEqual([])
  })

  it('JavaScript still reports a real type error; TypeScript stays strict', () => {
    const wrongField = `/** @type {import('aws-lambda').DynamoDBStreamHandler} */
export const handler = async (event) => console.log(event.records)
`
    expect(diagnosticsOf(wrongField, 'javascript')).toEqual([
      "/index.js:2 TS2551: Property 'records' does not exist on type 'DynamoDBStreamEvent'. Did you mean 'Records'?",
    ])
    expect(diagnosticsOf('export const f = (event) => event\n', 'typescript')).toEqual([
      "/index.ts:1 TS7006: Parameter 'event' implicitly has an 'any' type.",
    ])
  })
})
