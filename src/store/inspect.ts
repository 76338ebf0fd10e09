/**
 * What the "Why?" and invocation-details panels show, and when to ask the worker again. Pure: the
 * slice calls these, tests call them without a store.
 */
import { DOC_RULES } from '../engine'
import type { DocRuleId, Firmness, RecordHistory, RecordStep, SimEvent } from '../engine'
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
    case 'permissionDenied':
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
    case 'mappingDeleted':
    case 'checkpointed':
    case 'destinationDelivered':
    case 'functionUpdated':
    case 'roleChanged':
      return false
  }
}

/** Whether the open invocation's details are stale: it was still running and has now ended. */
export function completesInvocation(event: SimEvent, invocationId: number): boolean {
  return event.type === 'invocationCompleted' && event.invocationId === invocationId
}

export type SourceKind = 'documented' | 'observed' | 'choice' | 'mixed' | 'none'

/** Where the app serves docs/semantics.md as a page (scripts/docsPages.ts renders it at build time). */
export const SEMANTICS_PAGE = 'docs/semantics.html'

export interface StepRule {
  readonly id: DocRuleId
  readonly title: string
  /** The rule's anchor in the served copy of docs/semantics.md. */
  readonly href: string
}

/** A rule of docs/semantics.md as a step links it. */
export function stepRule(id: DocRuleId): StepRule {
  return { id, title: DOC_RULES[id].title, href: `${SEMANTICS_PAGE}#${id}` }
}

export interface StepSource {
  readonly kind: SourceKind
  /** Short label for the badge: our decisions read "simulator choice". */
  readonly label: string
  readonly rules: readonly StepRule[]
  /** The first AWS page the rules cite, for the "AWS docs" link. */
  readonly url: string | undefined
}

const FIRMNESS_LABEL: Record<Exclude<Firmness, 'decision'>, string> = {
  documented: 'AWS documented',
  observed: 'observed on AWS',
  'observed-kinesis': 'observed on AWS (Kinesis)',
}

/**
 * Classifies a step by the rules it cites (docs/semantics.md, as data in engine/rules): "AWS documented",
 * "observed on AWS" or "simulator choice" by each rule's own firmness; a step that rests on an AWS rule and on
 * one of our decisions is labelled both ways, never hidden.
 */
export function classifySource(step: RecordStep): StepSource {
  if (step.cites.length === 0) return { kind: 'none', label: '', rules: [], url: undefined }
  const rules = step.cites.map(stepRule)
  const own = step.cites.map((id) => DOC_RULES[id].firmness[0])
  const aws = (['documented', 'observed', 'observed-kinesis'] as const).find((f) => own.includes(f))
  const url = step.cites
    .flatMap((id) => DOC_RULES[id].sources)
    .find((source) => /^https:\/\/((docs\.)?aws\.amazon\.com|github\.com\/awsdocs)\//.test(source))
  if (aws === undefined) return { kind: 'choice', label: 'simulator choice', rules, url }
  const base = FIRMNESS_LABEL[aws]
  if (own.includes('decision'))
    return { kind: 'mixed', label: `${base} + simulator choice`, rules, url }
  return { kind: aws === 'documented' ? 'documented' : 'observed', label: base, rules, url }
}
