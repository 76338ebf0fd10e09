/**
 * Lints a filter pattern for DynamoDB traps: patterns AWS accepts but that silently never (or always) match.
 * The record shape is the one Lambda delivers (docs/semantics.md A1.6); the traps are the ones AWS documents for
 * DynamoDB (https://docs.aws.amazon.com/lambda/latest/dg/with-ddb-filtering.html) plus literal-type slips.
 */
import { MAX_PATTERN_CHARS, PatternNumber, isPatternObject, parsePattern } from './filterMatchParse'
import type { PatternObject, PatternValue } from './filterMatchParse'

type Shape =
  | 'record'
  | 'dynamodb'
  | 'userIdentity'
  | 'image' // attribute name → typed value (Keys, NewImage, OldImage, or inside M)
  | 'attribute' // typed value: {"S": …}, {"N": …}
  | 'string'
  | 'number'
  | 'boolean'
  | 'unknown'

interface Context {
  readonly shape: Shape
  readonly inImage: boolean
  /** The DynamoDB type key this leaf sits under (S, N, BOOL …), for messages. */
  readonly type?: string
}

const OBJECT_SHAPES: ReadonlySet<Shape> = new Set([
  'record',
  'dynamodb',
  'userIdentity',
  'image',
  'attribute',
])
const TOP_KEYS: Record<string, Shape> = {
  eventID: 'string',
  eventName: 'string',
  eventVersion: 'string',
  eventSource: 'string',
  awsRegion: 'string',
  dynamodb: 'dynamodb',
  eventSourceARN: 'string',
  userIdentity: 'userIdentity',
}
const DYNAMODB_KEYS: Record<string, Shape> = {
  ApproximateCreationDateTime: 'number',
  Keys: 'image',
  NewImage: 'image',
  OldImage: 'image',
  SequenceNumber: 'string',
  SizeBytes: 'number',
  StreamViewType: 'string',
}
const USER_IDENTITY_KEYS: Record<string, Shape> = { type: 'string', principalId: 'string' }
const TYPE_KEYS: Record<string, Shape> = {
  S: 'string',
  N: 'string',
  B: 'string',
  SS: 'string',
  NS: 'string',
  BS: 'string',
  BOOL: 'boolean',
  NULL: 'boolean',
  M: 'image',
  L: 'attribute',
}
const EVENT_NAMES = ['INSERT', 'MODIFY', 'REMOVE']

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

function knownChild(
  table: Record<string, Shape>,
  key: string,
  at: string,
  where: string,
  warnings: string[],
): Shape {
  if (Object.hasOwn(table, key)) return table[key]
  const known = Object.keys(table).join(', ')
  warnings.push(`${at}: a DynamoDB stream record has no key "${key}" ${where} (known: ${known})`)
  return 'unknown'
}

function childContext(ctx: Context, key: string, at: string, warnings: string[]): Context {
  const inImage = ctx.inImage
  switch (ctx.shape) {
    case 'record':
      return { shape: knownChild(TOP_KEYS, key, at, 'at the top level', warnings), inImage }
    case 'dynamodb': {
      const shape = knownChild(DYNAMODB_KEYS, key, at, 'under "dynamodb"', warnings)
      return { shape, inImage: shape === 'image' }
    }
    case 'userIdentity':
      return {
        shape: knownChild(USER_IDENTITY_KEYS, key, at, 'under "userIdentity"', warnings),
        inImage,
      }
    case 'image':
      return { shape: 'attribute', inImage }
    case 'attribute': {
      if (Object.hasOwn(TYPE_KEYS, key)) return { shape: TYPE_KEYS[key], inImage, type: key }
      warnings.push(
        `${at}: "${key}" is not a DynamoDB type key (${Object.keys(TYPE_KEYS).join(', ')}), so it never matches`,
      )
      return { shape: 'unknown', inImage }
    }
    case 'string':
    case 'number':
    case 'boolean':
    case 'unknown':
      return { shape: 'unknown', inImage }
  }
}

function operatorOf(element: PatternValue): string | undefined {
  return isPatternObject(element) ? Object.keys(element)[0] : undefined
}

function lintLeaf(
  tests: PatternValue[],
  ctx: Context,
  key: string,
  at: string,
  warnings: string[],
): void {
  const ops = tests.map(operatorOf)
  if (OBJECT_SHAPES.has(ctx.shape)) {
    if (ops.includes('exists')) {
      const fix =
        ctx.shape === 'attribute'
          ? `; test a type key instead: {"${key}":{"S":[{"exists":true}]}}`
          : ''
      warnings.push(
        `${at}: exists works only on leaf nodes and this is an object, so {"exists": true} never matches and {"exists": false} always matches${fix}`,
      )
    }
    if (ops.some((op) => op !== 'exists')) {
      warnings.push(
        ctx.shape === 'attribute'
          ? `${at}: an attribute filter needs its type key: the value is an object such as {"S": "…"}, so write {"${key}":{"S":[…]}}`
          : `${at}: this is an object, not a leaf, so value tests here never match`,
      )
    }
    return
  }
  if (ops.includes('numeric') && (ctx.inImage || ctx.shape === 'string')) {
    warnings.push(
      ctx.inImage
        ? `${at}: numeric never matches a DynamoDB attribute value: ${ctx.type ?? 'N'} values are strings in the record (e.g. "101"); use exact strings, prefix or anything-but`
        : `${at}: numeric only matches JSON numbers, and this field is a string`,
    )
  }
  for (const test of tests) {
    if (ctx.shape === 'string' && test instanceof PatternNumber) {
      warnings.push(
        `${at}: ${test.raw} is a JSON number, but this field is a string: write "${test.raw}"`,
      )
    } else if (ctx.shape === 'boolean' && typeof test === 'string') {
      warnings.push(
        `${at}: ${ctx.type} values are JSON booleans: write ${test === 'false' ? 'false' : 'true'}, not "${test}"`,
      )
    } else if (ctx.shape === 'number' && typeof test === 'string') {
      warnings.push(
        `${at}: this field is a JSON number, so the string "${test}" never equals it; use numeric`,
      )
    } else if (
      key === 'eventName' &&
      ctx.shape === 'string' &&
      typeof test === 'string' &&
      !EVENT_NAMES.includes(test)
    ) {
      warnings.push(
        `${at}: "${test}" never matches; eventName is one of "INSERT", "MODIFY", "REMOVE"`,
      )
    }
  }
}

function lintObject(pattern: PatternObject, ctx: Context, path: string, warnings: string[]): void {
  for (const key of Object.keys(pattern)) {
    const value = pattern[key]
    if (key === '$or' && Array.isArray(value) && value.length > 0 && value.every(isPatternObject)) {
      value.forEach((branch, i) => lintObject(branch, ctx, join(path, `$or[${i}]`), warnings))
      continue
    }
    const at = join(path, key)
    const child = childContext(ctx, key, at, warnings)
    if (Array.isArray(value)) lintLeaf(value, child, key, at, warnings)
    else if (isPatternObject(value)) lintObject(value, child, at, warnings)
  }
}

/**
 * Lints one pattern for known traps and returns human-readable warnings, each starting with the JSON path
 * of the trap: a numeric operator on a DynamoDB attribute value, `exists` on a non-leaf node, an attribute
 * filter without its type key, keys the record does not have, literals of the wrong JSON type.
 */
export function lintFilterPattern(pattern: string): string[] {
  // The lints recurse; Lambda's length limit bounds how deep (docs/semantics.md D19).
  if (pattern.length > MAX_PATTERN_CHARS)
    return [`$: longer than ${MAX_PATTERN_CHARS} characters, so it cannot be linted`]
  let parsed: PatternValue
  try {
    parsed = parsePattern(pattern)
  } catch {
    return ['$: not valid JSON, so it cannot be linted']
  }
  if (!isPatternObject(parsed)) return ['$: a filter pattern must be a JSON object']
  const warnings: string[] = []
  lintObject(parsed, { shape: 'record', inImage: false }, '', warnings)
  return warnings
}
