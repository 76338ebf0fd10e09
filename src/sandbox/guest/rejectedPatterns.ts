/**
 * SES refuses to evaluate source that contains `import(` or an HTML comment token (`<!--`, `-->`)
 * anywhere, even where they are not code, because it checks with a regular expression rather than a
 * parser (docs/sandbox.md, "Fidelity"). Handlers written for Lambda often have them in comments
 * (`/** @type {import('aws-lambda').Handler} *\/`) or in strings, so before evaluation this rewrites
 * them where they are not code: in comments to SES's own evasions (`__import__(`, `< ! --`, `-- >`),
 * and in string, template and regular-expression literals to an escape with the same value
 * (`impor\x74(`, `<!-\x2d`, `-\x2d>`). Lines never move. In code they stay, and SES rejects them.
 * This is not a security check: SES checks the rewritten source again.
 * Environment-agnostic: no Node or DOM imports.
 */

/** SES's own patterns (ses/src/transforms.js). */
const IMPORT_PATTERN = /(^|[^.]|\.\.\.)\bimport(\s*(?:\(|\/[/*]))/g
const HTML_COMMENT_PATTERN = /<!--|-->/g

/** After these, a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORD = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
])
const REGEX_AFTER_PUNCTUATOR = /[(,=:[!&|?{};+\-*%<>~^]$/

function inComment(text: string): string {
  return text
    .replace(IMPORT_PATTERN, (_, before: string, after: string) => `${before}__import__${after}`)
    .replace(HTML_COMMENT_PATTERN, (token) => (token === '<!--' ? '< ! --' : '-- >'))
}

function inLiteral(text: string): string {
  return text
    .replace(IMPORT_PATTERN, (_, before: string, after: string) => `${before}impor\\x74${after}`)
    .replace(HTML_COMMENT_PATTERN, (token) => (token === '<!--' ? '<!-\\x2d' : '-\\x2d>'))
}

/** The source with the patterns SES rejects rewritten wherever they are not code. */
export function neutralizeRejectedPatterns(source: string): string {
  if (source.search(IMPORT_PATTERN) < 0 && source.search(HTML_COMMENT_PATTERN) < 0) return source
  return new Scanner(source).run()
}

/** A lexer just good enough for valid JavaScript (sucrase's output): comments and literals. */
class Scanner {
  private out = ''
  private pos = 0
  /** Last significant code text, to tell a regular expression from a division. */
  private lastCode = ''
  /** Open `{` in code: 'brace', or 'template' for a `${` inside a template literal. */
  private readonly braces: ('brace' | 'template')[] = []

  constructor(private readonly src: string) {}

  run(): string {
    while (this.pos < this.src.length) this.step()
    return this.out
  }

  private step(): void {
    const { src, pos } = this
    const ch = src[pos]
    const next = src[pos + 1]
    if (ch === '/' && next === '/') return this.comment(this.until('\n', pos + 2, false))
    if (ch === '/' && next === '*') return this.comment(this.until('*/', pos + 2, true))
    if (ch === '"' || ch === "'") return this.literal(this.quoted(ch, pos + 1))
    if (ch === '`') return this.template(pos + 1)
    if (ch === '/' && this.regexAllowed()) {
      const end = this.regexEnd(pos + 1)
      if (end !== undefined) return this.literal(end)
    }
    if (ch === '{') this.braces.push('brace')
    if (ch === '}' && this.braces.pop() === 'template') {
      this.out += ch
      this.pos += 1
      return this.template(this.pos)
    }
    const word = /^[\w$]+/.exec(src.slice(pos, pos + 64))
    const length = word === null ? 1 : word[0].length
    const text = src.slice(pos, pos + length)
    this.out += text
    this.pos += length
    if (!/^\s+$/.test(text)) this.lastCode = word === null ? this.lastCode.slice(-1) + text : text
  }

  private regexAllowed(): boolean {
    const last = this.lastCode
    if (last === '' || REGEX_AFTER_WORD.has(last)) return true
    if (last === '++' || last === '--') return false
    return REGEX_AFTER_PUNCTUATOR.test(last)
  }

  /** Index just past `terminator` (or the end), searching from `from`. */
  private until(terminator: string, from: number, inclusive: boolean): number {
    const at = this.src.indexOf(terminator, from)
    if (at < 0) return this.src.length
    return inclusive ? at + terminator.length : at
  }

  private quoted(quote: string, from: number): number {
    let i = from
    while (i < this.src.length && this.src[i] !== quote && this.src[i] !== '\n') {
      i += this.src[i] === '\\' ? 2 : 1
    }
    return i + 1
  }

  /** End of a regular expression literal (with flags), or undefined if the line ends first. */
  private regexEnd(from: number): number | undefined {
    let inClass = false
    for (let i = from; i < this.src.length; i++) {
      const ch = this.src[i]
      if (ch === '\n') return undefined
      if (ch === '\\') i++
      else if (ch === '[') inClass = true
      else if (ch === ']') inClass = false
      else if (ch === '/' && !inClass) {
        const flags = /^[a-z]*/.exec(this.src.slice(i + 1, i + 17)) as RegExpExecArray
        return i + 1 + flags[0].length
      }
    }
    return undefined
  }

  /** A template literal from `from` (just past its backquote or a `}`) to its end or next `${`. */
  private template(from: number): void {
    let i = from
    while (i < this.src.length) {
      const ch = this.src[i]
      if (ch === '\\') i += 2
      else if (ch === '`') {
        i += 1
        break
      } else if (ch === '$' && this.src[i + 1] === '{') {
        i += 2
        this.braces.push('template')
        break
      } else i += 1
    }
    this.out += inLiteral(this.src.slice(this.pos, i))
    this.pos = i
    this.lastCode = this.src[i - 1] === '{' ? '{' : 'literal'
  }

  private comment(end: number): void {
    this.out += inComment(this.src.slice(this.pos, end))
    this.pos = end
  }

  private literal(end: number): void {
    this.out += inLiteral(this.src.slice(this.pos, end))
    this.pos = end
    this.lastCode = 'literal'
  }
}
