/**
 * Monaco, bundled from npm and configured once. Only HandlerEditor.tsx (a lazy chunk) imports this
 * file: a static import from the app shell would pull megabytes into the first load.
 * `loader.config({ monaco })` must run before any <Editor> mounts, or @monaco-editor/react fetches
 * Monaco from a CDN. This is the slim variant: the editor API, its
 * features (the slim API alone has no IntelliSense widget, hover or find: `features/register.all`
 * brings them) and the TypeScript/JavaScript language only.
 */
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor/editor.api'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/javascript/register'
import 'monaco-editor/languages/definitions/typescript/register'
import * as ts from 'monaco-editor/languages/features/typescript/register'
// A relative path: TypeScript rejects imports that name an `@types/…` package (TS6137).
import dynamodbStream from '../../../node_modules/@types/aws-lambda/trigger/dynamodb-stream.d.ts?raw'
import { HANDLER_COMPILER_OPTIONS } from './compilerOptions'
import { lambdaTypings } from './lambdaTypings'

self.MonacoEnvironment = {
  getWorker: (_workerId, label) =>
    label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker(),
}

ts.typescriptDefaults.setCompilerOptions(HANDLER_COMPILER_OPTIONS.typescript)
// JavaScript handlers are checked through JSDoc (`@type {import('aws-lambda')…}`), like checkJs.
ts.javascriptDefaults.setCompilerOptions(HANDLER_COMPILER_OPTIONS.javascript)
// Monaco turns semantic checks off for JavaScript by default; checkJs needs them on.
ts.javascriptDefaults.setDiagnosticsOptions({
  noSemanticValidation: false,
  noSyntaxValidation: false,
})
// Each language runs its own TypeScript worker with its own extra libs: register on both.
for (const defaults of [ts.typescriptDefaults, ts.javascriptDefaults]) {
  for (const lib of lambdaTypings(dynamodbStream)) defaults.addExtraLib(lib.content, lib.filePath)
}

loader.config({ monaco })

export { monaco }
