/**
 * A deep copy of plain data (objects, arrays, Maps, Sets, primitives) that keeps shared objects shared:
 * what `structuredClone` does, without depending on a host API the engine's pure build does not type.
 * Anything else (a function, a class instance) is a bug in the caller and throws.
 */
export function deepCopy<T>(value: T): T {
  return copyOf(value, new Map()) as T
}

function copyOf(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value === 'function') throw new Error('deepCopy: functions cannot be copied')
  if (typeof value !== 'object' || value === null) return value
  const known = seen.get(value)
  if (known !== undefined) return known
  if (Array.isArray(value)) {
    const out: unknown[] = []
    seen.set(value, out)
    for (const item of value) out.push(copyOf(item, seen))
    return out
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>()
    seen.set(value, out)
    for (const [k, v] of value) out.set(copyOf(k, seen), copyOf(v, seen))
    return out
  }
  if (value instanceof Set) {
    const out = new Set<unknown>()
    seen.set(value, out)
    for (const item of value) out.add(copyOf(item, seen))
    return out
  }
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null)
    throw new Error('deepCopy: only plain objects can be copied')
  const out: Record<string, unknown> = {}
  seen.set(value, out)
  for (const [k, v] of Object.entries(value)) out[k] = copyOf(v, seen)
  return out
}
