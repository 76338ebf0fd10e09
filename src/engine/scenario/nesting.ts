/**
 * A scenario is checked by recursive code (the validators, the marshaller, JSON.stringify), so the
 * depth of the JSON is checked first, without recursion: hostile nesting gets a clear error instead
 * of a stack overflow. 32 DynamoDB levels in DynamoDB JSON under `writes[i].PutItem.Item` take about
 * 70 JSON levels, so 128 leaves room for any valid scenario.
 */
import { joinPath } from './messages'

export const MAX_JSON_DEPTH = 128

interface Frame {
  readonly value: unknown
  readonly depth: number
  readonly parent: Frame | undefined
  readonly key: string | number
}

/** The path of the first value nested deeper than MAX_JSON_DEPTH, or undefined ('' = the root). */
export function findTooDeep(root: unknown): string | undefined {
  const stack: Frame[] = [{ value: root, depth: 0, parent: undefined, key: '' }]
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value, depth } = frame
    if (typeof value !== 'object' || value === null) continue
    if (depth >= MAX_JSON_DEPTH) return pathOf(frame)
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i] as unknown, depth: depth + 1, parent: frame, key: i })
    } else {
      const record = value as Record<string, unknown>
      const keys = Object.keys(record)
      for (let i = keys.length - 1; i >= 0; i--)
        stack.push({ value: record[keys[i]], depth: depth + 1, parent: frame, key: keys[i] })
    }
  }
  return undefined
}

function pathOf(frame: Frame): string {
  const keys: (string | number)[] = []
  for (let at: Frame | undefined = frame; at?.parent !== undefined; at = at.parent)
    keys.push(at.key)
  return keys.reverse().reduce<string>((path, key) => joinPath(path, key), '')
}
