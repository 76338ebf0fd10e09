import { describe, expect, it } from 'vitest'
import { convertHandlerLanguage } from './handlerLanguage'
import { HANDLER_TEMPLATE_NAMES, handlerTemplate } from './handlerTemplates'

const typedJs = `// Echo.
/** @type {import('aws-lambda').DynamoDBStreamHandler} */
export const handler = async (event) => {
  console.log(event.Records.length)
}
`
const typedTs = `import type { DynamoDBStreamHandler } from 'aws-lambda'

// Echo.
export const handler: DynamoDBStreamHandler = async (event) => {
  console.log(event.Records.length)
}
`

describe('the language toggle keeps the handler’s type', () => {
  it('turns a JSDoc-typed JavaScript handler into a typed TypeScript handler', () => {
    expect(convertHandlerLanguage(typedJs, 'typescript')).toBe(typedTs)
  })
  it('turns it back into the same JavaScript', () => {
    expect(convertHandlerLanguage(typedTs, 'javascript')).toBe(typedJs)
  })
  it.each(HANDLER_TEMPLATE_NAMES)('maps template %s to its other-language template', (name) => {
    const js = handlerTemplate(name, 'javascript')
    const ts = handlerTemplate(name, 'typescript')
    expect(convertHandlerLanguage(js, 'typescript')).toBe(ts)
    expect(convertHandlerLanguage(ts, 'javascript')).toBe(js)
  })
  it('leaves code without the annotation, or already in the target language, as it is', () => {
    const untyped = 'export const handler = async (event) => {}\n'
    expect(convertHandlerLanguage(untyped, 'typescript')).toBe(untyped)
    expect(convertHandlerLanguage(untyped, 'javascript')).toBe(untyped)
    expect(convertHandlerLanguage(typedJs, 'javascript')).toBe(typedJs)
    expect(convertHandlerLanguage(typedTs, 'typescript')).toBe(typedTs)
  })
  it('keeps a TypeScript handler whose type is not imported from aws-lambda at the top', () => {
    const local = 'type H = () => void\nexport const handler: H = async () => {}\n'
    expect(convertHandlerLanguage(local, 'javascript')).toBe(local)
  })
})
