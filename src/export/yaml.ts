/**
 * A small YAML writer for the templates: block mappings and lists, quoted scalars where YAML would read them
 * as something else, literal blocks for code, and CloudFormation's short-form tags (`!Ref`, `!GetAtt`, `!Sub`).
 */

export type YamlValue =
  | string
  | number
  | boolean
  | YamlTag
  | YamlLiteral
  | readonly YamlValue[]
  | { readonly [key: string]: YamlValue | undefined }

export interface YamlTag {
  readonly tag: '!Ref' | '!GetAtt' | '!Sub'
  readonly value: string
}

/** Text written as a `|` block: code stays readable and byte-exact. */
export interface YamlLiteral {
  readonly literal: string
}

export const ref = (value: string): YamlTag => ({ tag: '!Ref', value })
export const getAtt = (value: string): YamlTag => ({ tag: '!GetAtt', value })
export const sub = (value: string): YamlTag => ({ tag: '!Sub', value })

const isTag = (v: YamlValue): v is YamlTag => typeof v === 'object' && 'tag' in v
const isLiteral = (v: YamlValue): v is YamlLiteral => typeof v === 'object' && 'literal' in v

/** Words YAML 1.1 or 1.2 would read as booleans or null. */
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i
const PLAIN = /^[A-Za-z_/][\w./:-]*$/

export function yamlString(s: string): string {
  if (PLAIN.test(s) && !RESERVED.test(s) && !s.endsWith(':') && !s.includes(': ')) return s
  // eslint-disable-next-line no-control-regex -- control characters need the escapes of a double-quoted scalar
  if (/[\u0000-\u001f\u007f]/.test(s)) return JSON.stringify(s)
  return `'${s.replaceAll("'", "''")}'`
}

function scalar(v: string | number | boolean | YamlTag): string {
  if (typeof v === 'string') return yamlString(v)
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return `${v.tag} ${yamlString(v.value)}`
}

/** A literal block keeps the text exactly, unless a carriage return or other control character forbids it. */
function literal(text: string, indent: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- tabs and newlines are fine in a block; other controls are not
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text) || text.trim() === '') return undefined
  const trailing = /\n*$/.exec(text)?.[0].length ?? 0
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+'
  // An indentation indicator (relative to the key) when the first line starts with a space.
  const indicator = /^\n* /.test(text) ? '2' : ''
  const body = (trailing === 0 ? text : text.slice(0, -1))
    .split('\n')
    .map((line) => (line === '' ? '' : indent + line))
    .join('\n')
  return `|${indicator}${chomp}\n${body}`
}

function entries(value: { readonly [key: string]: YamlValue | undefined }) {
  return Object.entries(value).filter((e): e is [string, YamlValue] => e[1] !== undefined)
}

function isEmptyCollection(v: YamlValue): boolean {
  if (Array.isArray(v)) return v.length === 0
  return typeof v === 'object' && !isTag(v) && !isLiteral(v) && entries(v as never).length === 0
}

/** `key: value` or `key:` with the value on the next lines, indented. */
function field(key: string, v: YamlValue, indent: string): string {
  const k = yamlString(key)
  if (typeof v !== 'object' || isTag(v)) return `${indent}${k}: ${scalar(v)}`
  if (isLiteral(v)) {
    const block = literal(v.literal, `${indent}  `)
    return `${indent}${k}: ${block ?? JSON.stringify(v.literal)}`
  }
  if (isEmptyCollection(v)) return `${indent}${k}: ${Array.isArray(v) ? '[]' : '{}'}`
  return `${indent}${k}:\n${lines(v, `${indent}  `)}`
}

function lines(value: YamlValue, indent: string): string {
  if (Array.isArray(value)) {
    return (value as readonly YamlValue[])
      .map((item) => {
        if (typeof item !== 'object' || isTag(item)) return `${indent}- ${scalar(item)}`
        if (isLiteral(item)) return `${indent}- ${JSON.stringify(item.literal)}`
        if (isEmptyCollection(item)) return `${indent}- ${Array.isArray(item) ? '[]' : '{}'}`
        // The first line of a nested block takes the `- `; the rest keep its indent.
        const inner = lines(item, `${indent}  `)
        return `${indent}- ${inner.slice(indent.length + 2)}`
      })
      .join('\n')
  }
  return entries(value as { readonly [key: string]: YamlValue | undefined })
    .map(([k, v]) => field(k, v, indent))
    .join('\n')
}

/** The document: a mapping at the top, ending with a newline. */
export function toYaml(doc: { readonly [key: string]: YamlValue | undefined }): string {
  return `${lines(doc, '')}\n`
}
