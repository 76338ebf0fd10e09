import { utf8Length } from '../../lib/utf8'
import type { AttributeValue, Item } from '../model/dynamo'
import type { Condition } from './conditionExpression'
import type { Placeholders } from './expressionChecks'
import type { CallNode, Operand } from './operands'
import { getPath, resolvePath } from './paths'
import {
  base64Bytes,
  base64Length,
  compareScalars,
  setElementKey,
  typeOf,
  valuesEqual,
} from './values'

function sizeOf(value: AttributeValue | undefined): AttributeValue | undefined {
  if (value === undefined) return undefined
  let size: number | undefined
  // Strings are measured in UTF-8 bytes, like every other DynamoDB string length.
  if ('S' in value) size = utf8Length(value.S)
  else if ('B' in value) size = base64Length(value.B)
  else if ('SS' in value) size = value.SS.length
  else if ('NS' in value) size = value.NS.length
  else if ('BS' in value) size = value.BS.length
  else if ('L' in value) size = value.L.length
  else if ('M' in value) size = Object.keys(value.M).length
  return size === undefined ? undefined : { N: String(size) }
}

export function evaluateOperand(
  operand: Operand,
  item: Item,
  placeholders: Placeholders,
): AttributeValue | undefined {
  switch (operand.kind) {
    case 'parenOperand':
      return evaluateOperand(operand.inner, item, placeholders)
    case 'value':
      return placeholders.values[operand.token.text]
    case 'path':
      return getPath(item, resolvePath(operand, placeholders.names))
    case 'call':
      return operand.name.text === 'size'
        ? sizeOf(evaluateOperand(operand.args[0], item, placeholders))
        : undefined
  }
}

function startsWithBytes(whole: number[], part: number[]): boolean {
  return part.length <= whole.length && part.every((byte, i) => whole[i] === byte)
}

function containsBytes(whole: number[], part: number[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (startsWithBytes(whole.slice(i), part)) return true
  }
  return false
}

function contains(haystack: AttributeValue, needle: AttributeValue): boolean {
  if ('S' in haystack) return 'S' in needle && haystack.S.includes(needle.S)
  if ('B' in haystack)
    return 'B' in needle && containsBytes(base64Bytes(haystack.B), base64Bytes(needle.B))
  if ('L' in haystack) return haystack.L.some((element) => valuesEqual(element, needle))
  for (const [setType, elementType] of [
    ['SS', 'S'],
    ['NS', 'N'],
    ['BS', 'B'],
  ] as const) {
    if (setType in haystack && elementType in needle) {
      const elements = (haystack as Record<string, string[]>)[setType]
      const wanted = setElementKey(setType, (needle as Record<string, string>)[elementType])
      return elements.some((element) => setElementKey(setType, element) === wanted)
    }
  }
  return false
}

function evaluateFunction(call: CallNode, item: Item, placeholders: Placeholders): boolean {
  const args = call.args.map((arg) => evaluateOperand(arg, item, placeholders))
  const [first, second] = args
  switch (call.name.text) {
    case 'attribute_exists':
      return first !== undefined
    case 'attribute_not_exists':
      return first === undefined
    case 'attribute_type':
      return (
        first !== undefined && second !== undefined && 'S' in second && typeOf(first) === second.S
      )
    case 'begins_with':
      if (first === undefined || second === undefined) return false
      if ('S' in first && 'S' in second) return first.S.startsWith(second.S)
      if ('B' in first && 'B' in second) {
        return startsWithBytes(base64Bytes(first.B), base64Bytes(second.B))
      }
      return false
    case 'contains':
      return first !== undefined && second !== undefined && contains(first, second)
    default:
      return false
  }
}

function ordered(a: AttributeValue | undefined, b: AttributeValue | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : compareScalars(a, b)
}

/** Evaluates a parsed condition against an item ({} when the item does not exist). */
export function evaluateCondition(
  condition: Condition,
  item: Item,
  placeholders: Placeholders,
): boolean {
  const value = (operand: Operand) => evaluateOperand(operand, item, placeholders)
  switch (condition.kind) {
    case 'or':
      return (
        evaluateCondition(condition.left, item, placeholders) ||
        evaluateCondition(condition.right, item, placeholders)
      )
    case 'and':
      return (
        evaluateCondition(condition.left, item, placeholders) &&
        evaluateCondition(condition.right, item, placeholders)
      )
    case 'not':
      return !evaluateCondition(condition.operand, item, placeholders)
    case 'paren':
      return evaluateCondition(condition.inner, item, placeholders)
    case 'function':
      return evaluateFunction(condition.call, item, placeholders)
    case 'in': {
      const target = value(condition.target)
      return (
        target !== undefined &&
        condition.list.some((operand) => {
          const candidate = value(operand)
          return candidate !== undefined && valuesEqual(target, candidate)
        })
      )
    }
    case 'between': {
      const target = value(condition.target)
      const low = ordered(value(condition.low), target)
      const high = ordered(target, value(condition.high))
      return low !== undefined && high !== undefined && low <= 0 && high <= 0
    }
    case 'compare': {
      const left = value(condition.left)
      const right = value(condition.right)
      const equal = left !== undefined && right !== undefined && valuesEqual(left, right)
      if (condition.op === '=') return equal
      // A missing attribute is unequal to everything, so `<>` holds for it.
      if (condition.op === '<>') return !equal
      const order = ordered(left, right)
      if (order === undefined) return false
      if (condition.op === '<') return order < 0
      if (condition.op === '<=') return order <= 0
      if (condition.op === '>') return order > 0
      return order >= 0
    }
  }
}
