/**
 * The "why" behind steps of a record's history that the step text alone leaves open: a rewind after a partial
 * batch response, the filter verdicts of a filtered record, the two instants of a trim. Pure; the "Why?" panel
 * calls it with what the store holds.
 */
import { DAY_MS, explainFilters } from '../engine'
import type { FilterVerdict, MappingInEffect, RecordFate, RecordStep } from '../engine'
import { plural } from '../lib/plural'
import { formatElapsed } from '../lib/units'
import type { RecordView } from '../protocol/simProtocol'
import { stepRule } from './inspect'
import type { StepRule } from './inspect'
import { filterPatternsOf } from './selectors'
import type { InvocationView } from './simView'

export interface StepNote {
  readonly text: string
  /** The rule of docs/semantics.md the note rests on. */
  readonly rule: StepRule | undefined
  /** The note is a filter verdict: the panel links it to the Filter lab. */
  readonly filterLab: boolean
}

export interface HistoryContext {
  readonly recordIndex: number
  /** When the record was written; undefined when the store no longer holds it. */
  readonly createdAtMs: number | undefined
  readonly invocations: readonly InvocationView[]
  readonly labels: ReadonlyMap<number, string>
  /** The filter verdicts of the record against the mapping's patterns (empty without filters). */
  readonly verdicts: readonly FilterVerdict[]
}

/** Steps longer than this open on a summary; the steps themselves are one click away. */
export const LONG_HISTORY_STEPS = 24

const SENT = /^sent in invocation (\d+) /
const ENDED = /^invocation (\d+) ended: (\w+)$/

function named(index: number, labels: ReadonlyMap<number, string>): string {
  const label = labels.get(index)
  return label === undefined ? `#${index}` : `#${index} (${label})`
}

/** docs/semantics.md A5.2: the retry starts at the lowest failure the handler reported. */
export function rewindNote(
  recordIndex: number,
  lowest: number,
  labels: ReadonlyMap<number, string>,
): string {
  if (lowest === recordIndex)
    return 'Partial batch response: this record is the lowest failure the handler reported, so the checkpoint stays before it and the retry starts with it.'
  return `Partial batch response: the lowest failure the handler reported is ${named(lowest, labels)}. The checkpoint rewound to it, so this record, later in the batch, is delivered again whether it succeeded or not: handlers must be idempotent.`
}

/** Why a record was filtered out: each pattern's first failed condition (the Filter lab's words). */
export function filterNote(verdicts: readonly FilterVerdict[]): string | undefined {
  const misses = verdicts.filter((v) => !v.matched && v.pattern !== null)
  if (misses.length === 0) return undefined
  const head =
    misses.length === 1
      ? 'Filtered out: it does not match the filter pattern.'
      : `Filtered out: it matches none of the ${misses.length} filter patterns.`
  // One line per pattern: the panel keeps the line breaks.
  return [head, ...misses.map((v) => `Pattern ${v.pattern}: ${v.reason}.`)].join('\n')
}

/** docs/semantics.md A1.5: trimmed at exactly 24 h; the fate is stamped when a read finds it gone. */
export function trimNote(createdAtMs: number, foundAtMs: number): string {
  const trimmedAt = createdAtMs + DAY_MS
  if (foundAtMs <= trimmedAt) return `Trimmed at 24 h (${formatElapsed(trimmedAt)}).`
  return `Trimmed at 24 h (${formatElapsed(trimmedAt)}); the poller found it gone at ${formatElapsed(foundAtMs)}.`
}

/** The notes of a history, by step index. */
export function stepNotes(
  steps: readonly RecordStep[],
  ctx: HistoryContext,
): Map<number, StepNote> {
  const notes = new Map<number, StepNote>()
  const byId = new Map(ctx.invocations.map((inv) => [inv.id, inv]))
  steps.forEach((step, i) => {
    if (ENDED.exec(step.what)?.[2] === 'partial') {
      const next = steps.slice(i + 1).find((s) => SENT.test(s.what))
      const retry = next && byId.get(Number(SENT.exec(next.what)?.[1]))
      const lowest = retry?.recordIndexes[0]
      if (lowest !== undefined)
        notes.set(i, {
          text: rewindNote(ctx.recordIndex, lowest, ctx.labels),
          rule: stepRule('A5.2'),
          filterLab: false,
        })
    } else if (step.rule === 'filter.match') {
      const text = filterNote(ctx.verdicts)
      if (text !== undefined) notes.set(i, { text, rule: undefined, filterLab: true })
    } else if (step.rule === 'stream.retention' && ctx.createdAtMs !== undefined) {
      notes.set(i, {
        text: trimNote(ctx.createdAtMs, step.atMs),
        // The step itself links A1.5 already.
        rule: undefined,
        filterLab: false,
      })
    }
  })
  return notes
}

/** A long history in one sentence: how often the record was sent, when, how it went, how it ended. */
export function historySummary(steps: readonly RecordStep[], fate: RecordFate): string | undefined {
  if (steps.length <= LONG_HISTORY_STEPS) return undefined
  const sent = steps.filter((s) => SENT.test(s.what))
  const outcomes = new Map<string, number>()
  for (const s of steps) {
    const outcome = ENDED.exec(s.what)?.[2]
    if (outcome !== undefined) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
  }
  const how =
    outcomes.size === 1
      ? `every invocation ended: ${[...outcomes.keys()][0]}`
      : [...outcomes].map(([outcome, n]) => `${n.toLocaleString('en-US')} ${outcome}`).join(', ')
  const final = `Final fate: ${fate}.`
  if (sent.length === 0) return final
  const retries = plural(sent.length - 1, 'retry', 'retries')
  return `Sent to the handler ${plural(sent.length, 'time')} from ${formatElapsed(sent[0].atMs)} to ${formatElapsed(sent[sent.length - 1].atMs)} (${retries}; ${how}). ${final}`
}

/** A record's verdicts against the filters of the mapping in effect (none without filters). */
export function filterVerdictsOf(
  mapping: MappingInEffect | undefined,
  record: RecordView | undefined,
): FilterVerdict[] {
  if (mapping === undefined || record === undefined) return []
  const patterns = filterPatternsOf(mapping.description)
  return patterns.length === 0 ? [] : explainFilters(patterns, record.record)
}
