import type { AttributeValue, Item } from '../model/dynamo'
import type { Token } from './tokenizer'
import { listOf, mapOf } from './values'
import { attributeOf, setAttribute } from './attributeMap'

/** A document path as written: names (bare or `#placeholder`) and list indexes. */
export type PathElement = { kind: 'name'; token: Token } | { kind: 'index'; index: number }

export interface PathNode {
  kind: 'path'
  elements: PathElement[]
}

/** A path after placeholder substitution: strings are map keys, numbers are list indexes. */
export type DocumentPath = readonly (string | number)[]

/** DynamoDB's rendering of a path in messages: `[a, b, [1]]`. */
export function formatPath(path: DocumentPath): string {
  return `[${path.map((x) => (typeof x === 'number' ? `[${x}]` : x)).join(', ')}]`
}

export function resolvePath(node: PathNode, names: Readonly<Record<string, string>>): DocumentPath {
  return node.elements.map((element) => {
    if (element.kind === 'index') return element.index
    const text = element.token.text
    return element.token.kind === 'attrName' ? names[text] : text
  })
}

export function getPath(item: Item, path: DocumentPath): AttributeValue | undefined {
  let current: AttributeValue | undefined = { M: item }
  for (const step of path) {
    if (typeof step === 'number') {
      current = listOf(current)?.[step]
    } else {
      const map = mapOf(current)
      current = map === undefined ? undefined : attributeOf(map, step)
    }
  }
  return current
}

type Parent = { map: Record<string, AttributeValue> } | { list: AttributeValue[] } | undefined

function parentOf(item: Item, path: DocumentPath): Parent {
  const container = path.length === 1 ? { M: item } : getPath(item, path.slice(0, -1))
  const last = path[path.length - 1]
  const list = listOf(container)
  const map = mapOf(container)
  if (typeof last === 'number') return list === undefined ? undefined : { list }
  return map === undefined ? undefined : { map }
}

/** True when the parent of the path exists with the type the last step needs. */
export function canWritePath(item: Item, path: DocumentPath): boolean {
  return parentOf(item, path) !== undefined
}

/**
 * Writes a value at a path of a (mutable) item. The parent must already exist with the right type;
 * an index past the end of a list appends. Returns false when the path is invalid for update.
 */
export function setPath(item: Item, path: DocumentPath, value: AttributeValue): boolean {
  const parent = parentOf(item, path)
  const last = path[path.length - 1]
  if (parent === undefined) return false
  if ('map' in parent) {
    setAttribute(parent.map, last as string, value)
  } else if ((last as number) < parent.list.length) {
    parent.list[last as number] = value
  } else {
    parent.list.push(value)
  }
  return true
}

/** Removes the value at a path; a missing leaf is fine, a missing or mistyped parent is not. */
export function removePath(item: Item, path: DocumentPath): boolean {
  const parent = parentOf(item, path)
  const last = path[path.length - 1]
  if (parent === undefined) return false
  if ('map' in parent) {
    delete parent.map[last as string]
  } else if ((last as number) < parent.list.length) {
    parent.list.splice(last as number, 1)
  }
  return true
}

/** True when one path is a prefix of (or equal to) the other. */
export function pathsOverlap(a: DocumentPath, b: DocumentPath): boolean {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false
  return true
}

/** True when the paths agree up to a step where one indexes a list and the other names a map key. */
export function pathsConflict(a: DocumentPath, b: DocumentPath): boolean {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    if (a[i] === b[i]) continue
    return typeof a[i] !== typeof b[i]
  }
  return false
}
