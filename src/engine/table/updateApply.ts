import type { AttributeValue, Item } from '../model/dynamo'
import { addDecimal, checkLimits, decimalOf, formatDecimal, subtractDecimal } from './decimal'
import type { Placeholders } from './expressionChecks'
import type { Operand } from './operands'
import { canWritePath, getPath, removePath, resolvePath, setPath } from './paths'
import type { DocumentPath } from './paths'
import { checkAttributeMap } from './attributeValues'
import { MAX_ITEM_SIZE_BYTES, itemSizeBytes } from './size'
import type { ParsedUpdate, SetValue } from './updateExpression'
import { setElementKey, storedItem, storedValue } from './values'

export const WRONG_TYPE = 'An operand in the update expression has an incorrect data type'
export const INVALID_PATH =
  'The document path provided in the update expression is invalid for update'
export const MISSING_ATTRIBUTE =
  'The provided expression refers to an attribute that does not exist in the item'

class UpdateFailure extends Error {}

function evaluate(operand: Operand, source: Item, placeholders: Placeholders): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return placeholders.values[operand.token.text]
    case 'parenOperand':
      return evaluate(operand.inner, source, placeholders)
    case 'path': {
      const value = getPath(source, resolvePath(operand, placeholders.names))
      if (value === undefined) throw new UpdateFailure(MISSING_ATTRIBUTE)
      return value
    }
    case 'call': {
      const [first, second] = operand.args
      if (operand.name.text === 'if_not_exists') {
        const existing =
          first.kind === 'path'
            ? getPath(source, resolvePath(first, placeholders.names))
            : undefined
        return existing ?? evaluate(second, source, placeholders)
      }
      const left = evaluate(first, source, placeholders)
      const right = evaluate(second, source, placeholders)
      if (!('L' in left) || !('L' in right)) throw new UpdateFailure(WRONG_TYPE)
      return { L: [...left.L, ...right.L] }
    }
  }
}

function numberResult(text: string): AttributeValue {
  const problem = checkLimits(decimalOf(text))
  if (problem !== undefined) throw new UpdateFailure(problem)
  return { N: text }
}

function evaluateSetValue(
  value: SetValue,
  source: Item,
  placeholders: Placeholders,
): AttributeValue {
  if (value.kind !== 'arith') return evaluate(value, source, placeholders)
  const left = evaluate(value.left, source, placeholders)
  const right = evaluate(value.right, source, placeholders)
  if (!('N' in left) || !('N' in right)) throw new UpdateFailure(WRONG_TYPE)
  const combine = value.op === '+' ? addDecimal : subtractDecimal
  return numberResult(formatDecimal(combine(decimalOf(left.N), decimalOf(right.N))))
}

const SET_TYPES = ['SS', 'NS', 'BS'] as const

function setType(value: AttributeValue): (typeof SET_TYPES)[number] | undefined {
  return SET_TYPES.find((type) => type in value)
}

function addTo(current: AttributeValue, operand: AttributeValue): AttributeValue {
  if ('N' in current && 'N' in operand) {
    return numberResult(formatDecimal(addDecimal(decimalOf(current.N), decimalOf(operand.N))))
  }
  const type = setType(current)
  if (type === undefined || !(type in operand)) throw new UpdateFailure(WRONG_TYPE)
  const elements = [...(current as Record<string, string[]>)[type]]
  const present = new Set(elements.map((x) => setElementKey(type, x)))
  for (const element of (operand as Record<string, string[]>)[type]) {
    if (!present.has(setElementKey(type, element))) elements.push(element)
    present.add(setElementKey(type, element))
  }
  return storedValue({ [type]: elements } as AttributeValue)
}

function deleteFrom(current: AttributeValue, operand: AttributeValue): AttributeValue | undefined {
  const type = setType(current)
  if (type === undefined || !(type in operand)) throw new UpdateFailure(WRONG_TYPE)
  const removed = new Set(
    (operand as Record<string, string[]>)[type].map((x) => setElementKey(type, x)),
  )
  const kept = (current as Record<string, string[]>)[type].filter(
    (x) => !removed.has(setElementKey(type, x)),
  )
  return kept.length === 0 ? undefined : ({ [type]: kept } as AttributeValue)
}

function comparePathsDescending(a: DocumentPath, b: DocumentPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue
    if (typeof a[i] === 'number' && typeof b[i] === 'number')
      return (b[i] as number) - (a[i] as number)
    return 0
  }
  return 0
}

/**
 * Applies a statically valid update to an item (or to the bare key when the item is missing).
 * Operands read the item as it was before the update, as in DynamoDB.
 */
export function applyUpdate(
  update: ParsedUpdate,
  oldItem: Item | undefined,
  key: Item,
  placeholders: Placeholders,
): { ok: true; item: Item } | { ok: false; message: string } {
  const source = oldItem ?? key
  const item = storedItem(source)
  try {
    const assigned = update.actions.map((action) =>
      action.kind === 'SET' ? evaluateSetValue(action.value, source, placeholders) : undefined,
    )
    const removals: DocumentPath[] = []
    update.actions.forEach((action, i) => {
      const path = update.paths[i]
      const assignedValue = assigned[i]
      if (action.kind === 'REMOVE') return removals.push(path)
      if (action.kind === 'SET') {
        if (!setPath(item, path, storedValue(assignedValue as AttributeValue))) {
          throw new UpdateFailure(INVALID_PATH)
        }
        return
      }
      const operand = placeholders.values[action.value.token.text]
      const current = getPath(item, path)
      if (!canWritePath(item, path)) throw new UpdateFailure(INVALID_PATH)
      if (action.kind === 'ADD') {
        setPath(item, path, current === undefined ? storedValue(operand) : addTo(current, operand))
      } else if (current !== undefined) {
        const rest = deleteFrom(current, operand)
        if (rest === undefined) removePath(item, path)
        else setPath(item, path, rest)
      }
    })
    // Indexes name positions in the list as it was, so remove later elements first.
    for (const path of [...removals].sort(comparePathsDescending)) {
      if (!removePath(item, path)) throw new UpdateFailure(INVALID_PATH)
    }
  } catch (error) {
    if (error instanceof UpdateFailure) return { ok: false, message: error.message }
    throw error
  }
  // A SET can put a deep value under a deep path: the stored item obeys the same 32 levels (docs/semantics.md A12).
  const tooDeep = checkAttributeMap(item)[0]
  if (tooDeep !== undefined) return { ok: false, message: tooDeep }
  if (itemSizeBytes(item) > MAX_ITEM_SIZE_BYTES) {
    return { ok: false, message: 'Item size to update has exceeded the maximum allowed size' }
  }
  return { ok: true, item }
}
