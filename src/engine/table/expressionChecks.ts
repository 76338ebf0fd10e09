import { utf8Length } from '../../lib/utf8'
import type { AttributeValue, Item } from '../model/dynamo'
import type { CallNode, Operand, References } from './operands'
import { unwrap } from './operands'
import { formatPath, resolvePath } from './paths'
import type { DocumentPath } from './paths'
import { isReservedWord } from './reservedWords'
import type { TokenStream } from './tokenizer'
import { typeOf } from './values'

export const CONDITION_FUNCTIONS: Readonly<Record<string, number>> = {
  attribute_exists: 1,
  attribute_not_exists: 1,
  attribute_type: 2,
  begins_with: 2,
  contains: 2,
  size: 1,
}

export const UPDATE_FUNCTIONS: Readonly<Record<string, number>> = {
  if_not_exists: 2,
  list_append: 2,
}

/** Placeholders supplied with a request, and the ones some expression has used so far. */
export interface Placeholders {
  readonly names: Readonly<Record<string, string>>
  readonly values: Readonly<Item>
  readonly usedNames: Set<string>
  readonly usedValues: Set<string>
}

export function createPlaceholders(names?: Record<string, string>, values?: Item): Placeholders {
  return { names: names ?? {}, values: values ?? {}, usedNames: new Set(), usedValues: new Set() }
}

/** DynamoDB's limit on any expression string, in UTF-8 bytes as sent (docs/semantics.md D19). */
export const MAX_EXPRESSION_BYTES = 4096

/** Checked before parsing: a longer expression is refused whole, so no input nests the parser past its stack. */
export function checkExpressionSize(source: string, stream: TokenStream): void {
  const size = utf8Length(source)
  if (size > MAX_EXPRESSION_BYTES) {
    throw stream.fail(
      `Expression size has exceeded the maximum allowed size; expression size: ${size}`,
    )
  }
}

export function checkReservedWords(refs: References, stream: TokenStream): void {
  const reserved = refs.names.find((token) => isReservedWord(token.text))
  if (reserved !== undefined) {
    throw stream.fail(`Attribute name is a reserved keyword; reserved keyword: ${reserved.text}`)
  }
}

export function checkFunctionNames(
  refs: References,
  stream: TokenStream,
  context: 'condition' | 'update',
): void {
  const own = context === 'condition' ? CONDITION_FUNCTIONS : UPDATE_FUNCTIONS
  const other = context === 'condition' ? UPDATE_FUNCTIONS : CONDITION_FUNCTIONS
  for (const call of refs.calls) {
    const name = call.name.text
    if (Object.hasOwn(own, name)) continue
    if (Object.hasOwn(other, name)) {
      const article = context === 'update' ? 'an' : 'a'
      throw stream.fail(
        `The function is not allowed in ${article} ${context} expression; function: ${name}`,
      )
    }
    throw stream.fail(`Invalid function name; function: ${name}`)
  }
}

export function checkPlaceholders(
  refs: References,
  stream: TokenStream,
  placeholders: Placeholders,
): void {
  for (const token of refs.placeholders) {
    if (token.kind === 'attrName') {
      if (!Object.hasOwn(placeholders.names, token.text)) {
        throw stream.fail(
          `An expression attribute name used in the document path is not defined; attribute name: ${token.text}`,
        )
      }
      placeholders.usedNames.add(token.text)
    } else {
      if (!Object.hasOwn(placeholders.values, token.text)) {
        throw stream.fail(
          `An expression attribute value used in expression is not defined; attribute value: ${token.text}`,
        )
      }
      placeholders.usedValues.add(token.text)
    }
  }
}

export function checkArity(refs: References, stream: TokenStream): void {
  for (const call of refs.calls) {
    const name = call.name.text
    const expected = CONDITION_FUNCTIONS[name] ?? UPDATE_FUNCTIONS[name]
    if (call.args.length !== expected) {
      throw stream.fail(
        `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${call.args.length}`,
      )
    }
  }
}

/** The type an operand is known to have before reading the item (values and size()), if any. */
export function staticType(operand: Operand, placeholders: Placeholders): string | undefined {
  const node = unwrap(operand)
  if (node.kind === 'value') return typeOf(placeholders.values[node.token.text])
  if (node.kind === 'call' && node.name.text === 'size') return 'N'
  return undefined
}

export function requirePath(call: CallNode, index: number, stream: TokenStream): void {
  if (unwrap(call.args[index]).kind !== 'path') {
    throw stream.fail(
      `Operator or function requires a document path; operator or function: ${call.name.text}`,
    )
  }
}

export function operandTypeError(stream: TokenStream, operator: string, type: string): Error {
  return stream.fail(
    `Incorrect operand type for operator or function; operator or function: ${operator}, operand type: ${type}`,
  )
}

export function pathOf(operand: Operand, placeholders: Placeholders): DocumentPath | undefined {
  const node = unwrap(operand)
  return node.kind === 'path' ? resolvePath(node, placeholders.names) : undefined
}

export function samePath(a: Operand, b: Operand, placeholders: Placeholders): string | undefined {
  const left = pathOf(a, placeholders)
  const right = pathOf(b, placeholders)
  if (left === undefined || right === undefined) return undefined
  return JSON.stringify(left) === JSON.stringify(right) ? formatPath(left) : undefined
}

/** DynamoDB's rendering of a scalar in messages: `AttributeValue: {N:5}`. */
export function describeValue(value: AttributeValue): string {
  const type = typeOf(value)
  return `AttributeValue: {${type}:${String((value as Record<string, unknown>)[type])}}`
}

export function unusedPlaceholderErrors(placeholders: Placeholders): string[] {
  const unusedNames = Object.keys(placeholders.names).filter((k) => !placeholders.usedNames.has(k))
  if (unusedNames.length > 0) {
    return [
      `Value provided in ExpressionAttributeNames unused in expressions: keys: {${unusedNames.join(', ')}}`,
    ]
  }
  const unusedValues = Object.keys(placeholders.values).filter(
    (k) => !placeholders.usedValues.has(k),
  )
  if (unusedValues.length > 0) {
    return [
      `Value provided in ExpressionAttributeValues unused in expressions: keys: {${unusedValues.join(', ')}}`,
    ]
  }
  return []
}
