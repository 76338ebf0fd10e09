/**
 * The JavaScript ⇄ TypeScript toggle for handler code. A JavaScript handler typed with JSDoc
 * (`/** @type {import('aws-lambda').T} *\/` above `export const handler =`) becomes the TypeScript handler
 * `export const handler: T =` with `import type { T } from 'aws-lambda'`, and back, so the toggle keeps the
 * handler's type and a round trip gives the same text. Code without that annotation is left as it is:
 * guessing types for it would be wrong more often than right.
 */

type Language = 'javascript' | 'typescript'

const JSDOC_HANDLER =
  /^\/\*\* @type \{import\('aws-lambda'\)\.(\w+)\} \*\/\nexport const handler = /m
const TS_HANDLER = /^export const handler: (\w+) = /m
const tsImport = (type: string) => `import type { ${type} } from 'aws-lambda'\n\n`

export function convertHandlerLanguage(code: string, to: Language): string {
  if (to === 'typescript') {
    const match = JSDOC_HANDLER.exec(code)
    if (match === null) return code
    const type = match[1]
    return tsImport(type) + code.replace(JSDOC_HANDLER, `export const handler: ${type} = `)
  }
  const match = TS_HANDLER.exec(code)
  if (match === null || !code.startsWith(tsImport(match[1]))) return code
  const type = match[1]
  return code
    .slice(tsImport(type).length)
    .replace(TS_HANDLER, `/** @type {import('aws-lambda').${type}} */\nexport const handler = `)
}
