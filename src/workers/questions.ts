/**
 * The sim worker's answers to questions (a record's history, an invocation's details, the run report): each names
 * the request it answers, so the asker's promise resolves, even when no scenario is loaded.
 */
import { explainRecord } from '../engine'
import type { SimCommand, SimReport } from '../protocol/simProtocol'
import { withDiscardNote } from './memoryPolicy'
import { invocationDetails, shownJournal } from './session'
import type { Session } from './session'

export type Question = Extract<
  SimCommand,
  { type: 'report' } | { type: 'explainRecord' } | { type: 'describeInvocation' }
>

export function answerQuestion(s: Session, command: Question, post: (r: SimReport) => void): void {
  const { loadId } = s
  const { requestId } = command
  if (command.type === 'report') {
    // At the end, in-flight invocations complete first, as the headless runner does.
    if (s.sim.now() >= s.scenario.durationMs && s.awaiting.size === 0) s.sim.finish()
    post({ type: 'runReport', loadId, requestId, report: s.sim.report() })
  } else if (command.type === 'explainRecord') {
    const history = withDiscardNote(s, explainRecord(shownJournal(s), command.recordIndex))
    post({ type: 'recordExplained', loadId, requestId, history })
  } else {
    const details = invocationDetails(s, command.invocationId)
    post({ type: 'invocationDescribed', loadId, requestId, details })
  }
}

/** Questions still get an answer without a scenario, so the asker's promise never hangs. */
export function answerUnloaded(
  command: Exclude<SimCommand, { type: 'load' }>,
  post: (r: SimReport) => void,
): void {
  const unloaded = { loadId: 0, requestId: 'requestId' in command ? (command.requestId ?? 0) : 0 }
  if (command.type === 'explainRecord')
    post({ type: 'recordExplained', ...unloaded, history: null })
  else if (command.type === 'mappingApi')
    post({ type: 'mappingApiAnswered', ...unloaded, answer: null })
  else if (
    (command.type === 'updateMapping' || command.type === 'putFunctionConcurrency') &&
    command.requestId !== undefined
  )
    post({ type: 'liveChangeApplied', ...unloaded, atMs: null })
  else if (command.type === 'describeInvocation')
    post({ type: 'invocationDescribed', ...unloaded, details: null })
}
