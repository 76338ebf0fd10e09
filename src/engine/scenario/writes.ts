/**
 * The `writes` list: timing, the `every` repetition helper and `{{i}}` substitution, then the expanded,
 * sorted schedule the engine reads.
 */
import { virtualMs } from '../clock'
import { boundText } from '../../lib/boundText'
import type { Item, WriteRequest } from '../model/dynamo'
import type { ScheduledWrite } from '../model/scenario'
import { hasTemplate, substitute, toAttributeMap } from './attributes'
import { createCollector, describe, isRecord, joinPath, type Report } from './messages'
import {
  buildWrite,
  checkShapedWrite,
  shortcutWrite,
  WRITE_OPS,
  type WriteOp,
  type WriteTarget,
} from './writeRequest'

/** Guards memory and run time: a scenario may not expand to more writes than this. */
export const MAX_EXPANDED_WRITES = 1_000_000
export const MAX_COUNT = 100_000
export const ENTRY_KEYS = ['atMs', 'every', ...WRITE_OPS]

interface Entry {
  readonly position: number
  readonly atMs: number
  readonly intervalMs: number
  readonly count: number
  readonly op: WriteOp
  readonly raw: unknown
}

export function validateWrites(
  input: unknown,
  target: WriteTarget,
  report: Report,
): ScheduledWrite[] {
  if (input === undefined) return []
  if (!Array.isArray(input)) {
    report('writes', `writes must be a list, got ${describe(input)}`)
    return []
  }
  const entries: Entry[] = []
  input.forEach((raw, i) => {
    const entry = checkEntry(raw, i, report)
    if (entry) entries.push(entry)
  })
  const total = entries.reduce((sum, e) => sum + e.count, 0)
  if (total > MAX_EXPANDED_WRITES) {
    report(
      'writes',
      `The writes expand to ${total} writes (counting every repetition); this simulator's limit is ${MAX_EXPANDED_WRITES}`,
    )
    return []
  }
  const expanded: ScheduledWrite[] = []
  for (const entry of entries) expand(entry, target, report, expanded)
  // Stable: equal times keep file order, which is also `index` order.
  return expanded.sort((a, b) => a.atMs - b.atMs || a.index - b.index)
}

function checkEntry(raw: unknown, i: number, report: Report): Entry | undefined {
  const path = `writes[${i}]`
  if (!isRecord(raw)) {
    report(path, `A write must be an object like { "atMs": 0, "put": { … } }, got ${describe(raw)}`)
    return undefined
  }
  let ok = true
  for (const key of Object.keys(raw)) {
    if (!ENTRY_KEYS.includes(key)) {
      report(
        joinPath(path, key),
        `Unknown key "${boundText(key)}" in a write, must be one of: ${ENTRY_KEYS.join(', ')}`,
      )
      ok = false
    }
  }
  const atMs = raw.atMs
  if (!isNonNegativeInteger(atMs)) {
    report(
      joinPath(path, 'atMs'),
      `atMs must be an integer >= 0 (virtual milliseconds), got ${describe(atMs)}`,
    )
    ok = false
  }
  const ops = WRITE_OPS.filter((op) => raw[op] !== undefined)
  if (ops.length !== 1) {
    const found = ops.length === 0 ? 'none' : ops.join(', ')
    report(path, `A write needs exactly one of ${WRITE_OPS.join(', ')}; found ${found}`)
    ok = false
  }
  const every = checkEvery(raw.every, joinPath(path, 'every'), report)
  if (!ok || !every) return undefined
  return { position: i, atMs: atMs as number, ...every, op: ops[0], raw: raw[ops[0]] }
}

function checkEvery(
  value: unknown,
  path: string,
  report: Report,
): { intervalMs: number; count: number } | undefined {
  if (value === undefined) return { intervalMs: 0, count: 1 }
  if (!isRecord(value)) {
    report(path, `every must be an object { "intervalMs": …, "count": … }, got ${describe(value)}`)
    return undefined
  }
  let ok = true
  for (const key of Object.keys(value)) {
    if (key !== 'intervalMs' && key !== 'count') {
      report(
        joinPath(path, key),
        `Unknown key "${boundText(key)}" in every, must be one of: intervalMs, count`,
      )
      ok = false
    }
  }
  const { intervalMs, count } = value
  if (!isNonNegativeInteger(intervalMs) || intervalMs < 1) {
    report(
      joinPath(path, 'intervalMs'),
      `every.intervalMs must be an integer >= 1, got ${describe(intervalMs)}`,
    )
    ok = false
  }
  if (!isNonNegativeInteger(count) || count < 1 || count > MAX_COUNT) {
    report(
      joinPath(path, 'count'),
      `every.count must be an integer from 1 to ${MAX_COUNT}, got ${describe(count)}`,
    )
    ok = false
  }
  return ok ? { intervalMs: intervalMs as number, count: count as number } : undefined
}

function expand(entry: Entry, target: WriteTarget, report: Report, out: ScheduledWrite[]): void {
  const path = `writes[${entry.position}]`
  // buildWrite runs the table's checkWrite whenever the key schema is known (otherwise the scenario is invalid).
  const checked = target.keySchema !== undefined ? { checked: true as const } : {}
  const push = (k: number, write: WriteRequest) =>
    out.push({
      index: out.length,
      path,
      atMs: virtualMs(entry.atMs + k * entry.intervalMs),
      write,
      ...checked,
    })
  if (entry.count === 1 || !hasTemplate(entry.raw)) {
    // Without {{i}} every repetition is the same request: check it once and share it.
    const write = buildWrite(entry.op, substitute(entry.raw, 0), path, target, report)
    if (write) for (let k = 0; k < entry.count; k++) push(k, write)
    return
  }
  const writes: WriteRequest[] = []
  const template = marshalledTemplate(entry)
  for (let k = 0; k < entry.count; k++) {
    const { errors, report: local } = createCollector()
    const write =
      template === undefined
        ? buildWrite(entry.op, substitute(entry.raw, k), path, target, local)
        : checkShapedWrite(
            shortcutWrite(template.op, substitute(template.map, k) as Item),
            path,
            target,
            local,
          )
    if (!write) {
      // Report the first failing repetition only: the others would repeat the same story count times.
      for (const e of errors) report(e.path, withRepetition(e.message, k))
      return
    }
    writes.push(write)
  }
  writes.forEach((write, k) => push(k, write))
}

/**
 * A `put`/`delete` shortcut whose map is plain JSON, marshalled once with `{{i}}` still in it. Marshalling maps
 * every string to `S` whatever its text, so substituting into the result equals marshalling each substituted
 * repetition, minus a marshall per repetition. Undefined (the slow path) for anything else or a failure.
 */
function marshalledTemplate(entry: Entry): { op: 'put' | 'delete'; map: Item } | undefined {
  if ((entry.op !== 'put' && entry.op !== 'delete') || !isPlainJson(entry.raw)) return undefined
  const { errors, report } = createCollector()
  const map = toAttributeMap(entry.raw, '', report, true)
  return map === undefined || errors.length > 0 ? undefined : { op: entry.op, map }
}

/** JSON as JSON.parse makes it. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isPlainJson)
  if (typeof value !== 'object') return false
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return false
  return Object.values(value).every(isPlainJson)
}

function withRepetition(message: string, k: number): string {
  return `${message} (repetition i=${k})`
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
