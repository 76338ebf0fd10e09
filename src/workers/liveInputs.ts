/**
 * What comes into a session from outside (docs/architecture.md, "Timeline"): logged at its virtual time so a seek
 * replays it, and a change after a seek back starts a new future. Functions of the session alone, without the
 * worker's post (simHost.ts answers and posts frames).
 */
import type { SimInput } from '../engine'
import type { TrafficSettings } from '../protocol/simProtocol'
import { forgetStaleInvocations } from './handOut'
import { startTraffic, userWrite } from './session'
import type { Session } from './session'
import { forgetFuture, isReplaying, logLive } from './timeline'
import type { LoggedInput } from './timeline'

/** Something new from outside at the current time: logged for seeks; a change starts a new future. */
export function acceptLive(s: Session, input: SimInput): void {
  const t = s.timeline
  if (isReplaying(t) || input.type !== 'invocationOutcome') startNewFuture(s)
  logLive(t, { atMs: s.sim.now(), kind: 'sim', input })
  if (input.type === 'invocationOutcome') {
    s.awaiting.delete(input.invocationId)
    s.outstanding.delete(input.invocationId)
    s.spareOutcomes.delete(input.invocationId)
  }
  if (input.type === 'write') userWrite(s, input.write)
  else s.sim.accept(input)
}

/**
 * The user changes something: after a seek back the old future is gone (its handler outcomes kept for reuse),
 * even when the log holds nothing past the seek. Live, with no seek behind, it changes nothing.
 */
export function startNewFuture(s: Session): void {
  for (const entry of forgetFuture(s.timeline, s.sim.now()))
    if (entry.kind === 'sim' && entry.input.type === 'invocationOutcome')
      s.spareOutcomes.set(entry.input.invocationId, entry.input.outcome)
  forgetStaleInvocations(s)
  acceptSpareOutcomes(s)
}

export function applyLogged(s: Session, entry: LoggedInput): void {
  if (entry.kind === 'traffic') {
    startTraffic(s, entry.traffic)
    return
  }
  const { input } = entry
  if (input.type === 'invocationOutcome') {
    s.timeline.ahead.delete(input.invocationId)
    s.outstanding.delete(input.invocationId)
  }
  if (input.type === 'write') userWrite(s, input.write)
  else s.sim.accept(input)
}

/**
 * Outcomes that came back after a seek took their invocation back: accepted once the replay has caught up.
 * True when it accepted one.
 */
export function acceptSpareOutcomes(s: Session): boolean {
  if (isReplaying(s.timeline)) return false
  let accepted = false
  for (const [id, outcome] of s.spareOutcomes)
    if (s.awaiting.has(id)) {
      acceptLive(s, { type: 'invocationOutcome', invocationId: id, outcome })
      accepted = true
    }
  return accepted
}

/** The generator's writes are not logged: a replay makes them again from its logged start. */
export function logTraffic(s: Session, traffic: TrafficSettings | null): void {
  startNewFuture(s)
  logLive(s.timeline, { atMs: s.sim.now(), kind: 'traffic', traffic })
  startTraffic(s, traffic)
}
