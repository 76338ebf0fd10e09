/**
 * Which invocation the sim worker waits on, and which sandbox answer still counts (docs/architecture.md,
 * "Timeline"): every request goes out once with a ticket, a seek back or a change makes old tickets stale.
 */
import { restoreSimulation } from '../engine'
import type { InvokeRequest } from '../engine'
import type { SimReport } from '../protocol/simProtocol'
import { afterRestore } from './memoryPolicy'
import type { Session } from './session'
import { moveCursor } from './timeline'
import type { Checkpoint } from './timeline'

/**
 * An invocation to answer: from the log in a replay, else by running the handler in a sandbox, once: a seek
 * while it runs hands out the same request again, and its answer (or the one kept) serves both.
 */
export function handOut(
  s: Session,
  request: InvokeRequest,
  post: (report: SimReport) => void,
): void {
  const id = request.invocationId
  s.outstanding.set(id, request)
  if (s.timeline.ahead.has(id)) return
  s.awaiting.add(id)
  if (s.spareOutcomes.has(id) || s.inFlight.has(id)) return
  const ticket = ++s.lastTicket
  s.inFlight.set(id, ticket)
  post({ type: 'invocationRequested', loadId: s.loadId, request, ticket })
}

/** Takes a sandbox's answer off the in-flight list; false when it is stale (its ticket is not the current). */
export function takeAnswer(s: Session, invocationId: number, ticket: number | undefined): boolean {
  if (ticket !== undefined && s.inFlight.get(invocationId) !== ticket) return false
  s.inFlight.delete(invocationId)
  return true
}

/**
 * A new future starts: ids of invocations not started yet will name other invocations in it, so what the
 * sandboxes still run for them is stale; every invocation started is awaited again.
 */
export function forgetStaleInvocations(s: Session): void {
  for (const id of s.spareOutcomes.keys()) if (!s.outstanding.has(id)) s.spareOutcomes.delete(id)
  for (const id of s.inFlight.keys()) if (!s.outstanding.has(id)) s.inFlight.delete(id)
  for (const id of s.outstanding.keys()) s.awaiting.add(id)
}

/** Puts the session back at a Timeline snapshot, handing out again what was in flight then. */
export function restoreCheckpoint(
  s: Session,
  checkpoint: Checkpoint,
  post: (report: SimReport) => void,
): void {
  s.sim = restoreSimulation(checkpoint.sim)
  s.traffic = checkpoint.traffic?.clone()
  s.nextUserWrite = checkpoint.nextUserWrite
  moveCursor(s.timeline, checkpoint.cursor)
  s.outstanding.clear()
  s.awaiting.clear()
  afterRestore(s)
  for (const request of checkpoint.outstanding) handOut(s, request, post)
}
