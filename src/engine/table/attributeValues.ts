import { boundText } from '../../lib/boundText'
import { parseDecimal } from './decimal'
import { ATTRIBUTE_TYPES, isBase64, setElementKey } from './values'

const INVALID = 'One or more parameter values were invalid: '
const TYPE_SET: ReadonlySet<string> = new Set(ATTRIBUTE_TYPES)
const EMPTY =
  'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'
const SEVERAL =
  'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'

/**
 * DynamoDB's limit: 32 levels, the innermost value counting as one, so at most 31 L or M levels above a scalar
 * (docs/semantics.md A12; observed on AWS: 31 map levels around a string are stored, 32 are refused).
 */
export const MAX_NESTING_LEVELS = 32
export const NESTING_EXCEEDED =
  'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((x) => typeof x === 'string')
}

// JSON that is not DynamoDB JSON at all is a SerializationException in DynamoDB, whose text
// depends on the SDK; these messages are ours.
function wrongShape(type: string, expected: string): string {
  return `${INVALID}The value of ${type} must be ${expected}`
}

function checkSet(type: 'SS' | 'NS' | 'BS', elements: unknown): string | undefined {
  if (!isStringArray(elements)) return wrongShape(type, 'a list of strings')
  if (elements.length === 0) {
    if (type === 'SS') return `${INVALID}An string set  may not be empty`
    if (type === 'NS') return `${INVALID}An number set  may not be empty`
    return `${INVALID}Binary sets should not be empty`
  }
  for (const element of elements) {
    if (type === 'NS') {
      const parsed = parseDecimal(element)
      if (!parsed.ok) return parsed.message
    }
    if (type === 'BS' && !isBase64(element)) return wrongShape('BS', 'a list of base64 strings')
  }
  const keys = elements.map((x) => setElementKey(type, x))
  if (new Set(keys).size === keys.length) return undefined
  if (type === 'NS') return 'Input collection contains duplicates'
  const listed = boundText(`[${elements.join(', ')}]`)
  return type === 'SS'
    ? `${INVALID}Input collection ${listed} contains duplicates.`
    : `${INVALID}Input collection ${listed}of type BS contains duplicates.`
}

/** `depth`: this value's level, 1 for an attribute's own value; past 32 the value is refused unread. */
function checkPayload(type: string, payload: unknown, depth: number): string | undefined {
  if (depth > MAX_NESTING_LEVELS) return NESTING_EXCEEDED
  switch (type) {
    case 'S':
      return typeof payload === 'string' ? undefined : wrongShape('S', 'a string')
    case 'N': {
      if (typeof payload !== 'string') return wrongShape('N', 'a string')
      const parsed = parseDecimal(payload)
      return parsed.ok ? undefined : parsed.message
    }
    case 'B':
      return typeof payload === 'string' && isBase64(payload)
        ? undefined
        : wrongShape('B', 'a base64 string')
    case 'BOOL':
      return typeof payload === 'boolean' ? undefined : wrongShape('BOOL', 'true or false')
    case 'NULL':
      return payload === true
        ? undefined
        : `${INVALID}Null attribute value types must have the value of true`
    case 'SS':
    case 'NS':
    case 'BS':
      return checkSet(type, payload)
    case 'L':
      if (!Array.isArray(payload)) return wrongShape('L', 'a list')
      for (const element of payload) {
        const problem = checkAttributeValue(element, depth)
        if (problem !== undefined) return problem
      }
      return undefined
    default:
      if (!isRecord(payload)) return wrongShape('M', 'a map')
      return checkAttributeMap(payload, depth)[0]
  }
}

/**
 * DynamoDB's message for a malformed attribute value, or undefined when it is well formed.
 * `parentDepth`: the L/M levels around the value; the recursion stops past DynamoDB's 32.
 */
export function checkAttributeValue(value: unknown, parentDepth = 0): string | undefined {
  if (!isRecord(value)) return EMPTY
  const keys = Object.keys(value)
  // The usual value has exactly one key, a type: checked without building the filtered list.
  if (keys.length === 1 && TYPE_SET.has(keys[0]))
    return checkPayload(keys[0], value[keys[0]], parentDepth + 1)
  const types = keys.filter((key) => TYPE_SET.has(key))
  if (types.length === 0) return EMPTY
  for (const type of types) {
    const problem = checkPayload(type, value[type], parentDepth + 1)
    if (problem !== undefined) return problem
  }
  return types.length > 1 ? SEVERAL : undefined
}

/** Checks that a value is a well-formed DynamoDB JSON attribute map; one message per bad attribute. */
export function checkAttributeMap(value: unknown, parentDepth = 0): string[] {
  if (!isRecord(value)) return [`${INVALID}Expected a map of attribute names to attribute values`]
  const problems: string[] = []
  for (const attribute of Object.values(value)) {
    const problem = checkAttributeValue(attribute, parentDepth)
    if (problem !== undefined) problems.push(problem)
  }
  return problems
}
