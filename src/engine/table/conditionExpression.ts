import {
  checkArity,
  checkExpressionSize,
  checkFunctionNames,
  checkPlaceholders,
  checkReservedWords,
  describeValue,
  operandTypeError,
  requirePath,
  samePath,
  staticType,
} from './expressionChecks'
import type { Placeholders } from './expressionChecks'
import { collectReferences, parseOperand, unwrap, visitOperand } from './operands'
import type { CallNode, Operand, OperandSyntax } from './operands'
import { ExpressionError, TokenStream } from './tokenizer'
import { ATTRIBUTE_TYPES, compareScalars } from './values'

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>='

export type Condition =
  | { kind: 'or' | 'and'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }
  | { kind: 'paren'; inner: Condition }
  | { kind: 'compare'; op: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; target: Operand; low: Operand; high: Operand }
  | { kind: 'in'; target: Operand; list: Operand[] }
  | { kind: 'function'; call: CallNode }

const COMPARATORS: readonly string[] = ['=', '<>', '<', '<=', '>', '>=']
const KEYWORDS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT', 'BETWEEN', 'IN'])

class ConditionParser {
  redundantParentheses = 0
  private readonly syntax: OperandSyntax = {
    keywords: KEYWORDS,
    allowParentheses: true,
    onRedundantParentheses: () => this.redundantParentheses++,
  }

  constructor(readonly stream: TokenStream) {}

  parseOr(): Condition {
    let left = this.parseAnd()
    while (this.stream.isKeyword('OR')) {
      this.stream.next()
      left = { kind: 'or', left, right: this.parseAnd() }
    }
    return left
  }

  private parseAnd(): Condition {
    let left = this.parseNot()
    while (this.stream.isKeyword('AND')) {
      this.stream.next()
      left = { kind: 'and', left, right: this.parseNot() }
    }
    return left
  }

  private parseNot(): Condition {
    if (!this.stream.isKeyword('NOT')) return this.parsePrimary()
    this.stream.next()
    return { kind: 'not', operand: this.parseNot() }
  }

  private startsComparison(): boolean {
    const token = this.stream.peek()
    return (
      (token.kind === 'symbol' && COMPARATORS.includes(token.text)) ||
      this.stream.isKeyword('BETWEEN') ||
      this.stream.isKeyword('IN')
    )
  }

  // `(` opens either a grouped condition or a parenthesized operand (`(a) = b`): try the first,
  // and fall back to the second, keeping whichever error got further.
  private parsePrimary(): Condition {
    if (!this.stream.isSymbol('(')) return this.parseComparison()
    const start = this.stream.position
    const redundantBefore = this.redundantParentheses
    let grouped: ExpressionError | undefined
    try {
      this.stream.next()
      const inner = this.parseOr()
      this.stream.expectSymbol(')')
      if (!this.startsComparison()) {
        if (inner.kind === 'paren') this.redundantParentheses++
        return { kind: 'paren', inner }
      }
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error
      grouped = error
    }
    this.stream.reset(start)
    this.redundantParentheses = redundantBefore
    try {
      return this.parseComparison()
    } catch (error) {
      if (grouped !== undefined && error instanceof ExpressionError && grouped.at > error.at) {
        throw grouped
      }
      throw error
    }
  }

  private parseComparison(): Condition {
    const stream = this.stream
    const left = parseOperand(stream, this.syntax)
    const token = stream.peek()
    if (token.kind === 'symbol' && COMPARATORS.includes(token.text)) {
      stream.next()
      return { kind: 'compare', op: token.text as Comparator, left, right: this.operand() }
    }
    if (stream.isKeyword('BETWEEN')) {
      stream.next()
      const low = this.operand()
      stream.expectKeyword('AND')
      return { kind: 'between', target: left, low, high: this.operand() }
    }
    if (stream.isKeyword('IN')) {
      stream.next()
      stream.expectSymbol('(')
      const list = [this.operand()]
      while (stream.isSymbol(',')) {
        stream.next()
        list.push(this.operand())
      }
      stream.expectSymbol(')')
      return { kind: 'in', target: left, list }
    }
    if (left.kind === 'call') return { kind: 'function', call: left }
    throw stream.syntaxError()
  }

  private operand(): Operand {
    return parseOperand(this.stream, this.syntax)
  }
}

export interface ParsedCondition {
  readonly tree: Condition
}

/** Operands in the order they are written, each with the role it plays. */
function operandsOf(condition: Condition): { operand: Operand; asCondition: boolean }[] {
  switch (condition.kind) {
    case 'or':
    case 'and':
      return [...operandsOf(condition.left), ...operandsOf(condition.right)]
    case 'not':
      return operandsOf(condition.operand)
    case 'paren':
      return operandsOf(condition.inner)
    case 'compare':
      return [condition.left, condition.right].map((operand) => ({ operand, asCondition: false }))
    case 'between':
      return [condition.target, condition.low, condition.high].map((operand) => ({
        operand,
        asCondition: false,
      }))
    case 'in':
      return [condition.target, ...condition.list].map((operand) => ({
        operand,
        asCondition: false,
      }))
    case 'function':
      return [{ operand: condition.call, asCondition: true }]
  }
}

function checkFunctionPlacement(condition: Condition, stream: TokenStream): void {
  const misplaced: CallNode[] = []
  for (const { operand, asCondition } of operandsOf(condition)) {
    visitOperand(operand, (node) => {
      if (node.kind !== 'call') return
      const isCondition = node === operand && asCondition
      if ((node.name.text === 'size') === isCondition) misplaced.push(node)
    })
  }
  misplaced.sort((a, b) => a.name.start - b.name.start)
  if (misplaced.length > 0) {
    throw stream.fail(
      `The function is not allowed to be used this way in an expression; function: ${misplaced[0].name.text}`,
    )
  }
}

function checkCall(call: CallNode, stream: TokenStream, placeholders: Placeholders): void {
  const name = call.name.text
  const types = call.args.map((arg) => staticType(arg, placeholders))
  if (name === 'attribute_exists' || name === 'attribute_not_exists') requirePath(call, 0, stream)
  if (name === 'size' && ['N', 'BOOL', 'NULL'].includes(types[0] ?? '')) {
    throw operandTypeError(stream, name, types[0] ?? '')
  }
  if (name === 'begins_with') {
    const bad = types.find((type) => type !== undefined && type !== 'S' && type !== 'B')
    if (bad !== undefined) throw operandTypeError(stream, name, bad)
  }
  if (name === 'attribute_type') {
    requirePath(call, 0, stream)
    if (types[1] !== undefined && types[1] !== 'S') throw operandTypeError(stream, name, types[1])
    const node = unwrap(call.args[1])
    const typeName = node.kind === 'value' ? placeholders.values[node.token.text] : undefined
    if (
      typeName !== undefined &&
      'S' in typeName &&
      !ATTRIBUTE_TYPES.includes(typeName.S as never)
    ) {
      throw stream.fail(
        `Invalid attribute type name found; type: ${typeName.S}, valid types: {${ATTRIBUTE_TYPES.join(',')}}`,
      )
    }
  }
  if (['begins_with', 'contains', 'attribute_type'].includes(name)) {
    checkDistinct(name, call.args[0], call.args[1], stream, placeholders)
  }
}

function checkDistinct(
  operator: string,
  first: Operand,
  second: Operand,
  stream: TokenStream,
  placeholders: Placeholders,
): void {
  const path = samePath(first, second, placeholders)
  if (path !== undefined) {
    throw stream.fail(
      `The first operand must be distinct from the remaining operands for this operator or function; operator: ${operator}, first operand: ${path}`,
    )
  }
}

function checkSemantics(
  condition: Condition,
  stream: TokenStream,
  placeholders: Placeholders,
): void {
  const visitCalls = (operand: Operand) => {
    const calls: CallNode[] = []
    visitOperand(operand, (node) => node.kind === 'call' && calls.push(node))
    for (const call of calls.reverse()) checkCall(call, stream, placeholders)
  }
  switch (condition.kind) {
    case 'or':
    case 'and':
      checkSemantics(condition.left, stream, placeholders)
      return checkSemantics(condition.right, stream, placeholders)
    case 'not':
      return checkSemantics(condition.operand, stream, placeholders)
    case 'paren':
      return checkSemantics(condition.inner, stream, placeholders)
    case 'function':
      return visitCalls(condition.call)
    case 'compare':
      visitCalls(condition.left)
      visitCalls(condition.right)
      return checkDistinct(condition.op, condition.left, condition.right, stream, placeholders)
    case 'in':
      return [condition.target, ...condition.list].forEach(visitCalls)
    case 'between': {
      ;[condition.target, condition.low, condition.high].forEach(visitCalls)
      const low = unwrap(condition.low)
      const high = unwrap(condition.high)
      if (low.kind !== 'value' || high.kind !== 'value') return
      const lowValue = placeholders.values[low.token.text]
      const highValue = placeholders.values[high.token.text]
      if ((compareScalars(lowValue, highValue) ?? 0) > 0) {
        throw stream.fail(
          `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: ${describeValue(lowValue)}, upper bound operand: ${describeValue(highValue)}`,
        )
      }
    }
  }
}

/**
 * Parses and statically checks a ConditionExpression, marking the placeholders it uses.
 * Throws ExpressionError with DynamoDB's message.
 */
export function parseCondition(source: string, placeholders: Placeholders): ParsedCondition {
  const stream = new TokenStream(source, 'ConditionExpression')
  checkExpressionSize(source, stream)
  if (source.trim() === '') throw stream.fail('The expression can not be empty;')
  const parser = new ConditionParser(stream)
  const tree = parser.parseOr()
  if (stream.peek().kind !== 'eof') throw stream.syntaxError()
  if (parser.redundantParentheses > 0)
    throw stream.fail('The expression has redundant parentheses;')
  const refs = collectReferences(operandsOf(tree).map((x) => x.operand))
  checkReservedWords(refs, stream)
  checkFunctionNames(refs, stream, 'condition')
  checkFunctionPlacement(tree, stream)
  checkPlaceholders(refs, stream, placeholders)
  checkArity(refs, stream)
  checkSemantics(tree, stream, placeholders)
  return { tree }
}
