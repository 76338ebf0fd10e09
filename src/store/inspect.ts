/**
 * What the "Why?" and invocation-details panels show, and when to ask the worker again. Pure: the
 * slice calls these, tests call them without a store.
 */
import type { RecordHistory, RecordStep, SimEvent } from '../engine'
import type { InvocationDetails } from '../protocol/simProtocol'
import type { InvocationView } from './simView'

export interface WhyView {
  readonly recordIndex: number
  /** Undefined while the worker has not answered yet. */
  readonly history: RecordHistory | undefined
}

export interface InvocationDetailsView {
  readonly invocationId: number
  readonly details: InvocationDetails | undefined
  /** The worker knew no such invocation (the scenario changed meanwhile). */
  readonly missing: boolean
}

export interface InspectState {
  readonly why: WhyView | undefined
  readonly invocation: InvocationDetailsView | undefined
}

export const EMPTY_INSPECT: InspectState = { why: undefined, invocation: undefined }

/** Whether an event changes a record's history: the open "Why?" asks again only then. */
export function touchesRecord(
  event: SimEvent,
  recordIndex: number,
  invocations: readonly InvocationView[],
): boolean {
  switch (event.type) {
    case 'recordWritten':
      return event.recordIndex === recordIndex
    case 'polled':
    case 'invocationStarted':
    case 'throttled':
    case 'retryScheduled':
    case 'fate':
      return event.recordIndexes.includes(recordIndex)
    case 'batchSplit':
      return event.halves.some((half) => half.includes(recordIndex))
    case 'invocationCompleted':
      return (
        invocations
          .find((inv) => inv.id === event.invocationId)
          ?.recordIndexes.includes(recordIndex) ?? false
      )
    case 'writeApplied':
    case 'mappingState':
    case 'checkpointed':
    case 'destinationDelivered':
      return false
  }
}

/** Whether the open invocation's details are stale: it was still running and has now ended. */
export function completesInvocation(event: SimEvent, invocationId: number): boolean {
  return event.type === 'invocationCompleted' && event.invocationId === invocationId
}

export type SourceKind = 'documented' | 'observed' | 'choice' | 'mixed' | 'none'

export interface StepSource {
  readonly kind: SourceKind
  /** Short label for the badge: our decisions read "simulator choice". */
  readonly label: string
  /** The rule's full citation, without the leading firmness tag. */
  readonly detail: string
  readonly url: string | undefined
}

/**
 * Classifies a step's rule source (engine/query/rules.ts): "AWS documented", "Observed on AWS" or
 * "Our decision"; a documented rule whose detail is our decision is labelled both ways, never hidden.
 */
export function classifySource(step: RecordStep): StepSource {
  const source = step.source
  if (source === undefined) return { kind: 'none', label: '', detail: '', url: undefined }
  const url = /https?:\/\/[^\s)]+/.exec(source)?.[0]
  const detail = source.replace(/^[^:]*:\s*/, '')
  if (/^our decision/i.test(source))
    return { kind: 'choice', label: 'simulator choice', detail, url }
  const base = /^observed on aws/i.test(source) ? 'observed on AWS' : 'AWS documented'
  if (/our decision/i.test(source))
    return { kind: 'mixed', label: `${base} + simulator choice`, detail, url }
  return { kind: base === 'AWS documented' ? 'documented' : 'observed', label: base, detail, url }
}
