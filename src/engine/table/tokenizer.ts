export type TokenKind = 'name' | 'attrName' | 'attrValue' | 'integer' | 'symbol' | 'eof' | 'bad'

export interface Token {
  readonly kind: TokenKind
  readonly text: string
  readonly start: number
  readonly end: number
}

/** A ValidationException raised while reading an expression; the message is DynamoDB's. */
export class ExpressionError extends Error {
  /** Index of the offending token for syntax errors (lets a parser keep the furthest failure). */
  constructor(
    message: string,
    readonly at = -1,
  ) {
    super(message)
  }
}

const SYMBOLS = ['<>', '<=', '>=', '(', ')', '[', ']', ',', '.', '=', '<', '>', '+', '-']

function isLetter(char: string): boolean {
  return /^[A-Za-z]$/.test(char)
}

function isNameChar(char: string): boolean {
  return /^[A-Za-z0-9_]$/.test(char)
}

function readWhile(source: string, from: number, test: (char: string) => boolean): number {
  let end = from
  while (end < source.length && test(source[end])) end++
  return end
}

// DynamoDB names may only start with a letter; `_c` and `ü` are syntax errors there, while
// placeholders (`#_`, `:_`, `#4g`) accept any name characters.
export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let at = 0
  while (at < source.length) {
    const char = source[at]
    if (/\s/.test(char)) {
      at++
      continue
    }
    const start = at
    let kind: TokenKind
    if (isLetter(char)) {
      kind = 'name'
      at = readWhile(source, at, isNameChar)
    } else if (/^[0-9]$/.test(char)) {
      kind = 'integer'
      at = readWhile(source, at, (c) => /^[0-9]$/.test(c))
    } else if ((char === '#' || char === ':') && isNameChar(source[at + 1] ?? '')) {
      kind = char === '#' ? 'attrName' : 'attrValue'
      at = readWhile(source, at + 1, isNameChar)
    } else {
      const symbol = SYMBOLS.find((s) => source.startsWith(s, at))
      kind = symbol === undefined ? 'bad' : 'symbol'
      at += symbol === undefined ? 1 : symbol.length
    }
    tokens.push({ kind, text: source.slice(start, at), start, end: at })
  }
  tokens.push({ kind: 'eof', text: '<EOF>', start: source.length, end: source.length })
  return tokens
}

/** Cursor over tokens with DynamoDB-style syntax errors. */
export class TokenStream {
  private index = 0
  readonly tokens: Token[]

  constructor(
    readonly source: string,
    readonly label: string,
  ) {
    this.tokens = tokenize(source)
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]
  }

  next(): Token {
    const token = this.peek()
    if (this.index < this.tokens.length - 1) this.index++
    return token
  }

  get position(): number {
    return this.index
  }

  reset(position: number): void {
    this.index = position
  }

  isSymbol(text: string, offset = 0): boolean {
    const token = this.peek(offset)
    return token.kind === 'symbol' && token.text === text
  }

  isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset)
    return token.kind === 'name' && token.text.toUpperCase() === word
  }

  expectSymbol(text: string): Token {
    if (!this.isSymbol(text)) throw this.syntaxError()
    return this.next()
  }

  expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) throw this.syntaxError()
    return this.next()
  }

  /** DynamoDB quotes the offending token and the text from the token before it to the one after. */
  syntaxError(token: Token = this.peek()): ExpressionError {
    const at = this.tokens.indexOf(token)
    const before = this.tokens[at - 1]
    const after = token.kind === 'eof' ? token : this.tokens[at + 1]
    const near = this.source.slice((before ?? token).start, after.end)
    return new ExpressionError(
      `Invalid ${this.label}: Syntax error; token: "${token.text}", near: "${near}"`,
      at,
    )
  }

  fail(detail: string): ExpressionError {
    return new ExpressionError(`Invalid ${this.label}: ${detail}`)
  }
}
