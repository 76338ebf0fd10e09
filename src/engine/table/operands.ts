import type { PathElement, PathNode } from './paths'
import type { Token, TokenStream } from './tokenizer'

export interface ValueNode {
  kind: 'value'
  token: Token
}

export interface CallNode {
  kind: 'call'
  name: Token
  args: Operand[]
}

/** `( operand )` as written; kept so that doubled parentheses can be reported. */
export interface ParenOperand {
  kind: 'parenOperand'
  inner: Operand
}

export type Operand = PathNode | ValueNode | CallNode | ParenOperand

export interface OperandSyntax {
  /** Words that end an operand and so cannot start a path (clause keywords, AND/OR…). */
  keywords: ReadonlySet<string>
  /** Condition expressions allow `(a)` as an operand; update expressions do not. */
  allowParentheses: boolean
  onRedundantParentheses: () => void
}

export function unwrap(operand: Operand): Exclude<Operand, ParenOperand> {
  return operand.kind === 'parenOperand' ? unwrap(operand.inner) : operand
}

function isPathStart(stream: TokenStream, syntax: OperandSyntax): boolean {
  const token = stream.peek()
  if (token.kind === 'attrName') return true
  return token.kind === 'name' && !syntax.keywords.has(token.text.toUpperCase())
}

export function parsePath(stream: TokenStream, syntax: OperandSyntax): PathNode {
  if (!isPathStart(stream, syntax)) throw stream.syntaxError()
  const elements: PathElement[] = [{ kind: 'name', token: stream.next() }]
  for (;;) {
    if (stream.isSymbol('.')) {
      stream.next()
      const token = stream.peek()
      if (token.kind !== 'name' && token.kind !== 'attrName') throw stream.syntaxError()
      elements.push({ kind: 'name', token: stream.next() })
    } else if (stream.isSymbol('[')) {
      stream.next()
      const token = stream.peek()
      if (token.kind !== 'integer') throw stream.syntaxError()
      stream.next()
      stream.expectSymbol(']')
      elements.push({ kind: 'index', index: Number(token.text) })
    } else {
      return { kind: 'path', elements }
    }
  }
}

export function parseOperand(stream: TokenStream, syntax: OperandSyntax): Operand {
  const token = stream.peek()
  if (syntax.allowParentheses && stream.isSymbol('(')) {
    stream.next()
    const inner = parseOperand(stream, syntax)
    stream.expectSymbol(')')
    if (inner.kind === 'parenOperand') syntax.onRedundantParentheses()
    return { kind: 'parenOperand', inner }
  }
  if (token.kind === 'attrValue') {
    stream.next()
    return { kind: 'value', token }
  }
  if (token.kind === 'name' && stream.isSymbol('(', 1)) {
    stream.next()
    stream.next()
    const args: Operand[] = [parseOperand(stream, syntax)]
    while (stream.isSymbol(',')) {
      stream.next()
      args.push(parseOperand(stream, syntax))
    }
    stream.expectSymbol(')')
    return { kind: 'call', name: token, args }
  }
  return parsePath(stream, syntax)
}

/** Visits operands depth-first in the order they are written. */
export function visitOperand(operand: Operand, visit: (node: Operand) => void): void {
  visit(operand)
  if (operand.kind === 'parenOperand') visitOperand(operand.inner, visit)
  if (operand.kind === 'call') for (const arg of operand.args) visitOperand(arg, visit)
}

/** The tokens an expression refers to, in the order they are written. */
export interface References {
  names: Token[]
  placeholders: Token[]
  calls: CallNode[]
}

export function collectReferences(operands: readonly Operand[]): References {
  const refs: References = { names: [], placeholders: [], calls: [] }
  for (const operand of operands) {
    visitOperand(operand, (node) => {
      if (node.kind === 'value') refs.placeholders.push(node.token)
      if (node.kind === 'call') refs.calls.push(node)
      if (node.kind === 'path') {
        for (const element of node.elements) {
          if (element.kind !== 'name') continue
          const list = element.token.kind === 'attrName' ? refs.placeholders : refs.names
          list.push(element.token)
        }
      }
    })
  }
  refs.names.sort((a, b) => a.start - b.start)
  refs.placeholders.sort((a, b) => a.start - b.start)
  refs.calls.sort((a, b) => a.name.start - b.name.start)
  return refs
}
