/** The pipeline's small phrases: times, waits and why a batch left. Pure. */
import { formatCount } from '../../lib/plural'
import type { BatchReason } from '../../engine'
import { formatElapsed } from '../../lib/units'

/** Virtual elapsed time to the second: `00:00:02`, `1d 00:00:02`. */
export function clockText(ms: number): string {
  return formatElapsed(ms).replace(/\.\d{3}$/, '')
}

/** A wait still to run: `4 s` (rounded up, as a countdown shows it), `400 ms` under a second. */
export function waitText(ms: number): string {
  const left = Math.max(0, Math.round(ms))
  return left >= 1000 ? `${formatCount(Math.ceil(left / 1000))} s` : `${left} ms`
}

/** A duration already spent: `0.1 s`, `3 s`, `120 ms`. */
export function spentText(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`
  return `${Math.round(ms / 100) / 10} s`
}

/** Why the mapping sent a batch (docs/semantics.md A2.2), as the pipeline says it. */
export function reasonText(reason: BatchReason, batchSize: number): string {
  switch (reason) {
    case 'batchSize':
      return `BatchSize (${formatCount(batchSize)}) reached`
    case 'window':
      return 'batching window ended'
    case 'payload':
      return '6 MB payload limit reached'
    case 'noWindow':
      return 'no batching window: sent at once'
    case 'windowBoundary':
      return 'next record is in the next tumbling window'
    case 'split':
      return 'a half of a split batch'
    case 'final':
      return "the tumbling window's final invocation"
  }
}
