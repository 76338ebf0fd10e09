/**
 * The `writes` list: timing, the `every` repetition helper and `{{i}}` substitution, checked once per entry, then
 * the schedule the engine reads (its repetitions are made as the run reaches them: writeSchedule.ts).
 */
import { virtualMs } from '../clock'
import { boundText } from '../../lib/boundText'
import type { ScheduledWrite, WriteSchedule, WriteSeries, WriteTemplate } from '../model/scenario'
import { copyTemplate, hasTemplate, substitute, templateOf, toAttributeMap } from './attributes'
import { createCollector, describe, isRecord, joinPath, type Report } from './messages'
import { templateSites, type TemplateSites } from './templateSites'
import type { ScenarioError } from './types'
import {
  buildWrite,
  checkShapedWrite,
  WRITE_OPS,
  type WriteOp,
  type WriteTarget,
} from './writeRequest'
import { NO_WRITES, repetitions, requestsOf } from './writeSchedule'

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

export function validateWrites(input: unknown, target: WriteTarget, report: Report): WriteSchedule {
  if (input === undefined) return NO_WRITES
  if (!Array.isArray(input)) {
    report('writes', `writes must be a list, got ${describe(input)}`)
    return NO_WRITES
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
    return NO_WRITES
  }
  const series: WriteSeries[] = []
  const singles: ScheduledWrite[] = []
  let firstIndex = 0
  for (const entry of entries) {
    const checked = checkSeries(entry, firstIndex, target, report)
    if (checked?.count === 1) singles.push(repetitions(checked)(0))
    else if (checked) series.push(checked)
    firstIndex += entry.count
  }
  // Stable: equal times keep file order, which is also `index` order.
  singles.sort((a, b) => a.atMs - b.atMs || a.index - b.index)
  return { length: total, series, singles }
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

/** Checks an entry once as a template (templateSites.ts says which repetitions stand for all). */
function checkSeries(
  entry: Entry,
  firstIndex: number,
  target: WriteTarget,
  report: Report,
): WriteSeries | undefined {
  const path = `writes[${entry.position}]`
  const series = {
    path,
    firstIndex,
    atMs: virtualMs(entry.atMs),
    intervalMs: entry.intervalMs,
    count: entry.count,
    // buildWrite runs the table's checkWrite whenever the key schema is known (otherwise the scenario is invalid).
    ...(target.keySchema !== undefined && { checked: true as const }),
  }
  if (entry.count === 1 || !hasTemplate(entry.raw)) {
    // Without {{i}} every repetition is the same request: check it once and share it.
    const write = buildWrite(entry.op, substitute(entry.raw, 0), path, target, report)
    return write && { ...series, template: { kind: 'same', write } }
  }
  const template = marshalledTemplate(entry) ?? {
    kind: 'raw' as const,
    op: entry.op,
    raw: copyTemplate(entry.raw),
  }
  const raw = templateOf(entry.raw)
  const requests = requestsOf(template)
  const check = (k: number) => {
    const { errors, report: local } = createCollector()
    if (template.kind === 'raw') buildWrite(entry.op, raw(k), path, target, local)
    else checkShapedWrite(requests(k), path, target, local)
    return errors
  }
  const sites = templateSites(entry.op, entry.raw)
  const failure = firstFailure(entry.count, sites, check)
  if (failure === undefined)
    return { ...series, ...(sites === 'text' && { sizedByDigits: true as const }), template }
  // Report the first failing repetition only: the others would repeat the same story count times.
  for (const e of failure.errors) report(e.path, withRepetition(e.message, failure.k))
  return undefined
}

/** The first repetition whose check reports errors, given where `{{i}}` sits (templateSites.ts). */
function firstFailure(
  count: number,
  sites: TemplateSites,
  check: (k: number) => ScenarioError[],
): { k: number; errors: ScenarioError[] } | undefined {
  const scan = (from: number, to: number) => {
    for (let k = from; k <= to; k++) {
      const errors = check(k)
      if (errors.length > 0) return { k, errors }
    }
    return undefined
  }
  if (sites === 'any') return scan(0, count - 1)
  // One digit count at a time: 0–9, 10–99, 100–999…
  for (let low = 0; low < count; low = Math.max(10, low * 10)) {
    const high = Math.min(Math.max(9, low * 10 - 1), count - 1)
    const first = scan(low, low)
    if (first !== undefined) return first
    // The widest i of the digit count (no trailing zero) makes the biggest numbers, hence the biggest item.
    const widest = high % 10 === 0 ? high - 1 : high
    if (sites === 'numbers' && widest > low && check(widest).length > 0)
      return scan(low + 1, widest)
  }
  return undefined
}

/**
 * A `put`/`delete` shortcut whose map is plain JSON, marshalled once with `{{i}}` still in it. Marshalling maps
 * every string to `S` whatever its text, so substituting into the result equals marshalling each substituted
 * repetition, minus a marshall per repetition. Undefined (the slow path) for anything else or a failure.
 */
function marshalledTemplate(entry: Entry): WriteTemplate | undefined {
  if ((entry.op !== 'put' && entry.op !== 'delete') || !isPlainJson(entry.raw)) return undefined
  const { errors, report } = createCollector()
  const map = toAttributeMap(entry.raw, '', report, true)
  return map === undefined || errors.length > 0
    ? undefined
    : { kind: 'marshalled', op: entry.op, map }
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
