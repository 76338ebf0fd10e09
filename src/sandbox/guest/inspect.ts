/**
 * A subset of Node's `util.inspect` (v20), so the handler's `console.log({ a: 1 })` prints
 * `{ a: 1 }` the way CloudWatch shows it, in Node and in a browser worker alike. It follows Node's
 * layout rules (depth 2, 80-column break, "compact 3", grouping of long arrays, circular refs) for
 * plain data; exotic values (proxies, boxed primitives, typed-array details) are approximated.
 * Environment-agnostic: no Node or DOM imports.
 */
import { proxyTarget } from './guestProxy'
import { reduceToSingleString } from './inspectLayout'
import { getErrorStack } from './stackTrace'

export interface InspectOptions {
  /** How many levels of nesting to print before `[Object]`; Node's default is 2. */
  readonly depth?: number
}

interface Ctx {
  readonly depth: number
  readonly seen: object[]
  readonly circular: Map<object, number>
  indentationLvl: number
  currentDepth: number
}

const BREAK_LENGTH = 80
const MAX_ARRAY_LENGTH = 100
const MAX_STRING_LENGTH = 10_000
const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/

export function inspect(value: unknown, options: InspectOptions = {}): string {
  const ctx: Ctx = {
    depth: options.depth ?? 2,
    seen: [],
    circular: new Map(),
    indentationLvl: 0,
    currentDepth: 0,
  }
  return formatValue(ctx, value, 0, false)
}

/** Quotes a string as Node does: single quotes unless the text contains them. */
export function quoteString(text: string): string {
  let quote = "'"
  if (text.includes("'")) {
    if (!text.includes('"')) quote = '"'
    else if (!text.includes('`') && !text.includes('${')) quote = '`'
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what gets escaped
  const escaped = text.replace(/[\x00-\x1f\x5c\x7f-\x9f]|'|"|`/g, (ch) => {
    if (ch.length === 1 && (ch === '"' || ch === '`' || ch === "'"))
      return ch === quote ? `\\${ch}` : ch
    if (ch === '\\') return '\\\\'
    const named: Record<string, string> = {
      '\b': '\\b',
      '\t': '\\t',
      '\n': '\\n',
      '\f': '\\f',
      '\r': '\\r',
    }
    return named[ch] ?? `\\x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  })
  return `${quote}${escaped}${quote}`
}

function formatValue(ctx: Ctx, value: unknown, recurseTimes: number, typedArray: boolean): string {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    // Node prints a proxy's target without running a trap, or `<Revoked Proxy>` (docs/semantics.md D20).
    const target = proxyTarget(value)
    if (target === null) return '<Revoked Proxy>'
    return formatObject(ctx, target ?? value, recurseTimes)
  }
  return formatPrimitive(ctx, value, typedArray)
}

function formatPrimitive(ctx: Ctx, value: unknown, typedArray: boolean): string {
  if (typeof value === 'string') return formatString(ctx, value)
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (typeof value === 'bigint') return typedArray ? String(value) : `${String(value)}n`
  if (typeof value === 'symbol') return value.toString()
  if (value === undefined || value === null) return `${value}`
  return value === true ? 'true' : 'false'
}

function formatString(ctx: Ctx, value: string): string {
  let text = value
  let trailer = ''
  if (text.length > MAX_STRING_LENGTH) {
    const remaining = text.length - MAX_STRING_LENGTH
    text = text.slice(0, MAX_STRING_LENGTH)
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`
  }
  // Node splits long multi-line strings into `'line\n' +` pieces, one per line.
  if (text.length > 16 && text.length > BREAK_LENGTH - ctx.indentationLvl - 4) {
    const lines = text.split(/(?<=\n)/)
    if (lines.length > 1) {
      return lines.map(quoteString).join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer
    }
  }
  return quoteString(text) + trailer
}

function getConstructorName(value: object): string | null {
  let proto: unknown = Object.getPrototypeOf(value)
  while (proto !== null && proto !== undefined) {
    const descriptor: { value?: unknown; get?: unknown } | undefined =
      Object.getOwnPropertyDescriptor(proto, 'constructor')
    const ctor: unknown = descriptor?.value ?? overriddenValue(descriptor?.get)
    if (typeof ctor === 'function' && ctor.name !== '') return ctor.name
    proto = Object.getPrototypeOf(proto)
  }
  return null
}

/**
 * After SES's lockdown, `constructor` on a frozen prototype (`Object.prototype`…) is an accessor so
 * that instances may still override it; its getter carries the original value as `originalValue`
 * (ses/src/enable-property-overrides.js). Read without calling the getter.
 */
function overriddenValue(getter: unknown): unknown {
  if (typeof getter !== 'function') return undefined
  return Object.getOwnPropertyDescriptor(getter, 'originalValue')?.value as unknown
}

function formatFunctionBase(
  fn: (...args: never[]) => unknown,
  constructorName: string | null,
): string {
  const source = Function.prototype.toString.call(fn)
  if (source.startsWith('class') && /^class\b/.test(source)) {
    const parent: unknown = Object.getPrototypeOf(fn)
    const extendsPart =
      typeof parent === 'function' && parent.name !== '' ? ` extends ${parent.name}` : ''
    return `[class ${fn.name === '' ? '(anonymous)' : fn.name}${extendsPart}]`
  }
  const type = constructorName ?? 'Function'
  return fn.name === '' ? `[${type} (anonymous)]` : `[${type}: ${fn.name}]`
}

function prefix(constructorName: string | null, fallback: string, size = ''): string {
  if (constructorName === null) return `[${fallback}${size}: null prototype] `
  return `${constructorName}${size} `
}

function formatObject(ctx: Ctx, value: object, recurseTimes: number): string {
  if (ctx.seen.includes(value)) {
    let index = ctx.circular.get(value)
    if (index === undefined) {
      index = ctx.circular.size + 1
      ctx.circular.set(value, index)
    }
    return `[Circular *${index}]`
  }
  const constructorName = getConstructorName(value)
  let keys: (string | symbol)[] = ownEnumerableKeys(value)
  let base = ''
  let braces: [string, string] = ['{', '}']
  let formatter: (recurse: number) => string[] = () => []
  let isArrayLike = false
  let typed = false

  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    const list = value as unknown as ArrayLike<unknown>
    typed = !Array.isArray(value)
    isArrayLike = true
    keys = keys.filter((key) => typeof key === 'symbol' || !/^(0|[1-9]\d*)$/.test(key))
    const pre =
      constructorName === 'Array' ? '' : prefix(constructorName, 'Array', `(${list.length})`)
    braces = [`${pre}[`, ']']
    if (list.length === 0 && keys.length === 0) return `${braces[0]}]`
    formatter = (recurse) => formatList(ctx, list, recurse, typed)
  } else if (value instanceof Map || value instanceof Set) {
    const isMap = value instanceof Map
    braces = [`${prefix(constructorName, isMap ? 'Map' : 'Set', `(${value.size})`)}{`, '}']
    if (value.size === 0 && keys.length === 0) return `${braces[0]}}`
    formatter = (recurse) => formatEntries(ctx, value, recurse)
  } else if (typeof value === 'function') {
    base = formatFunctionBase(value as (...args: never[]) => unknown, constructorName)
    if (keys.length === 0) return base
  } else if (value instanceof Error) {
    const stack = getErrorStack(value)
    // Node brackets an error whose stack has no frames: `[Error: boom]`.
    base = /\n\s+at /.test(stack) ? indentLines(ctx, stack) : `[${stack}]`
    keys = keys.filter((key) => key !== 'stack' && key !== 'message')
    if (keys.length === 0) return base
  } else if (value instanceof Date) {
    base = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()
    if (keys.length === 0) return base
  } else if (value instanceof RegExp) {
    base = value.toString()
    if (keys.length === 0) return base
  } else if (value instanceof WeakMap || value instanceof WeakSet) {
    return `${prefix(constructorName, 'Object')}{ <items unknown> }`
  } else if (value instanceof Promise) {
    // The state of a promise is not observable from JavaScript (Node asks V8 for it).
    return `${prefix(constructorName, 'Object')}{ <unknown> }`
  } else {
    if (constructorName !== 'Object') braces[0] = `${prefix(constructorName, 'Object')}{`
    if (keys.length === 0) return `${braces[0]}}`
  }

  if (recurseTimes > ctx.depth) {
    return `[${constructorName ?? (isArrayLike ? 'Array' : 'Object')}]`
  }
  recurseTimes += 1
  ctx.seen.push(value)
  ctx.currentDepth = recurseTimes
  const output = formatter(recurseTimes)
  for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, false))
  ctx.seen.pop()
  const ref = ctx.circular.get(value)
  if (ref !== undefined) base = base === '' ? `<ref *${ref}>` : `<ref *${ref}> ${base}`
  return reduceToSingleString(ctx, output, base, braces, isArrayLike, recurseTimes, value, typed)
}

function ownEnumerableKeys(value: object): (string | symbol)[] {
  const symbols = Object.getOwnPropertySymbols(value).filter(
    (symbol) => Object.getOwnPropertyDescriptor(value, symbol)?.enumerable === true,
  )
  return [...Object.keys(value), ...symbols]
}

function indentLines(ctx: Ctx, text: string): string {
  if (ctx.indentationLvl === 0) return text
  return text.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`)
}

function formatList(ctx: Ctx, list: ArrayLike<unknown>, recurse: number, typed: boolean): string[] {
  const output: string[] = []
  const length = Math.min(list.length, MAX_ARRAY_LENGTH)
  for (let i = 0; i < length; i++) {
    if (!Object.prototype.hasOwnProperty.call(list, i)) {
      let holes = 1
      while (i + holes < length && !Object.prototype.hasOwnProperty.call(list, i + holes)) holes++
      output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`)
      i += holes - 1
      continue
    }
    output.push(formatProperty(ctx, list, recurse, String(i), true, typed))
  }
  const remaining = list.length - length
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`)
  return output
}

function formatEntries(
  ctx: Ctx,
  collection: Map<unknown, unknown> | Set<unknown>,
  recurse: number,
) {
  const output: string[] = []
  ctx.indentationLvl += 2
  if (collection instanceof Map) {
    for (const [key, entry] of collection) {
      const formattedKey = formatValue(ctx, key, recurse, false)
      output.push(`${formattedKey} => ${formatValue(ctx, entry, recurse, false)}`)
    }
  } else {
    for (const entry of collection) output.push(formatValue(ctx, entry, recurse, false))
  }
  ctx.indentationLvl -= 2
  return output
}

function formatProperty(
  ctx: Ctx,
  target: object,
  recurseTimes: number,
  key: string | symbol,
  arrayItem: boolean,
  typed = false,
): string {
  const descriptor = Object.getOwnPropertyDescriptor(target, key)
  let text: string
  if (descriptor === undefined || 'value' in descriptor) {
    ctx.indentationLvl += 2
    text = formatValue(ctx, descriptor?.value, recurseTimes, typed)
    ctx.indentationLvl -= 2
  } else if (descriptor.get !== undefined) {
    text = descriptor.set !== undefined ? '[Getter/Setter]' : '[Getter]'
  } else {
    text = descriptor.set !== undefined ? '[Setter]' : 'undefined'
  }
  if (arrayItem) return text
  const name =
    typeof key === 'symbol' ? `[${key.toString()}]` : IDENTIFIER.test(key) ? key : quoteString(key)
  return `${name}: ${text}`
}
