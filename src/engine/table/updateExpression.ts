import {
  checkArity,
  checkExpressionSize,
  checkFunctionNames,
  checkPlaceholders,
  checkReservedWords,
  operandTypeError,
  requirePath,
  staticType,
} from './expressionChecks'
import type { Placeholders } from './expressionChecks'
import { collectReferences, parseOperand, parsePath, visitOperand } from './operands'
import type { CallNode, Operand, OperandSyntax, ValueNode } from './operands'
import { formatPath, pathsConflict, pathsOverlap, resolvePath } from './paths'
import type { DocumentPath, PathNode } from './paths'
import { TokenStream } from './tokenizer'
import { typeOf } from './values'

export type ClauseName = 'SET' | 'REMOVE' | 'ADD' | 'DELETE'

export type SetValue = Operand | { kind: 'arith'; op: '+' | '-'; left: Operand; right: Operand }

export type UpdateAction =
  | { kind: 'SET'; path: PathNode; value: SetValue }
  | { kind: 'REMOVE'; path: PathNode }
  | { kind: 'ADD' | 'DELETE'; path: PathNode; value: ValueNode }

export interface ParsedUpdate {
  readonly actions: readonly UpdateAction[]
  /** Target paths of the actions, resolved, in the order written. */
  readonly paths: readonly DocumentPath[]
}

const CLAUSES: readonly ClauseName[] = ['SET', 'REMOVE', 'ADD', 'DELETE']

const SYNTAX: OperandSyntax = {
  keywords: new Set(CLAUSES),
  allowParentheses: false,
  onRedundantParentheses: () => undefined,
}

// DynamoDB names operand types in full words for ADD and DELETE.
const TYPE_WORDS: Readonly<Record<string, string>> = {
  S: 'STRING',
  N: 'NUMBER',
  B: 'BINARY',
  BOOL: 'BOOLEAN',
  NULL: 'NULL',
  L: 'LIST',
  M: 'MAP',
}

function parseAction(stream: TokenStream, clause: ClauseName): UpdateAction {
  const path = parsePath(stream, SYNTAX)
  if (clause === 'REMOVE') return { kind: clause, path }
  if (clause === 'SET') {
    stream.expectSymbol('=')
    const left = parseOperand(stream, SYNTAX)
    if (!stream.isSymbol('+') && !stream.isSymbol('-')) return { kind: clause, path, value: left }
    const op = stream.next().text as '+' | '-'
    return {
      kind: clause,
      path,
      value: { kind: 'arith', op, left, right: parseOperand(stream, SYNTAX) },
    }
  }
  const token = stream.peek()
  if (token.kind !== 'attrValue') throw stream.syntaxError()
  stream.next()
  return { kind: clause, path, value: { kind: 'value', token } }
}

function parseActions(stream: TokenStream): { actions: UpdateAction[]; repeated?: ClauseName } {
  const actions: UpdateAction[] = []
  const seen = new Set<ClauseName>()
  let repeated: ClauseName | undefined
  do {
    const clause = CLAUSES.find((name) => stream.isKeyword(name))
    if (clause === undefined) throw stream.syntaxError()
    stream.next()
    if (seen.has(clause)) repeated ??= clause
    seen.add(clause)
    actions.push(parseAction(stream, clause))
    while (stream.isSymbol(',')) {
      stream.next()
      actions.push(parseAction(stream, clause))
    }
  } while (stream.peek().kind !== 'eof')
  return { actions, repeated }
}

function operandsOf(action: UpdateAction): Operand[] {
  if (action.kind === 'REMOVE') return [action.path]
  if (action.kind !== 'SET') return [action.path, action.value]
  const value = action.value
  return value.kind === 'arith' ? [action.path, value.left, value.right] : [action.path, value]
}

function checkSetValue(value: SetValue, stream: TokenStream, placeholders: Placeholders): void {
  const operands = value.kind === 'arith' ? [value.left, value.right] : [value]
  for (const operand of operands) {
    const calls: CallNode[] = []
    visitOperand(operand, (node) => node.kind === 'call' && calls.push(node))
    for (const call of calls.reverse()) {
      if (call.name.text === 'if_not_exists') requirePath(call, 0, stream)
      if (call.name.text !== 'list_append') continue
      const bad = call.args.map((arg) => staticType(arg, placeholders)).find((t) => t && t !== 'L')
      if (bad !== undefined) throw operandTypeError(stream, 'list_append', bad)
    }
  }
  if (value.kind !== 'arith') return
  const bad = [value.left, value.right]
    .map((operand) => staticType(operand, placeholders))
    .find((type) => type !== undefined && type !== 'N')
  if (bad !== undefined) throw operandTypeError(stream, value.op, bad)
}

function checkAddDeleteOperands(
  actions: readonly UpdateAction[],
  stream: TokenStream,
  placeholders: Placeholders,
): void {
  for (const action of actions) {
    if (action.kind !== 'ADD' && action.kind !== 'DELETE') continue
    const value = placeholders.values[action.value.token.text]
    if (value === undefined) continue
    const type = typeOf(value)
    const allowed = action.kind === 'ADD' ? ['N', 'SS', 'NS', 'BS'] : ['SS', 'NS', 'BS']
    if (!allowed.includes(type)) {
      throw stream.fail(
        `Incorrect operand type for operator or function; operator: ${action.kind}, operand type: ${TYPE_WORDS[type]}`,
      )
    }
  }
}

function checkPaths(paths: readonly DocumentPath[], stream: TokenStream): void {
  for (const [test, word] of [
    [pathsOverlap, 'overlap'],
    [pathsConflict, 'conflict'],
  ] as const) {
    for (let later = 1; later < paths.length; later++) {
      for (let earlier = 0; earlier < later; earlier++) {
        if (!test(paths[earlier], paths[later])) continue
        throw stream.fail(
          `Two document paths ${word} with each other; must remove or rewrite one of these paths; path one: ${formatPath(paths[earlier])}, path two: ${formatPath(paths[later])}`,
        )
      }
    }
  }
}

/**
 * Parses and statically checks an UpdateExpression, marking the placeholders it uses.
 * Throws ExpressionError with DynamoDB's message.
 */
export function parseUpdate(source: string, placeholders: Placeholders): ParsedUpdate {
  const stream = new TokenStream(source, 'UpdateExpression')
  checkExpressionSize(source, stream)
  if (source.trim() === '') throw stream.fail('The expression can not be empty;')
  const { actions, repeated } = parseActions(stream)
  const refs = collectReferences(actions.flatMap(operandsOf))
  checkReservedWords(refs, stream)
  checkFunctionNames(refs, stream, 'update')
  if (repeated !== undefined) {
    throw stream.fail(`The "${repeated}" section can only be used once in an update expression;`)
  }
  checkAddDeleteOperands(actions, stream, placeholders)
  checkPlaceholders(refs, stream, placeholders)
  checkArity(refs, stream)
  for (const action of actions) {
    if (action.kind === 'SET') checkSetValue(action.value, stream, placeholders)
  }
  const paths = actions.map((action) => resolvePath(action.path, placeholders.names))
  checkPaths(paths, stream)
  return { actions, paths }
}
