/**
 * The CDK exports type-check against the real aws-cdk-lib and constructs types: one TypeScript program holds
 * every scenario's app (one virtual file each), so the library's declarations load once.
 */
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { cdkApp } from './cdk'
import { EXPORT_CASES } from './testing/scenarios'

const ROOT = join(import.meta.dirname, '../..')

function typeCheck(files: ReadonlyMap<string, string>): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules/@types')],
  }
  const host = ts.createCompilerHost(options)
  const read = host.readFile.bind(host)
  const exists = host.fileExists.bind(host)
  host.readFile = (f) => files.get(f) ?? read(f)
  host.fileExists = (f) => files.has(f) || exists(f)
  const program = ts.createProgram([...files.keys()], options, host)
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    )
}

describe('CDK export', () => {
  it('type-checks against aws-cdk-lib for every scenario, and a wrong prop name fails', () => {
    const files = new Map(
      EXPORT_CASES.map((c, i) => [join(ROOT, `cdk-export-${i}.ts`), cdkApp(c.model)]),
    )
    // In the same program (the library's declarations load once): proves the check can fail.
    const wrong = join(ROOT, 'cdk-export-wrong.ts')
    const withRetries = [...files.values()].find((app) => app.includes('retryAttempts:'))
    expect(withRetries).toBeDefined()
    files.set(wrong, (withRetries ?? '').replace('retryAttempts:', 'maximumRetryAttempts:'))
    const errors = typeCheck(files)
    expect(errors.filter((e) => !e.startsWith(wrong))).toEqual([])
    expect(errors.join('\n')).toMatch(/'maximumRetryAttempts' does not exist/)
  }, 120_000)
})
