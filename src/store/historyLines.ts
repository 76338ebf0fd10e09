/**
 * How the "Why?" panel lists a record's history: a day-long poison pill has thousands of identical
 * retry cycles, so runs of them fold into one line, and step texts use the app's clock format.
 */
import type { RecordStep } from '../engine'
import { formatElapsed } from '../lib/units'

export interface NumberedStep {
  /** The step's position in the whole history (stable test ids, whether folded or not). */
  readonly index: number
  readonly step: RecordStep
}

export type HistoryLine =
  | ({ readonly kind: 'step' } & NumberedStep)
  | {
      readonly kind: 'retries'
      /** Retry cycles folded: each one is an attempt and the retry scheduled after it. */
      readonly count: number
      readonly fromMs: number
      readonly toMs: number
      readonly steps: readonly NumberedStep[]
    }

/** Fewer identical cycles than this stay unfolded: two retries read fine step by step. */
export const MIN_FOLDED_RETRIES = 3

const RETRY = /^retry scheduled at (\d+) ms$/

/** A step's text for people: retry times in the clock format (`00:00:03.020`), not raw milliseconds. */
export function describeStep(step: RecordStep): string {
  return step.what.replace(
    RETRY,
    (_, ms: string) => `retry scheduled at ${formatElapsed(Number(ms))}`,
  )
}

/** What makes two retry cycles "the same": their texts without numbers (and cold starts) and rules. */
function shapeOf(steps: readonly RecordStep[]): string {
  return steps
    .map((s) => `${s.what.replace(', cold start', '').replace(/\d+/g, '#')}|${s.rule ?? ''}`)
    .join('\n')
}

/** Cuts the history after each scheduled retry, and folds runs of same-shaped cycles into one line. */
export function historyLines(steps: readonly RecordStep[]): HistoryLine[] {
  const numbered = steps.map((step, index) => ({ index, step }))
  const cycles: NumberedStep[][] = []
  let start = 0
  numbered.forEach((n, i) => {
    if (RETRY.test(n.step.what)) {
      cycles.push(numbered.slice(start, i + 1))
      start = i + 1
    }
  })
  const lines: HistoryLine[] = []
  const single = (run: readonly NumberedStep[]) => {
    for (const n of run) lines.push({ kind: 'step', ...n })
  }
  for (let first = 0; first < cycles.length;) {
    const shape = shapeOf(cycles[first].map((n) => n.step))
    let end = first + 1
    while (end < cycles.length && shapeOf(cycles[end].map((n) => n.step)) === shape) end++
    const run = cycles.slice(first, end)
    if (run.length >= MIN_FOLDED_RETRIES) {
      const folded = run.flat()
      lines.push({
        kind: 'retries',
        count: run.length,
        fromMs: folded[0].step.atMs,
        toMs: folded[folded.length - 1].step.atMs,
        steps: folded,
      })
    } else single(run.flat())
    first = end
  }
  single(numbered.slice(start))
  return lines
}
